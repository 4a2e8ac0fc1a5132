package ua.opendata.core.internal.text;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import ua.opendata.core.LocalizedText;

/**
 * A pair of UTF-8 properties bundles, English (the base file) and Ukrainian ({@code _uk}), whose
 * values are {@link java.text.MessageFormat}-style patterns with text arguments.
 */
public final class Bundle {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    private final String name;
    private final ResourceBundle en;
    private final ResourceBundle uk;

    /** Loads the bundles {@code name} and {@code name_uk} from the classpath. */
    public Bundle(String name) {
        this.name = name;
        this.en = ResourceBundle.getBundle(name, Locale.ROOT, NO_FALLBACK);
        this.uk = ResourceBundle.getBundle(name, LocalizedText.UKRAINIAN, NO_FALLBACK);
    }

    /** The raw patterns of a key, arguments not applied. */
    public LocalizedText pattern(String key) {
        return new LocalizedText(raw(uk, key), raw(en, key));
    }

    /** The texts of a key with the arguments applied; {@link LocalizedText} arguments per language. */
    public LocalizedText text(String key, Object... args) {
        return apply(pattern(key), args);
    }

    /** Applies arguments to both patterns; a {@link LocalizedText} argument is taken per language. */
    public static LocalizedText apply(LocalizedText pattern, Object... args) {
        Object[] ukArgs = new Object[args.length];
        Object[] enArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            ukArgs[i] = args[i] instanceof LocalizedText t ? t.uk() : args[i];
            enArgs[i] = args[i] instanceof LocalizedText t ? t.en() : args[i];
        }
        return new LocalizedText(format(pattern.uk(), ukArgs), format(pattern.en(), enArgs));
    }

    /** Applies text arguments to one pattern. */
    public static String format(String pattern, Object... args) {
        return TEMPLATES.computeIfAbsent(pattern, Template::parse).format(args);
    }

    private String raw(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The text '" + key + "' is missing from " + name + " ("
                    + (bundle.getLocale().getLanguage().isEmpty() ? "en" : bundle.getLocale()) + ")", e);
        }
    }
}
