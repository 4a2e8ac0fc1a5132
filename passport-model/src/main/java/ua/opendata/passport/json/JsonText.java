package ua.opendata.passport.json;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the JSON codec, from the {@code JsonMessages} bundles: Ukrainian (the default file)
 * and English ({@code _en}). A {@link PassportJsonException.Problem} carries both.
 */
final class JsonText {
    private static final String BUNDLE = "ua.opendata.passport.json.JsonMessages";
    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private JsonText() {
    }

    /** The message {@code key} in English, its arguments filled in. */
    static String en(String key, String... arguments) {
        return format(Locale.ENGLISH, key, arguments);
    }

    /** The message {@code key} in Ukrainian, its arguments filled in. */
    static String uk(String key, String... arguments) {
        return format(UK, key, arguments);
    }

    /** English, then {@code " / "}, then Ukrainian: the message of an exception read by either. */
    static String both(String key, String... arguments) {
        return en(key, arguments) + " / " + uk(key, arguments);
    }

    /** The message {@code key} in Ukrainian for a {@code uk} locale, in English for any other. */
    static String format(Locale locale, String key, String... arguments) {
        Locale l = "uk".equals(locale.getLanguage()) ? UK : Locale.ENGLISH;
        return new MessageFormat(raw(l, key), l).format(arguments);
    }

    /** The problem {@code key} in both languages at a place. */
    static PassportJsonException.Problem problem(int line, int column, String path, String key,
            String... arguments) {
        return new PassportJsonException.Problem(line, column, path, en(key, arguments), uk(key, arguments));
    }

    /** The text {@code key} as it is written (a word, not a pattern). */
    static String raw(Locale locale, String key) {
        Locale l = "uk".equals(locale.getLanguage()) ? Locale.ROOT : Locale.ENGLISH;
        return ResourceBundle.getBundle(BUNDLE, l, JsonText.class.getClassLoader(), NO_FALLBACK).getString(key);
    }
}
