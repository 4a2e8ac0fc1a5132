package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;

/**
 * One DEBUG line per call, bodies at TRACE truncated, the key never logged. The tests log through
 * slf4j-simple into {@code target/ckan-client-test.log} (see {@code simplelogger.properties}).
 */
class CkanClientLoggingTest {

    @Test
    void logsOneDebugLinePerCallAndNeverTheKey() throws Exception {
        try (FakeCkan fake = FakeCkan.start();
                CkanClient c = CkanClient.builder(fake.baseUrl()).apiKey(fake.userKey())
                        .retryPolicy(RetryPolicy.none()).build()) {
            String marker = "marker-" + System.nanoTime();
            fake.enqueue(FakeCkanFault.respond(502, "text/html",
                    "<html>" + marker + " key=" + fake.userKey() + " " + "x".repeat(5000) + "</html>")
                    .onlyFor("status_show"));

            c.licenseList();
            assertThatThrownBy(c::statusShow).isInstanceOf(CkanUnexpectedResponseException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(fake.userKey()));

            List<String> lines = Files.readAllLines(Path.of("target/ckan-client-test.log"),
                    StandardCharsets.UTF_8);
            assertThat(lines).noneMatch(l -> l.contains(fake.userKey()));
            assertThat(lines).anyMatch(l -> l.contains("DEBUG") && l.contains("CKAN license_list -> "
                    + "HTTP 200 in ") && l.endsWith("(attempt 1)"));
            List<String> trace = lines.stream().filter(l -> l.contains("TRACE")
                    && l.contains(marker)).toList();
            assertThat(trace).hasSize(1);
            assertThat(trace.get(0)).contains("key=***").hasSizeLessThan(2300);
        }
    }
}
