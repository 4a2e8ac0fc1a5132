package ua.opendata.core.publish;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.CoreException;

/**
 * A publish plan document that {@link PlanJson#read} cannot accept: not JSON, too large, not a plan, a plan
 * format this version does not read, or a value that is missing, unknown or of the wrong kind. Names the
 * source and the JSON path of the value (e.g. {@code $.items[3].action}); {@link #getMessage()} is in
 * English, {@link #getMessage(Locale)} in Ukrainian for a Ukrainian locale. Nothing of such a plan should be
 * applied: make the plan again with {@link PortalPublisher#plan}.
 */
public final class PlanJsonException extends CoreException {

    private static final long serialVersionUID = 1L;

    /** The name of the plan input that was rejected (a file name, or the name the caller gave). */
    private final String sourceName;
    /** The JSON path of the rejected value; {@code $} for the whole plan document. */
    private final String jsonPath;
    /** The full message in Ukrainian: source name, JSON path, then what is wrong and how to fix it. */
    private final String messageUk;

    /**
     * Creates the exception.
     *
     * @param sourceName the input's name (a file name, or the name the caller gave)
     * @param jsonPath   the JSON path of the offending value; {@code $} for the whole document
     * @param en         what is wrong and how to fix it, in English
     * @param uk         the same in Ukrainian
     * @param cause      the underlying exception, if any
     */
    public PlanJsonException(String sourceName, String jsonPath, String en, String uk, @Nullable Throwable cause) {
        super(sourceName + ": " + jsonPath + ": " + en, cause);
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
        this.messageUk = sourceName + ": " + jsonPath + ": " + Objects.requireNonNull(uk, "uk");
    }

    /** {@return the input's name} */
    public String sourceName() {
        return sourceName;
    }

    /** {@return the JSON path of the offending value, e.g. {@code $.items[3].uploads[0].sha256}} */
    public String jsonPath() {
        return jsonPath;
    }

    /**
     * The message in the reader's language.
     *
     * @param locale the reader's locale
     * @return the message in Ukrainian for a Ukrainian locale, else in English; either begins with the source
     *         name and the JSON path
     */
    public String getMessage(Locale locale) {
        return "uk".equals(locale.getLanguage()) ? messageUk : getMessage();
    }
}
