package ua.opendata.ckan.model;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the model package, from the client's {@code ua.opendata.ckan.messages} bundle: only its
 * {@code arg.*} keys, which carry both languages in one line. Not for public use.
 */
final class ModelTexts {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ModelTexts() {}

    /** The text of an {@code arg.*} key (the same in every language), without arguments. */
    static String text(String key) {
        return ResourceBundle.getBundle("ua.opendata.ckan.messages", Locale.ROOT, ModelTexts.class.getClassLoader(),
                NO_FALLBACK).getString(key);
    }
}
