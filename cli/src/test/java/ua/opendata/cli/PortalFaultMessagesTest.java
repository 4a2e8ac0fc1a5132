package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;

/**
 * What the tool says when a portal (or its proxy) sends a login page, refuses a request as too
 * large, or limits the rate of requests, in both languages; and that {@code --timeout} bounds a
 * whole call, an answer trickling in byte by byte included.
 */
class PortalFaultMessagesTest {
    private static final String NL = System.lineSeparator();
    private FakeCkan ckan;

    @BeforeEach
    void start() {
        ckan = FakeCkan.start();
        ckan.createOrganization("city", "City council");
        ckan.seedDatasets("city", "city", 3);
    }

    @AfterEach
    void stop() {
        ckan.close();
    }

    static Stream<Arguments> loginPages() {
        return Stream.of(
                Arguments.of("en", FakeCkanFault.redirect(302, "/user/login?came_from=/api/3/action/package_search"),
                        "{0} answered package_search with a login page (HTTP 302): the portal wants a browser"
                                + " session, so the API key was not accepted there. Check the address in --portal (the"
                                + " portal itself, not a sign-in page) and the API key."),
                Arguments.of("uk", FakeCkanFault.redirect(303, "https://sso.example/login"),
                        "{0} відповів на package_search сторінкою входу (HTTP 303): портал чекає сеансу браузера,"
                                + " тож ключ API там не прийнято. Перевірте адресу в --portal (сам портал, не сторінку"
                                + " входу) і ключ API."),
                Arguments.of("en", FakeCkanFault.respond(200, "text/html", "<html><body><form action=\"/user/login\""
                                + " method=\"post\"><input type=\"password\" name=\"password\"></form></body></html>"),
                        "{0} answered package_search with a login page (HTTP 200): the portal wants a browser"
                                + " session, so the API key was not accepted there. Check the address in --portal (the"
                                + " portal itself, not a sign-in page) and the API key."));
    }

    @ParameterizedTest
    @MethodSource("loginPages")
    void aLoginPageSaysThePortalWantsABrowserSession(String lang, FakeCkanFault page, String message) {
        ckan.enqueue(page);
        Cli.Result r = new Cli().run("--lang", lang, "harvest", "--portal", ckan.baseUrl(), "--retries", "0");
        assertThat(r.exit()).isEqualTo(OpendataCommand.REFUSED);
        assertThat(r.err()).isEqualTo(message.replace("{0}", ckan.baseUrl()) + NL)
                .doesNotContain("--portal.").doesNotContain("/api/3)");
    }

    @Test
    void a413OnASmallRequestSaysItCarriedNoFileInBothLanguages() {
        for (String lang : new String[] {"en", "uk"}) {
            ckan.enqueue(FakeCkanFault.respond(413, "text/html", "<html><h1>413 Request Entity Too Large</h1></html>"));
            Cli.Result r = new Cli().run("--lang", lang, "harvest", "--portal", ckan.baseUrl(), "--retries", "0");
            assertThat(r.exit()).as(r.err()).isEqualTo(OpendataCommand.REFUSED);
            String sent = ckan.requests().get(ckan.requests().size() - 1).bodyExcerpt();
            int size = sent.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            assertThat(size).isPositive().isLessThan(1000);
            assertThat(r.err()).isEqualTo(("en".equals(lang)
                    ? "{0} refused package_search as too large (HTTP 413), although the request was only " + size
                            + " bytes and carried no file: the portal or its proxy is misconfigured or is refusing"
                            + " requests for another reason. Try again later; if it persists, tell the portal’s"
                            + " administrators."
                    : "{0} відхилив package_search як завеликий (HTTP 413), хоча запит мав лише " + size + " байтів і"
                            + " не містив файлу: портал або його проксі налаштовано неправильно або він відхиляє"
                            + " запити з іншої причини. Спробуйте пізніше; якщо повториться — повідомте"
                            + " адміністраторів порталу.").replace("{0}", ckan.baseUrl()) + NL)
                    .doesNotContain("smaller file").doesNotContain("base URL").doesNotContain("базову адресу");
        }
    }

    @Test
    void a413OnALargeRequestSaysItIsLargerThanThePortalAcceptsWithItsSize() {
        // a request of more than 64 KiB (here an organization name of 70,000 characters) refused with 413
        String org = "o".repeat(70_000);
        for (String lang : new String[] {"en", "uk"}) {
            ckan.enqueue(FakeCkanFault.respond(413, "text/html", "<html><h1>413 Request Entity Too Large</h1></html>"));
            Cli.Result r = new Cli().run("--lang", lang, "harvest", "--portal", ckan.baseUrl(), "--retries", "0",
                    "--organization", org);
            assertThat(r.exit()).as(r.err()).isEqualTo(OpendataCommand.REFUSED);
            assertThat(r.err()).matches(("en".equals(lang)
                    ? "\\Q{0} refused organization_show: the request of \\E7\\d{4} bytes is larger than the portal or its"
                            + " proxy accepts \\(HTTP 413; the portal does not say its limit\\)\\. Publish a smaller file,"
                            + " or ask the portal’s administrators for the limit\\.\\s*"
                    : "\\Q{0} відхилив organization_show: запит розміром \\E7\\d{4} байтів більший, ніж приймає портал"
                            + " або його проксі \\(HTTP 413; межу портал не повідомляє\\)\\. Опублікуйте менший файл або"
                            + " дізнайтеся межу в адміністраторів порталу\\.\\s*").replace("{0}", ckan.baseUrl()));
        }
    }

    @Test
    void a429AfterTheRetriesSaysThePortalLimitsRequestsInBothLanguages() {
        for (String lang : new String[] {"en", "uk"}) {
            ckan.enqueue(FakeCkanFault.tooManyRequests(0)).enqueue(FakeCkanFault.tooManyRequests(0));
            Cli.Result r = new Cli().run("--lang", lang, "harvest", "--portal", ckan.baseUrl(), "--retries", "1");
            assertThat(r.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
            assertThat(r.err()).isEqualTo(("en".equals(lang)
                    ? "{0} is limiting requests: package_search was refused with HTTP 429 after 2 attempts; nothing"
                            + " was applied. Try again later, or lower --concurrency or raise --pacing."
                    : "{0} обмежує кількість запитів: package_search відхилено з HTTP 429 після 2 спроб; нічого не"
                            + " застосовано. Спробуйте пізніше або зменште --concurrency чи збільште --pacing.")
                    .replace("{0}", ckan.baseUrl()) + NL).doesNotContain("/api/3");
        }
    }

    @Test
    void theTimeoutBoundsAnAnswerTricklingInByteByByte() {
        // each byte comes well within the response timeout: only a bound on the whole call stops it
        ckan.enqueue(FakeCkanFault.trickle(Duration.ofMillis(40)));
        Cli.Result r = new Cli().run("--lang", "en", "harvest", "--portal", ckan.baseUrl(), "--timeout", "1",
                "--retries", "0");
        assertThat(r.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(r.err()).isEqualTo("The portal " + ckan.baseUrl() + " did not answer in time. Try again later or"
                + " check the network." + NL);
        assertThat(r.out()).isEmpty();
    }
}
