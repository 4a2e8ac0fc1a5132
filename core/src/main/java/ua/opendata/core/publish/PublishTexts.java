package ua.opendata.core.publish;

import java.util.Locale;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.text.Messages;

/** The texts of publishing, from the {@code PublishMessages} bundles. Not for public use. */
final class PublishTexts {

    private PublishTexts() {
    }

    /** A text with arguments. */
    static LocalizedText text(String key, Object... args) {
        return LocalizedText.of(Messages.PUBLISH, key, args);
    }

    /** A text with arguments in one language. */
    static String text(Locale locale, String key, Object... args) {
        return text(key, args).get(locale);
    }
}
