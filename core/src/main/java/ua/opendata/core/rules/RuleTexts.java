package ua.opendata.core.rules;

import ua.opendata.core.LocalizedText;
import ua.opendata.core.internal.text.Bundle;

/** The rule texts, from the {@code RuleMessages} bundles. */
final class RuleTexts {

    private static final Bundle BUNDLE = new Bundle("ua.opendata.core.rules.RuleMessages");

    private RuleTexts() {
    }

    /** A text without arguments, with quoting resolved. */
    public static LocalizedText text(String key) {
        return BUNDLE.text(key);
    }

    /** A raw pattern, arguments not yet applied. */
    public static LocalizedText pattern(String key) {
        return BUNDLE.pattern(key);
    }

    /** Applies text arguments to one pattern. */
    static String format(String pattern, Object... args) {
        return Bundle.format(pattern, args);
    }
}
