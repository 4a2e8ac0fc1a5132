package ua.opendata.examples.spring;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.RetryPolicy;

/**
 * Makes the portal's {@link CkanClient} a bean, built from {@link PortalProperties} and closed when the
 * application context closes, and registers {@link PortalHealthIndicator} as the health contributor
 * {@code portal} ({@code /actuator/health/portal} in a web application).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
public final class PortalConfiguration {

    /** Created by Spring. */
    public PortalConfiguration() {
    }

    /**
     * The client of the configured portal; one per application, thread-safe.
     *
     * @param portal the bound {@code opendata.portal.*} properties
     * @return the client (Spring calls {@link CkanClient#close()} on shutdown)
     */
    @Bean(destroyMethod = "close")
    public CkanClient ckanClient(PortalProperties portal) {
        return CkanClient.builder(portal.url())
                .apiKey(portal.apiKey())
                .connectTimeout(portal.connectTimeout())
                .responseTimeout(portal.responseTimeout())
                .retryPolicy(retryPolicy(portal.retries()))
                .userAgent("ua-opendata-spring-example")
                .build();
    }

    /** The client's default policy with {@code retries + 1} attempts; none at all for 0. */
    private static RetryPolicy retryPolicy(int retries) {
        RetryPolicy d = RetryPolicy.defaults();
        return retries == 0 ? RetryPolicy.none()
                : new RetryPolicy(retries + 1, d.initialDelay(), d.maxDelay(), d.retryableWrites());
    }

    /**
     * The portal's health: UP with the CKAN version, DOWN with a one-line reason.
     *
     * @param ckanClient the portal's client
     * @param portal the bound properties
     * @return the indicator, named {@code portal} by the actuator
     */
    @Bean
    public PortalHealthIndicator portalHealthIndicator(CkanClient ckanClient, PortalProperties portal) {
        return new PortalHealthIndicator(ckanClient, portal);
    }
}
