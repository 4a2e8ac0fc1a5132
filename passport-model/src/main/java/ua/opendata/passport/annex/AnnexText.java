package ua.opendata.passport.annex;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the annex package, from the {@code AnnexMessages} bundles (Ukrainian default, {@code _en}). */
final class AnnexText {
    private static final String BUNDLE = "ua.opendata.passport.annex.AnnexMessages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private AnnexText() {
    }

    /** The message {@code key} in English. */
    static String en(String key, Object... arguments) {
        return format(Locale.ENGLISH, key, arguments);
    }

    /** The message {@code key} in Ukrainian. */
    static String uk(String key, Object... arguments) {
        return format(Locale.ROOT, key, arguments);
    }

    /** English, then {@code " / "}, then Ukrainian: the message of an exception read by either. */
    static String both(String key, Object... arguments) {
        return en(key, arguments) + " / " + uk(key, arguments);
    }

    private static String format(Locale bundleLocale, String key, Object... arguments) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, bundleLocale, AnnexText.class.getClassLoader(),
                NO_FALLBACK);
        Locale locale = bundleLocale == Locale.ROOT ? Locale.forLanguageTag("uk") : bundleLocale;
        return new MessageFormat(b.getString(key), locale).format(arguments);
    }
}
