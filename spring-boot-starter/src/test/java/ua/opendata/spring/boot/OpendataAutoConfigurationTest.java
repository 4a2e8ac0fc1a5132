package ua.opendata.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;

/**
 * The auto-configuration against the fake CKAN: which beans there are for which properties, what the
 * properties bind to, a user's bean winning, the client closed with the context.
 */
class OpendataAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OpendataAutoConfiguration.class,
                    PortalHealthAutoConfiguration.class))
            // none, even when OPENDATA_API_KEY is set where the tests run
            .withPropertyValues("opendata.portal.retries=0");
    private FakeCkan ckan;

    @BeforeEach
    void startPortal() {
        ckan = FakeCkan.builder().start();
    }

    @AfterEach
    void stopPortal() {
        ckan.close();
    }

    @Test
    void withoutAPortalUrlThereIsOnlyTheRulebook() {
        runner.withPropertyValues("opendata.portal.api-key=some-key").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Rulebook.class).hasSingleBean(RulebookConfig.class)
                    .doesNotHaveBean(CkanClient.class).doesNotHaveBean(PortalProperties.class)
                    .doesNotHaveBean(PortalHealthIndicator.class);
            assertThat(context.getBean(Rulebook.class).config().kpiTarget()).isEqualTo(0.85);
        });
    }

    @Test
    void aPortalUrlGivesTheClientAndTheHealthIndicator() {
        runner.withPropertyValues("opendata.portal.url=" + ckan.baseUrl(), "opendata.portal.organization= city ",
                "opendata.portal.connect-timeout=3s").run(context -> {
                    assertThat(context).hasSingleBean(CkanClient.class).hasSingleBean(PortalHealthIndicator.class)
                            .hasBean("portalHealthIndicator");
                    PortalProperties p = context.getBean(PortalProperties.class);
                    assertThat(p.url()).isEqualTo(ckan.baseUrl());
                    assertThat(p.organization()).isEqualTo("city");
                    assertThat(p.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(p.responseTimeout()).as("the default").isEqualTo(Duration.ofSeconds(60));
                    assertThat(p.apiKey()).isNull();
                    CkanClient client = context.getBean(CkanClient.class);
                    assertThat(client.toString()).contains(ckan.baseUrl()).contains("key=none");
                    assertThat(client.statusShow().ckanVersion()).isNotBlank();
                    assertThat(ckan.requests()).last().satisfies(r -> assertThat(r.header("User-Agent"))
                            .startsWith(OpendataAutoConfiguration.USER_AGENT));
                });
    }

    @Test
    void theClientIsClosedWithTheContext() {
        CkanClient[] client = new CkanClient[1];
        runner.withPropertyValues("opendata.portal.url=" + ckan.baseUrl()).run(context -> {
            client[0] = context.getBean(CkanClient.class);
            client[0].statusShow();
        });
        int before = ckan.requests().size();
        assertThatThrownBy(client[0]::statusShow).isInstanceOf(RuntimeException.class);
        assertThat(ckan.requests()).hasSize(before);
    }

    @Test
    void theHealthIndicatorIsNamedPortalOnTheHealthEndpoint() {
        runner.withConfiguration(AutoConfigurations.of(HealthContributorAutoConfiguration.class,
                        HealthEndpointAutoConfiguration.class))
                .withPropertyValues("opendata.portal.url=" + ckan.baseUrl()).run(context -> {
                    Health portal = (Health) context.getBean(HealthEndpoint.class).healthForPath("portal");
                    assertThat(portal.getStatus()).isEqualTo(Status.UP);
                    assertThat(portal.getDetails()).containsEntry("portal", ckan.baseUrl())
                            .containsKey("ckanVersion");
                });
    }

    @Test
    void theHealthIndicatorCanBeSwitchedOff() {
        runner.withPropertyValues("opendata.portal.url=" + ckan.baseUrl(), "management.health.portal.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(CkanClient.class)
                        .doesNotHaveBean(PortalHealthIndicator.class));
    }

    @Test
    void withoutTheActuatorThereIsNoHealthIndicator() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .withPropertyValues("opendata.portal.url=" + ckan.baseUrl())
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(CkanClient.class)
                        .doesNotHaveBean(PortalHealthIndicator.class));
    }

    @Test
    void theApplicationsOwnBeansWin() {
        runner.withUserConfiguration(OwnBeans.class).withPropertyValues("opendata.portal.url=" + ckan.baseUrl())
                .run(context -> {
                    assertThat(context).hasSingleBean(CkanClient.class).hasSingleBean(Rulebook.class)
                            .hasSingleBean(HealthIndicator.class);
                    assertThat(context.getBean(CkanClient.class)).isSameAs(context.getBean(OwnBeans.class).client);
                    assertThat(context.getBean(Rulebook.class).config().kpiTarget()).isEqualTo(0.5);
                    assertThat(context.getBean("portalHealthIndicator")).isNotInstanceOf(PortalHealthIndicator.class);
                });
    }

    @Test
    void aUsersClientIsTheOneTheHealthIndicatorAsks() {
        runner.withUserConfiguration(OwnClient.class).withPropertyValues("opendata.portal.url=" + ckan.baseUrl())
                .run(context -> {
                    assertThat(context.getBean(PortalHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
                    assertThat(ckan.requests()).last().satisfies(r -> assertThat(r.header("User-Agent"))
                            .startsWith("own-client"));
                });
    }

    @Test
    void theRulebookTakesTheRulesPropertiesAndTheApplicationsClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        runner.withBean(Clock.class, () -> clock)
                .withPropertyValues("opendata.rules.kpi-target=0.9", "opendata.rules.disabled=R835-IDENTIFIER-LENGTH")
                .run(context -> {
                    RulebookConfig config = context.getBean(Rulebook.class).config();
                    assertThat(config.kpiTarget()).isEqualTo(0.9);
                    assertThat(config.clock()).isSameAs(clock);
                    assertThat(config.enabled("R835-IDENTIFIER-LENGTH")).isFalse();
                    assertThat(config.enabled("R835-IDENTIFIER-REQUIRED")).isTrue();
                });
    }

    @Test
    void aWrongRulesPropertyStopsTheStartNamingIt() {
        runner.withPropertyValues("opendata.rules.disabled=R835-NO-SUCH-RULE").run(context ->
                assertThat(context).getFailure().rootCause().isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("opendata.rules.disabled names the unknown rule R835-NO-SUCH-RULE")
                        .hasMessageContaining("opendata.rules.disabled називає невідоме правило R835-NO-SUCH-RULE"));
        runner.withPropertyValues("opendata.rules.kpi-target=85").run(context ->
                assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("opendata.rules.kpi-target must be a share from 0 to 1"));
    }

    @Test
    void aWrongPortalAddressStopsTheStartNamingTheProperty() {
        runner.withPropertyValues("opendata.portal.url=data.gov.ua").run(context ->
                assertThat(context).getFailure().rootCause().isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("opendata.portal.url \"data.gov.ua\" must be an http(s) address with a host,"
                                + " e.g. https://data.gov.ua\nopendata.portal.url \"data.gov.ua\" має бути адресою"
                                + " http(s) з вузлом, напр. https://data.gov.ua"));
        runner.withPropertyValues("opendata.portal.url=" + ckan.baseUrl(), "opendata.portal.retries=11").run(context ->
                assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("opendata.portal.retries must be from 0 to 10, got 11"));
        runner.withPropertyValues("opendata.portal.url=" + ckan.baseUrl(), "opendata.portal.response-timeout=0s")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("opendata.portal.response-timeout must be positive, got PT0S"));
    }

    /** An application's own client, rulebook and health indicator named portalHealthIndicator. */
    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        final CkanClient client = CkanClient.builder("http://127.0.0.1:1").build();

        @Bean(destroyMethod = "close")
        CkanClient ownClient() {
            return client;
        }

        @Bean
        Rulebook ownRulebook() {
            return Rulebook.create(RulebookConfig.builder().kpiTarget(0.5).build());
        }

        @Bean
        HealthIndicator portalHealthIndicator() {
            return () -> Health.unknown().build();
        }
    }

    /** An application's own client of the portal in opendata.portal.url. */
    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        @Bean(destroyMethod = "close")
        CkanClient ownClient(PortalProperties portal) {
            return CkanClient.builder(portal.url()).userAgent("own-client").build();
        }
    }
}
