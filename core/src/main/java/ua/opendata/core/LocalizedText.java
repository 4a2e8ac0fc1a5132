package ua.opendata.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Ukrainian and English, the two languages of the SDK's messages.
 *
 * @param uk the Ukrainian text
 * @param en the English text
 */
public record LocalizedText(String uk, String en) {

    /** The Ukrainian locale. */
    public static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    /** Checks structure only. */
    public LocalizedText {
        Objects.requireNonNull(uk, "uk");
        Objects.requireNonNull(en, "en");
    }

    /** The Ukrainian text for a Ukrainian locale, the English text for any other. */
    public String get(Locale locale) {
        return "uk".equals(locale.getLanguage()) ? uk : en;
    }
}
