package ua.opendata.core.rules;

import ua.opendata.core.LocalizedText;
import ua.opendata.core.text.Messages;

/** The rule texts, from the {@code RuleMessages} bundles. */
final class RuleTexts {

    private RuleTexts() {
    }

    /** A text with arguments (none: quoting resolved). */
    public static LocalizedText text(String key, Object... args) {
        return LocalizedText.of(Messages.RULES, key, args);
    }

    /** A raw pattern, arguments not yet applied. */
    public static LocalizedText pattern(String key) {
        return LocalizedText.pattern(Messages.RULES, key);
    }
}
