package ua.opendata.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.ConfigurableApplicationContext;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.spring.boot.PortalHealthIndicator;
import ua.opendata.spring.boot.PortalProperties;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.csv.RegisterFormatException;
import ua.opendata.passport.sample.SampleRegister;

/**
 * The Spring Boot example started for real ({@link PortalApplication#start}) against a fake CKAN: the
 * properties bound from {@code application.properties} and the arguments, the client bean, the health
 * indicator UP and DOWN (stopped portal, HTML, ignored key), the key kept out of every text.
 */
class PortalApplicationTest {
    private static final String WRONG_KEY = "wrong-key-0123456789abcdef";

    private FakeCkan ckan;
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @BeforeEach
    void startPortal() {
        ckan = FakeCkan.builder().start();
        ckan.createOrganization("city", "City council");
    }

    @AfterEach
    void stop() {
        contexts.forEach(ConfigurableApplicationContext::close);
        ckan.close();
    }

    /** The application against the fake, no retries, no key unless {@code extra} gives one. */
    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--opendata.portal.url=" + ckan.baseUrl(),
                "--opendata.portal.retries=0", "--management.endpoint.health.cache.time-to-live=0"));
        args.addAll(List.of(extra));
        if (args.stream().noneMatch(a -> a.startsWith("--opendata.portal.api-key="))) {
            // none, even when OPENDATA_API_KEY is set where the tests run (a repeated option would be joined)
            args.add("--opendata.portal.api-key=");
        }
        ConfigurableApplicationContext context = PortalApplication.start(args.toArray(String[]::new));
        contexts.add(context);
        return context;
    }

    private static Health portalHealth(ConfigurableApplicationContext context) {
        return (Health) context.getBean(HealthEndpoint.class).healthForPath("portal");
    }

    private String fakeVersion() {
        try (CkanClient client = CkanClient.builder(ckan.baseUrl()).build()) {
            return client.statusShow().ckanVersion();
        }
    }

    @Test
    void bindsThePropertiesFromApplicationPropertiesAndTheArguments() {
        ConfigurableApplicationContext context = start("--opendata.portal.organization=city",
                "--opendata.portal.connect-timeout=3s");

        PortalProperties p = context.getBean(PortalProperties.class);
        assertThat(p.url()).isEqualTo(ckan.baseUrl());
        assertThat(p.organization()).isEqualTo("city");
        assertThat(p.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        // from application.properties, not overridden
        assertThat(p.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.retries()).isZero();
        assertThat(p.apiKey()).as("a blank key is none").isNull();
        assertThat(p.user()).isNull();
        assertThat(context.getEnvironment().getProperty("spring.main.banner-mode")).isEqualTo("off");
        assertThat(context.getBean(CkanClient.class).toString()).contains(ckan.baseUrl()).contains("key=none");
    }

    @Test
    void healthIsUpWithTheCkanVersion() {
        ConfigurableApplicationContext context = start("--opendata.portal.organization=city");

        Health health = portalHealth(context);
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("ckanVersion", fakeVersion())
                .containsEntry("portal", ckan.baseUrl()).containsEntry("organization", "city")
                .containsEntry("apiKey", "none").doesNotContainKey("reason");
        assertThat(context.getBean(HealthEndpoint.class).health().getStatus()).isEqualTo(Status.UP);
        assertThat(ckan.requests()).anySatisfy(r -> assertThat(r.path()).endsWith("/status_show"));
    }

    @Test
    void healthIsDownWithOneLineWhenThePortalStops() {
        ConfigurableApplicationContext context = start();
        assertThat(portalHealth(context).getStatus()).isEqualTo(Status.UP);

        ckan.close();
        // the first check may meet the pooled connection closed under it (NoHttpResponseException)
        Health first = portalHealth(context);
        assertThat(first.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) first.getDetails().get("reason")).contains(ckan.baseUrl()).doesNotContain("\n");
        Health health = portalHealth(context);
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("reason")).isEqualTo("Nothing answers at " + ckan.baseUrl()
                + " (connection refused): check opendata.portal.url and whether the portal is up.");
        assertThat((String) health.getDetails().get("reasonUk")).startsWith("За адресою " + ckan.baseUrl())
                .doesNotContain("\n");
        assertThat(context.getBean(HealthEndpoint.class).health().getStatus()).isEqualTo(Status.DOWN);
    }

    static Stream<Arguments> notCkan() {
        return Stream.of(
                Arguments.of(Named.of("an HTML page", FakeCkanFault.html(200)),
                        " answered with an HTML page (HTTP 200) instead of the CKAN API: set opendata.portal.url to"
                                + " the portal’s base address (without /api/3), or try later if the portal is down."),
                Arguments.of(Named.of("JSON that is not the CKAN API",
                                FakeCkanFault.respond(200, "application/json", "{\"hello\": \"world\"}")),
                        " answered status_show with something that is not the CKAN API (HTTP 200): check"
                                + " opendata.portal.url."),
                Arguments.of(Named.of("a redirect", FakeCkanFault.redirect(301, "https://portal.example/api/3/action")),
                        " redirects (HTTP 301) to https://portal.example/api/3/action: use that address in"
                                + " opendata.portal.url."),
                Arguments.of(Named.of("a login page", FakeCkanFault.redirect(302, "/user/login")),
                        " answered status_show with a login page (HTTP 302): the portal wants a browser session:"
                                + " check opendata.portal.url (the portal itself, not a sign-in page) and"
                                + " opendata.portal.api-key."),
                Arguments.of(Named.of("a rate limit", FakeCkanFault.tooManyRequests(600)),
                        " is limiting requests (HTTP 429): try later, or ask less often"
                                + " (management.endpoint.health.cache.time-to-live)."));
    }

    @Test
    void theLoginAndRateLimitReasonsAreInUkrainianToo() {
        ConfigurableApplicationContext context = start();
        ckan.enqueue(FakeCkanFault.redirect(302, "/user/login").onlyFor("status_show"));
        assertThat((String) portalHealth(context).getDetails().get("reasonUk")).isEqualTo(ckan.baseUrl()
                + " відповів на status_show сторінкою входу (HTTP 302): портал чекає сеансу браузера: перевірте"
                + " opendata.portal.url (сам портал, не сторінку входу) і opendata.portal.api-key.");
        ckan.enqueue(FakeCkanFault.tooManyRequests(600).onlyFor("status_show"));
        assertThat((String) portalHealth(context).getDetails().get("reasonUk")).isEqualTo(ckan.baseUrl()
                + " обмежує кількість запитів (HTTP 429): спробуйте пізніше або запитуйте рідше"
                + " (management.endpoint.health.cache.time-to-live).");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notCkan")
    void healthIsDownWhenThePortalAnswersSomethingElseThanCkan(FakeCkanFault answer, String reason) {
        ConfigurableApplicationContext context = start();
        ckan.enqueue(answer.onlyFor("status_show"));

        Health health = portalHealth(context);
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("reason")).isEqualTo(ckan.baseUrl() + reason);
        assertThat((String) health.getDetails().get("reasonUk")).startsWith(ckan.baseUrl() + " ")
                .doesNotContain("\n");
        assertThat(portalHealth(context).getStatus()).as("the next check asks again").isEqualTo(Status.UP);
    }

    @Test
    void healthIsDownWhenThePortalIgnoresTheKeyAndNeverShowsIt() {
        ConfigurableApplicationContext context = start("--opendata.portal.api-key=" + WRONG_KEY,
                "--opendata.portal.user=ckan_admin");

        Health health = portalHealth(context);
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("apiKey", "ignored")
                .containsEntry("ckanVersion", fakeVersion());
        assertThat((String) health.getDetails().get("reason")).isEqualTo(ckan.baseUrl()
                + " ignored the API key: the calls ran as an anonymous visitor, not as ckan_admin. The key is wrong,"
                + " expired or revoked, or belongs to another user: put a current key from your user page on the"
                + " portal in opendata.portal.api-key.");
        PortalProperties p = context.getBean(PortalProperties.class);
        assertThat(p.apiKey()).isEqualTo(WRONG_KEY);
        assertThat(List.of(health.toString(), health.getDetails().toString(), p.toString(),
                context.getBean(CkanClient.class).toString(), context.getBean(PortalHealthIndicator.class).toString()))
                .allSatisfy(text -> assertThat(text).doesNotContain(WRONG_KEY));
        assertThat(p.toString()).contains("apiKey=***");
    }

    @Test
    void healthIsUpWhenThePortalHonoursTheKey() {
        ConfigurableApplicationContext context = start("--opendata.portal.api-key=" + ckan.sysadminKey(),
                "--opendata.portal.user=ckan_admin");

        Health health = portalHealth(context);
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("apiKey", "accepted for ckan_admin");
        assertThat(health.toString()).doesNotContain(ckan.sysadminKey());
        assertThat(ckan.requests()).filteredOn(r -> r.path().endsWith("/user_show")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo(ckan.sysadminKey()));
    }

    @Test
    void theClientIsClosedWithTheApplication() {
        ConfigurableApplicationContext context = start();
        CkanClient client = context.getBean(CkanClient.class);
        assertThat(client.statusShow().ckanVersion()).isEqualTo(fakeVersion());

        context.close();
        int before = ckan.requests().size();
        assertThatThrownBy(client::statusShow).isInstanceOf(RuntimeException.class);
        assertThat(ckan.requests()).hasSize(before);
    }

    @Test
    void aWrongPortalAddressStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> PortalApplication.start("--opendata.portal.url=data.gov.ua").close())
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("opendata.portal.url \"data.gov.ua\" must be an http(s) address");
    }

    @Test
    void aRegisterWithBrokenRowsStopsTheStartNamingFileRowAndColumn(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("broken.csv");
        Files.writeString(csv, String.join("\n",
                "identifier,title,description,accrualPeriodicity,keyword,purpose,landingPage,distributionFormat,"
                        + "publisherName,publisherIdentifier,contactPointFn,contactPointHasEmail,status",
                "r-1,A,B,once a year,k,p,https://x.example/a,CSV,P,14360570,F,e@example.org,maybe",
                ""), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> start("--opendata.register.file=" + csv))
                .isInstanceOf(RegisterFormatException.class)
                .hasMessageContaining("broken.csv:2:13");
    }

    @Test
    void theRegisterCheckReportsTheBundledSample() throws IOException {
        ConfigurableApplicationContext context = start("--opendata.register.file=sample");

        RegisterStartupCheck check = context.getBean(RegisterStartupCheck.class);
        ValidationReport expected;
        try (InputStream in = SampleRegister.openCsv()) {
            expected = Rulebook.create(RulebookConfig.defaults())
                    .validate(RegisterCsvReader.defaults().read(in, SampleRegister.CSV_FILE_NAME).register());
        }
        assertThat(check.report().findings()).hasSameSizeAs(expected.findings());
        assertThat(check.report().passedCount()).isEqualTo(expected.passedCount());
        assertThat(check.summary(Locale.forLanguageTag("uk"))).startsWith("Реєстр " + SampleRegister.CSV_FILE_NAME
                + ": записів " + expected.datasets().size());
        assertThat(start().getBeanProvider(RegisterStartupCheck.class).getIfAvailable())
                .as("no check without opendata.register.file").isNull();
    }

    @Test
    void runPrintsTheHealthAndTheRegisterSummaryLikeMain() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exit = PortalApplication.run(new String[] {"--opendata.portal.url=" + ckan.baseUrl(),
                "--opendata.portal.retries=0", "--opendata.portal.api-key=", "--opendata.register.file=sample"},
                Locale.ENGLISH, out);

        ValidationReport expected;
        int entries;
        try (InputStream in = SampleRegister.openCsv()) {
            var register = RegisterCsvReader.defaults().read(in, SampleRegister.CSV_FILE_NAME).register();
            entries = register.size();
            expected = Rulebook.create(RulebookConfig.defaults()).validate(register);
        }
        assertThat(exit).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Portal " + ckan.baseUrl() + ": UP, CKAN " + fakeVersion(),
                "Register " + SampleRegister.CSV_FILE_NAME + ": " + entries + " entries, " + expected.passedCount()
                        + " of " + expected.datasets().size() + " datasets without errors, KPI "
                        + Math.round(expected.kpi() * 100) + " % (target " + Math.round(expected.kpiTarget() * 100)
                        + " %), errors " + expected.count(ua.opendata.core.rules.Severity.ERROR) + ", warnings "
                        + expected.count(ua.opendata.core.rules.Severity.WARNING) + ".");
    }

    @Test
    void runExitsWithOneAndSaysWhyInUkrainianWhenThePortalIsDown() {
        String url = ckan.baseUrl();
        ckan.close();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = PortalApplication.run(new String[] {"--opendata.portal.url=" + url, "--opendata.portal.retries=0",
                "--opendata.portal.api-key="}, Locale.forLanguageTag("uk"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        Assertions.assertThat(bytes.toString(StandardCharsets.UTF_8).strip())
                .startsWith("Портал " + url + ": DOWN — За адресою " + url + " ніхто не відповідає")
                .doesNotContain("\n");
    }
}
