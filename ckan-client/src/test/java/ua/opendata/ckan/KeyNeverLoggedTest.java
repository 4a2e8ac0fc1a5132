package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API key never reaches any log at any level, HttpClient's own header and wire loggers
 * included: {@link KeyLeakScenario} runs in a JVM of its own with every logger at TRACE (slf4j-simple
 * is configured once per JVM, so this cannot share the test JVM), and this test searches what was
 * logged and printed for the key, its URL-encoded and base64 forms and its random half, and checks
 * that the loggers did log (headers, wire bytes, the client's own lines), so that it can fail.
 */
class KeyNeverLoggedTest {
    @TempDir
    Path dir;

    @Test
    void noLoggerAtAnyLevelSeesTheKey() throws Exception {
        Path log = dir.resolve("all-trace.log");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                "-Dorg.slf4j.simpleLogger.logFile=" + log,
                "-cp", System.getProperty("java.class.path"),
                KeyLeakScenario.class.getName(), dir.toString()));
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the scenario finished").isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(printed).isZero();
        assertThat(printed).contains("DONE");
        String key = printed.lines().filter(l -> l.startsWith("KEY ")).findFirst().orElseThrow().substring(4);
        String logged = Files.readString(log, StandardCharsets.UTF_8);

        String hex = key.substring(key.lastIndexOf('-') + 1);
        List<String> forms = List.of(key, hex, URLEncoder.encode(key, StandardCharsets.UTF_8),
                Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8)),
                Base64.getUrlEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8)),
                Base64.getEncoder().encodeToString(hex.getBytes(StandardCharsets.UTF_8)).substring(0, 20));
        for (String f : forms) {
            assertThat(logged).as("log").doesNotContain(f);
            assertThat(printed.replace("KEY " + key, "")).as("output").doesNotContain(f);
        }

        // the loggers did log, at every level they have
        assertThat(logged).contains("TRACE ua.opendata.ckan.CkanClient - CKAN package_show body:");
        assertThat(logged).contains("DEBUG org.apache.hc.client5.http.headers - ")
                .contains(">> Authorization: ***").contains(">> X-CKAN-API-Key: ***");
        assertThat(logged).contains("DEBUG org.apache.hc.client5.http.wire - ")
                .contains(">> \"Authorization: ***[\\r][\\n]\"").contains("<< \"HTTP/1.1 200 OK[\\r][\\n]\"")
                .contains("echo ***");
        assertThat(logged).contains("org.apache.hc.client5.http.impl.classic.").contains("TRACE ");
        assertThat(printed).contains("CkanUnexpectedResponseException").contains("CkanTransportException")
                .contains("key=***");
    }
}
