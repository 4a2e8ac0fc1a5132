package ua.opendata.ckan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CkanTimestampTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "2021-03-04T10:11:12.123456, UTC, 2021-03-04T10:11:12.123456Z",
        "2021-03-04T10:11:12.123456, Europe/Kyiv, 2021-03-04T08:11:12.123456Z",
        "2021-07-04T10:11:12, Europe/Kyiv, 2021-07-04T07:11:12Z",
        "2019-11-12 12:00:00, UTC, 2019-11-12T12:00:00Z",
        "2019-11-12, UTC, 2019-11-12T00:00:00Z",
        "2021-03-04T10:11:12+02:00, UTC, 2021-03-04T08:11:12Z",
        "2021-03-04T10:11:12Z, Europe/Kyiv, 2021-03-04T10:11:12Z"
    })
    void parsesWithTheZoneAndKeepsTheText(String raw, String zone, String expected) {
        CkanTimestamp t = CkanTimestamp.parse(raw, ZoneId.of(zone));

        assertThat(t.instant()).isEqualTo(Instant.parse(expected));
        assertThat(t.raw()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"not a date", "2021-13-45T99:00:00", "''"})
    void keepsUnparseableTextWithoutInstant(String raw) {
        CkanTimestamp t = CkanTimestamp.parse(raw, ZoneOffset.UTC);

        assertThat(t.instant()).isNull();
        assertThat(t.raw()).isEqualTo(raw);
    }

    @org.junit.jupiter.api.Test
    void formatsLikeCkan() {
        CkanTimestamp t =
                CkanTimestamp.of(Instant.parse("2026-11-26T14:46:16.740341999Z"), ZoneOffset.UTC);

        assertThat(t.raw()).isEqualTo("2026-11-26T14:46:16.740341");
        assertThat(CkanTimestamp.parse(t.raw(), ZoneOffset.UTC)).isEqualTo(t);
    }
}
