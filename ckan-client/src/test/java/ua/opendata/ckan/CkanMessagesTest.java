package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class CkanMessagesTest {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Test
    void everyTranslatedKeyHasItsPlaceholdersInBothLanguages() throws Exception {
        ResourceBundle uk = ResourceBundle.getBundle("ua.opendata.ckan.messages", Locale.ROOT, NO_FALLBACK);
        Properties en = new Properties();
        try (Reader r = new InputStreamReader(Objects.requireNonNull(getClass().getResourceAsStream(
                "/ua/opendata/ckan/messages_en.properties")), StandardCharsets.UTF_8)) {
            en.load(r);
        }
        assertThat(en).hasSizeGreaterThan(30);
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            String u = uk.getString(key);
            assertThat(u).as(key).isNotEqualTo(e);
            assertThat(u).as(key).matches("(?s).*\\p{IsCyrillic}.*");
            for (int i = 0; i < 10; i++) {
                if (u.contains("{" + i + "}")) {
                    assertThat(e).as(key + " {" + i + "}").contains("{" + i + "}");
                }
            }
        }
    }

    @Test
    void uiLanguageOfTheJvmDoesNotChooseTheUkrainianText() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(CkanMessages.uk("transport.nothingApplied")).isEqualTo("нічого не застосовано.");
            Locale.setDefault(Locale.forLanguageTag("uk"));
            assertThat(CkanMessages.en("transport.nothingApplied")).isEqualTo("nothing was applied.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void valuesAreInsertedAsGivenWithoutNumberFormatting() {
        assertThat(CkanMessages.format("{0} of {1} in {2}'s {3}", "a", 1234567L, "x", "{9}"))
                .isEqualTo("a of 1234567 in x's {9}");
        assertThat(CkanMessages.en("unexpected.after", 3)).isEqualTo(" after 3 attempts");
    }
}
