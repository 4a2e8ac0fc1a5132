package ua.opendata.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The tool's texts in one language, from {@code Messages.properties} (English) or
 * {@code Messages_uk.properties} (Ukrainian), both UTF-8. The same bundle carries picocli's help.
 */
final class Texts {
    static final String BUNDLE = "ua.opendata.cli.Messages";
    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private final ResourceBundle bundle;
    private final boolean uk;

    private Texts(boolean uk) {
        this.uk = uk;
        // No fallback to the JVM's default locale: English is the base bundle, asked for as ROOT.
        this.bundle = ResourceBundle.getBundle(BUNDLE, uk ? UKRAINIAN : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Texts of(Locale locale) {
        return new Texts(isUkrainian(locale));
    }

    static boolean isUkrainian(Locale locale) {
        return "uk".equals(locale.getLanguage());
    }

    ResourceBundle bundle() {
        return bundle;
    }

    boolean uk() {
        return uk;
    }

    Locale locale() {
        return uk ? UKRAINIAN : Locale.ENGLISH;
    }

    /** The text under {@code key} with the {@code {0}}… placeholders filled (no number formatting). */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(strings);
    }
}
