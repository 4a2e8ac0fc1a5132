package ua.opendata.passport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpdateFrequencyTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Frequency.class)
    void apiValuesAreKnownAndCanonical(Frequency f) {
        UpdateFrequency u = UpdateFrequency.parse(f.apiValue());
        assertThat(u.value()).isEqualTo(f);
        assertThat(u.isCanonical()).isTrue();
        assertThat(u).isEqualTo(UpdateFrequency.of(f));
        assertThat(Frequency.fromApiValue(f.apiValue())).contains(f);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Frequency.class)
    void labelsInBothLanguagesAreKnownButNotCanonical(Frequency f) {
        for (String label : new String[] {f.labelUk(), f.labelEn(), f.labelUk().toUpperCase(java.util.Locale.ROOT)}) {
            UpdateFrequency u = UpdateFrequency.parse(label);
            assertThat(u.value()).as(label).isEqualTo(f);
            assertThat(u.raw()).isEqualTo(label);
            assertThat(u.isCanonical()).isFalse();
            assertThat(u.canonical()).isEqualTo(UpdateFrequency.of(f));
        }
    }

    @Test
    void nineApiValues() {
        assertThat(Arrays.stream(Frequency.values()).map(Frequency::apiValue)).containsExactly("more than once a day",
                "once a day", "once a week", "once a month", "once a quarter", "once a half year", "once a year",
                "immediately after making changes", "no longer updated");
        assertThat(Frequency.ONCE_A_MONTH.defaultWindowDays()).contains(31);
        assertThat(Frequency.IMMEDIATELY_AFTER_CHANGES.defaultWindowDays()).isEmpty();
        assertThat(Frequency.fromApiValue("Once a month")).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
        "once a month”|ONCE_A_MONTH",
        "“once a month”|ONCE_A_MONTH",
        "More then a day|MORE_THAN_ONCE_A_DAY",
        "  Once   a  week |ONCE_A_WEEK",
        "once_a_quarter|ONCE_A_QUARTER",
        "http://purl.org/cld/freq/monthly|ONCE_A_MONTH",
        "http://purl.org/cld/freq/daily|ONCE_A_DAY",
        "http://purl.org/cld/freq/annual|ONCE_A_YEAR",
        "http://publications.europa.eu/resource/authority/frequency/WEEKLY|ONCE_A_WEEK",
        "щомісячно|ONCE_A_MONTH",
        "Щокварталу|ONCE_A_QUARTER",
        "у разі внесення змін|IMMEDIATELY_AFTER_CHANGES",
        "Більше не оновлюється|NO_LONGER_UPDATED"})
    void dirtyValuesAreRecognisedAndKeptRaw(String raw, Frequency expected) {
        UpdateFrequency u = UpdateFrequency.parse(raw);
        assertThat(u.known()).contains(expected);
        assertThat(u.raw()).isEqualTo(raw);
        assertThat(u.isCanonical()).isFalse();
        assertThat(u.canonical().raw()).isEqualTo(expected.apiValue());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"unscheduled", "", "   ", "irregular", "http://purl.org/cld/freq/biennial", "щодва роки"})
    void unknownValuesStayUnknownWithTheirRawText(String raw) {
        UpdateFrequency u = UpdateFrequency.parse(raw);
        assertThat(u.isKnown()).isFalse();
        assertThat(u.known()).isEqualTo(Optional.empty());
        assertThat(u.raw()).isEqualTo(raw);
        assertThat(u.canonical()).isSameAs(u);
        assertThat(u.isCanonical()).isFalse();
    }
}
