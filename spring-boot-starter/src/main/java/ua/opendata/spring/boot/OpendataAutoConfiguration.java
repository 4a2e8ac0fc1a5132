package ua.opendata.spring.boot;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.RetryPolicy;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;

/**
 * The SDK in a Spring Boot application: a {@link Rulebook} (from {@code opendata.rules.*} and the
 * application's {@link Clock} bean, if it has one) always, and a {@link CkanClient} of the portal in
 * {@code opendata.portal.*} when {@code opendata.portal.url} is set. Every bean steps back when the
 * application declares its own of the same type.
 */
@AutoConfiguration
@EnableConfigurationProperties(RulesProperties.class)
public final class OpendataAutoConfiguration {
    /** The {@code User-Agent} of the client the starter makes. */
    public static final String USER_AGENT = "ua-opendata-spring-boot-starter";

    /** Created by Spring. */
    public OpendataAutoConfiguration() {
    }

    /**
     * The rulebook's configuration: the defaults with {@code opendata.rules.*} and the application's clock.
     *
     * @param rules the bound {@code opendata.rules.*} properties
     * @param clock the application's {@link Clock} bean, if any (else the system clock)
     * @return the configuration
     */
    @Bean
    @ConditionalOnMissingBean
    public RulebookConfig opendataRulebookConfig(RulesProperties rules, ObjectProvider<Clock> clock) {
        RulebookConfig.Builder config = RulebookConfig.builder().clock(clock.getIfAvailable(Clock::systemDefaultZone));
        if (rules.kpiTarget() != null) {
            config.kpiTarget(rules.kpiTarget());
        }
        rules.disabled().forEach(config::disable);
        return config.build();
    }

    /**
     * The Resolution-835 rulebook; immutable and shared.
     *
     * @param config the rulebook's configuration bean
     * @return the rulebook
     */
    @Bean
    @ConditionalOnMissingBean
    public Rulebook opendataRulebook(RulebookConfig config) {
        return Rulebook.create(config);
    }

    /** The portal's client, when {@code opendata.portal.url} is set. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "opendata.portal", name = "url")
    @EnableConfigurationProperties(PortalProperties.class)
    static class Portal {

        /**
         * The client of the configured portal; one per application, thread-safe, closed with the context.
         *
         * @param portal the bound {@code opendata.portal.*} properties
         * @return the client
         */
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        CkanClient ckanClient(PortalProperties portal) {
            CkanClient.Builder client = CkanClient.builder(portal.url())
                    .connectTimeout(portal.connectTimeout())
                    .responseTimeout(portal.responseTimeout())
                    .retryPolicy(retryPolicy(portal.retries()))
                    .userAgent(USER_AGENT);
            if (portal.apiKey() != null) {
                client.apiKey(portal.apiKey());
            }
            return client.build();
        }

        /** The client's default policy with {@code retries + 1} attempts; none at all for 0. */
        private static RetryPolicy retryPolicy(int retries) {
            return retries == 0 ? RetryPolicy.none()
                    : RetryPolicy.defaults().toBuilder().maxAttempts(retries + 1).build();
        }
    }
}
