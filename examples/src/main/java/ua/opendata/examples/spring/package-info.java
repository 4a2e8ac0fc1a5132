/**
 * Example: the SDK embedded in a Spring Boot application. {@link ua.opendata.examples.spring.PortalProperties}
 * binds {@code opendata.portal.*} (the portal's URL, the API key, timeouts, the organization),
 * {@link ua.opendata.examples.spring.PortalConfiguration} makes a {@link ua.opendata.ckan.CkanClient}
 * bean of them, {@link ua.opendata.examples.spring.PortalHealthIndicator} reports the portal on the
 * actuator's health endpoint, and {@link ua.opendata.examples.spring.PortalApplication} runs it all,
 * validating a register on startup when one is configured. Spring Boot is an optional dependency of
 * this module, left out of {@code opendata.jar}. Not an API package.
 */
@NullMarked
package ua.opendata.examples.spring;

import org.jspecify.annotations.NullMarked;
