package ua.opendata.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;

/**
 * The health indicator {@code portal} made by the starter, against the fake CKAN: UP with the version,
 * DOWN with one line when the portal is unreachable, answers HTML or ignores the key; the key in no
 * {@code toString()} and no log line.
 */
class PortalHealthIndicatorTest {
    private static final String REVOKED_KEY = "revoked-key-0123456789abcdef";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OpendataAutoConfiguration.class,
                    PortalHealthAutoConfiguration.class));
    private FakeCkan ckan;

    @BeforeEach
    void startPortal() {
        ckan = FakeCkan.builder().start();
        ckan.createOrganization("city", "City council");
    }

    @AfterEach
    void stopPortal() {
        ckan.close();
    }

    private ApplicationContextRunner portal(String... properties) {
        return runner.withPropertyValues("opendata.portal.url=" + ckan.baseUrl(), "opendata.portal.retries=0")
                .withPropertyValues(properties);
    }

    private String fakeVersion() {
        try (CkanClient client = CkanClient.builder(ckan.baseUrl()).build()) {
            return client.statusShow().ckanVersion();
        }
    }

    @Test
    void upWithTheCkanVersion() {
        portal("opendata.portal.organization=city").run(context -> {
            Health health = context.getBean(PortalHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("ckanVersion", fakeVersion())
                    .containsEntry("portal", ckan.baseUrl()).containsEntry("organization", "city")
                    .containsEntry("apiKey", "none").doesNotContainKey("reason");
        });
        assertThat(ckan.requests()).anySatisfy(r -> assertThat(r.path()).endsWith("/status_show"));
    }

    @Test
    void downWithOneLineInBothLanguagesWhenNothingAnswers() {
        String url = ckan.baseUrl();
        ckan.close();
        runner.withPropertyValues("opendata.portal.url=" + url, "opendata.portal.retries=0").run(context -> {
            Health health = context.getBean(PortalHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("reason", "Nothing answers at " + url
                    + " (connection refused): check opendata.portal.url and whether the portal is up.")
                    .containsEntry("reasonUk", "За адресою " + url + " ніхто не відповідає (з’єднання відхилено):"
                            + " перевірте opendata.portal.url і чи працює портал.")
                    .containsEntry("portal", url);
        });
    }

    @Test
    void downWhenThePortalAnswersAnHtmlPage() {
        portal().run(context -> {
            ckan.enqueue(FakeCkanFault.html(200).onlyFor("status_show"));
            Health health = context.getBean(PortalHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat((String) health.getDetails().get("reason")).isEqualTo(ckan.baseUrl()
                    + " answered with an HTML page (HTTP 200) instead of the CKAN API: set opendata.portal.url to"
                    + " the portal’s base address (without /api/3), or try later if the portal is down.");
            assertThat((String) health.getDetails().get("reasonUk")).isEqualTo(ckan.baseUrl()
                    + " відповів HTML-сторінкою (HTTP 200), а не CKAN API: вкажіть в opendata.portal.url базову"
                    + " адресу порталу (без /api/3) або спробуйте пізніше, якщо портал не працює.");
            assertThat(context.getBean(PortalHealthIndicator.class).health().getStatus())
                    .as("the next check asks again").isEqualTo(Status.UP);
        });
    }

    @Test
    void downWhenThePortalIgnoresARevokedKeyOfTheUserAndTheKeyIsNeverShown() throws IOException {
        portal("opendata.portal.api-key=" + REVOKED_KEY, "opendata.portal.user=ckan_admin").run(context -> {
            PortalHealthIndicator indicator = context.getBean(PortalHealthIndicator.class);
            Health health = indicator.health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("apiKey", "ignored")
                    .containsEntry("ckanVersion", fakeVersion());
            assertThat((String) health.getDetails().get("reason")).isEqualTo(ckan.baseUrl()
                    + " ignored the API key: the calls ran as an anonymous visitor, not as ckan_admin. The key is"
                    + " wrong, expired or revoked, or belongs to another user: put a current key from your user page"
                    + " on the portal in opendata.portal.api-key.");
            assertThat((String) health.getDetails().get("reasonUk")).startsWith(ckan.baseUrl()
                    + " не прийняв API-ключ: виклики виконано як анонімного відвідувача, а не як ckan_admin.");
            PortalProperties p = context.getBean(PortalProperties.class);
            assertThat(p.apiKey()).isEqualTo(REVOKED_KEY);
            assertThat(p.toString()).contains("apiKey=***");
            assertThat(ckan.requests()).filteredOn(r -> r.path().endsWith("/user_show")).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo(REVOKED_KEY));
            assertThat(List.of(health.toString(), health.getDetails().toString(), p.toString(),
                    context.getBean(CkanClient.class).toString(), indicator.toString(), context.toString()))
                    .allSatisfy(text -> assertThat(text).doesNotContain(REVOKED_KEY));
        });
        assertThat(testLog()).as("every log line of the tests so far, at TRACE, HttpClient's wire included")
                .contains("user_show").contains("Authorization: ***").doesNotContain(REVOKED_KEY);
    }

    @Test
    void upWhenThePortalHonoursTheKeyOfTheUser() throws IOException {
        portal("opendata.portal.api-key=" + ckan.sysadminKey(), "opendata.portal.user=ckan_admin").run(context -> {
            Health health = context.getBean(PortalHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("apiKey", "accepted for ckan_admin");
            assertThat(health.toString()).doesNotContain(ckan.sysadminKey());
        });
        assertThat(testLog()).doesNotContain(ckan.sysadminKey());
    }

    @Test
    void aKeyWithoutAUserIsUsedButNotVerified() {
        portal("opendata.portal.api-key=" + ckan.sysadminKey()).run(context -> {
            Health health = context.getBean(PortalHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("apiKey",
                    "set, not verified (set opendata.portal.user to verify it)");
        });
        assertThat(ckan.requests()).noneSatisfy(r -> assertThat(r.path()).endsWith("/user_show"));
    }

    /** What the tests of this JVM logged (slf4j-simple at TRACE, see simplelogger.properties). */
    private static String testLog() throws IOException {
        return Files.readString(Path.of("target/spring-boot-starter-test.log"), StandardCharsets.UTF_8);
    }
}
