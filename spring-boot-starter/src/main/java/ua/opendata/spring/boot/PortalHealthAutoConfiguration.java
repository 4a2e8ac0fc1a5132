package ua.opendata.spring.boot;

import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import ua.opendata.ckan.CkanClient;

/**
 * The health indicator {@code portal} ({@code /actuator/health/portal} in a web application), when Spring
 * Boot Actuator is on the class path and {@code opendata.portal.url} is set; off with
 * {@code management.health.portal.enabled=false}.
 */
@AutoConfiguration(after = OpendataAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.boot.actuate.health.HealthIndicator",
        "org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator"})
@ConditionalOnProperty(prefix = "opendata.portal", name = "url")
@ConditionalOnEnabledHealthIndicator("portal")
public final class PortalHealthAutoConfiguration {

    /** Created by Spring. */
    public PortalHealthAutoConfiguration() {
    }

    /**
     * The portal's health: UP with the CKAN version, DOWN with a one-line reason.
     *
     * @param ckanClient the portal's client (the starter's, or the application's own)
     * @param portal the bound {@code opendata.portal.*} properties
     * @return the indicator, named {@code portal} by the actuator
     */
    @Bean
    @ConditionalOnMissingBean(name = "portalHealthIndicator")
    public PortalHealthIndicator portalHealthIndicator(CkanClient ckanClient, PortalProperties portal) {
        return new PortalHealthIndicator(ckanClient, portal);
    }
}
