package ua.opendata.core.internal.rules;

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

    private static final java.util.Map<String, Template> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Applies arguments to both patterns. */
    public static LocalizedText apply(LocalizedText pattern, Object... args) {
        return new LocalizedText(format(pattern.uk(), args), format(pattern.en(), args));
    }

    /** Applies arguments to one pattern ({@link java.text.MessageFormat} syntax, text arguments only). */
    static String format(String pattern, Object... args) {
        return TEMPLATES.computeIfAbsent(pattern, Template::parse).format(args);
    }

    private static String format(ResourceBundle bundle, String key) {
        return format(raw(bundle, key));
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
