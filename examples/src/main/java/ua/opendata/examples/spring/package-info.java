/**
 * Example: the SDK embedded in a Spring Boot application through {@code ua-opendata-spring-boot-starter},
 * which binds {@code opendata.portal.*}, makes the {@link ua.opendata.ckan.CkanClient} and the rulebook
 * beans and reports the portal on the actuator's health endpoint.
 * {@link ua.opendata.examples.spring.PortalApplication} runs it all, validating a register on startup
 * ({@link ua.opendata.examples.spring.RegisterStartupCheck}) when one is configured. Not an API package.
 */
@NullMarked
package ua.opendata.examples.spring;

import org.jspecify.annotations.NullMarked;
