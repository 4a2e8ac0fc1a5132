/**
 * Spring Boot auto-configuration of the SDK (Spring Boot 3.5). From {@code opendata.*} properties it
 * makes a {@link ua.opendata.core.rules.Rulebook} ({@link ua.opendata.spring.boot.RulesProperties},
 * always), a {@link ua.opendata.ckan.CkanClient} ({@link ua.opendata.spring.boot.PortalProperties}, when
 * {@code opendata.portal.url} is set) and, with Spring Boot Actuator, the health indicator {@code portal}
 * ({@link ua.opendata.spring.boot.PortalHealthIndicator}). An application's own bean of any of these
 * types wins.
 */
@NullMarked
package ua.opendata.spring.boot;

import org.jspecify.annotations.NullMarked;
