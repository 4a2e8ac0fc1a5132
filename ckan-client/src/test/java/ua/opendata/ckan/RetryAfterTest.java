package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

    @ParameterizedTest(name = "\"{0}\" → {1} s")
    @CsvSource({"0, 0", "7, 7", "' 120 ', 120"})
    void parsesSeconds(String header, long seconds) {
        assertThat(Transport.parseRetryAfter(header)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"-1", "soon", "''"})
    void ignoresGarbage(String header) {
        assertThat(Transport.parseRetryAfter(header)).isNull();
    }

    @Test
    void parsesHttpDates() {
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(10));

        Duration d = Transport.parseRetryAfter(inTenSeconds);

        assertThat(d).isNotNull().isBetween(Duration.ofSeconds(5), Duration.ofSeconds(11));
    }
}
