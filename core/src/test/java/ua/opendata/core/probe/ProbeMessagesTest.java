package ua.opendata.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every resource message exists in English and Ukrainian, and the two differ. */
class ProbeMessagesTest {

    @Test
    void everyTextInBothLanguages() throws IOException {
        Properties en = load("ResourceMessages.properties");
        Properties uk = load("ResourceMessages_uk.properties");

        assertThat(uk.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).contains("RES-UNREACHABLE.message", "RES-HTTP-STATUS.message",
                "RES-FORMAT-MISMATCH.message", "RES-HTML-INSTEAD-OF-DATA.message", "RES-ENCODING-1251.message",
                "RES-TOO-LARGE.message", "RES-BLOCKED-ADDRESS.message");
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(uk.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
            if (key.endsWith(".message")) {
                assertThat(uk.stringPropertyNames()).contains(key.replace(".message", ".fix"));
            }
        }
        for (LinkOutcome o : LinkOutcome.values()) {
            if (o.name().endsWith("_FAILURE") || o == LinkOutcome.REFUSED || o == LinkOutcome.TIMEOUT) {
                assertThat(en.stringPropertyNames()).as("reason %s", o).contains(o.name());
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProbeMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
