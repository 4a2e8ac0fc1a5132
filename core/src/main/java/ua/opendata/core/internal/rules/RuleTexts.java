package ua.opendata.core.internal.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ua.opendata.core.rules.LocalizedText;

/** Loads rule texts from the {@code RuleMessages} bundles (UTF-8) and formats them. */
public final class RuleTexts {

    private static final String BUNDLE = "ua.opendata.core.rules.RuleMessages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle UK = ResourceBundle.getBundle(BUNDLE, LocalizedText.UKRAINIAN, NO_FALLBACK);

    private RuleTexts() {
    }

    /** A text without arguments, with MessageFormat quoting resolved. */
    public static LocalizedText text(String key) {
        return new LocalizedText(format(UK, key), format(EN, key));
    }

    /** A raw MessageFormat pattern, arguments not yet applied. */
    public static LocalizedText pattern(String key) {
        return new LocalizedText(raw(UK, key), raw(EN, key));
    }

    /** Applies arguments to both patterns. */
    public static LocalizedText apply(LocalizedText pattern, Object... args) {
        return new LocalizedText(new MessageFormat(pattern.uk(), LocalizedText.UKRAINIAN).format(args),
                new MessageFormat(pattern.en(), Locale.ENGLISH).format(args));
    }

    private static String format(ResourceBundle bundle, String key) {
        return new MessageFormat(raw(bundle, key), bundle.getLocale()).format(new Object[0]);
    }

    private static String raw(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The rule text '" + key + "' is missing from " + BUNDLE + " ("
                    + (bundle.getLocale().getLanguage().isEmpty() ? "en" : bundle.getLocale()) + ")", e);
        }
    }
}
