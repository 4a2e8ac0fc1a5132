package ua.opendata.spring.boot;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The starter's texts from {@code Messages.properties} (Ukrainian) and {@code Messages_en.properties}
 * (English), without falling back to the JVM's default locale: English for {@code en}, Ukrainian for
 * any other language.
 */
final class Texts {
    /** The Ukrainian language. */
    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private static final String BUNDLE = "ua.opendata.spring.boot.Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    /**
     * One message.
     *
     * @param locale the language
     * @param key the key in the bundles
     * @param args the values of its {@code {0}}, {@code {1}}, ...
     * @return the text
     */
    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(), NO_FALLBACK);
        // values as plain text: no digit grouping of numbers, whatever the language
        Object[] values = Arrays.stream(args).map(String::valueOf).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(values);
    }

    /**
     * The message in English, then in Ukrainian on the next line: for exceptions, which have one message.
     *
     * @param key the key in the bundles
     * @param args the values
     * @return both texts
     */
    static String bilingual(String key, Object... args) {
        return text(Locale.ENGLISH, key, args) + "\n" + text(UKRAINIAN, key, args);
    }
}
