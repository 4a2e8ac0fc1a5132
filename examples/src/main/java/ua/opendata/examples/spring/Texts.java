package ua.opendata.examples.spring;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The example's texts from {@code Messages.properties} (Ukrainian) and {@code Messages_en.properties}
 * (English), without falling back to the JVM's default locale: Ukrainian for {@code uk}, English otherwise.
 */
final class Texts {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    /** The message {@code key} in {@code locale}'s language with its values. */
    static String text(Locale locale, String key, Object... args) {
        Locale language = "uk".equals(locale.getLanguage()) ? locale : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle("ua.opendata.examples.spring.Messages", language,
                Texts.class.getClassLoader(), NO_FALLBACK);
        // values as plain text: no digit grouping of numbers, whatever the language
        Object[] values = Arrays.stream(args).map(String::valueOf).toArray();
        return new MessageFormat(bundle.getString(key), language).format(values);
    }

    /** The message in English, then in Ukrainian on the next line: for an exception's one message. */
    static String bilingual(String key, Object... args) {
        return text(Locale.ENGLISH, key, args) + "\n" + text(Locale.forLanguageTag("uk"), key, args);
    }
}
