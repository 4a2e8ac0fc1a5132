package ua.opendata.passport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntryStatusTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(EntryStatus.class)
    void codeNameAndLabelParse(EntryStatus s) {
        assertThat(EntryStatus.parse(s.code())).contains(s);
        assertThat(EntryStatus.parse(s.name())).contains(s);
        assertThat(EntryStatus.parse(s.labelUk())).contains(s);
        assertThat(EntryStatus.parse("  " + s.labelUk().toUpperCase(java.util.Locale.ROOT) + " ")).contains(s);
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource({"опубліковано, PUBLISHED", "Оприлюднений, PUBLISHED", "в планах, PLANNED", "планується, PLANNED",
        "з обмеженим доступом, RESTRICTED", "знято з публікації, WITHDRAWN", "Published, PUBLISHED"})
    void commonVariants(String text, EntryStatus expected) {
        assertThat(EntryStatus.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "done", "видалено", "publish"})
    void unknownIsEmpty(String text) {
        assertThat(EntryStatus.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void codes() {
        assertThat(java.util.Arrays.stream(EntryStatus.values()).map(EntryStatus::code))
                .containsExactly("planned", "published", "restricted", "withdrawn");
    }
}
