package ua.opendata.core.publish;

import java.util.Locale;
import java.util.Objects;
import ua.opendata.core.CoreException;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.text.Messages;

/**
 * A publish plan document that {@link PlanJson#read} cannot accept: not JSON, too large, not a plan, a plan
 * format this version does not read, or a value that is missing, unknown or of the wrong kind. Names the
 * source and the JSON path of the value (e.g. {@code $.items[3].action}); {@link #getMessage()} is in
 * English, {@link #getMessage(Locale)} in any language ({@link #problem()} is what is wrong, without the
 * source and path). Nothing of such a plan should be applied: make the plan again with
 * {@link PortalPublisher#plan}.
 */
public final class PlanJsonException extends CoreException {

    private static final long serialVersionUID = 2L;

    /** The name of the plan input that was rejected (a file name, or the name the caller gave). */
    private final String sourceName;
    /** The JSON path of the rejected value; {@code $} for the whole plan document. */
    private final String jsonPath;
    /** What is wrong and how to fix it, without the source name and JSON path. */
    private final LocalizedText problem;

    /**
     * Creates the exception.
     *
     * @param sourceName the input's name (a file name, or the name the caller gave)
     * @param jsonPath   the JSON path of the offending value; {@code $} for the whole document
     * @param problem    what is wrong and how to fix it
     */
    public PlanJsonException(String sourceName, String jsonPath, LocalizedText problem) {
        super(whole(sourceName, jsonPath, problem));
        this.sourceName = sourceName;
        this.jsonPath = jsonPath;
        this.problem = problem;
    }

    /**
     * Creates the exception with its cause.
     *
     * @param sourceName the input's name (a file name, or the name the caller gave)
     * @param jsonPath   the JSON path of the offending value; {@code $} for the whole document
     * @param problem    what is wrong and how to fix it
     * @param cause      the underlying exception
     */
    public PlanJsonException(String sourceName, String jsonPath, LocalizedText problem, Throwable cause) {
        super(whole(sourceName, jsonPath, problem), cause);
        this.sourceName = sourceName;
        this.jsonPath = jsonPath;
        this.problem = problem;
    }

    private static LocalizedText whole(String sourceName, String jsonPath, LocalizedText problem) {
        return LocalizedText.of(Messages.PUBLISH, "planJson.at", Objects.requireNonNull(sourceName, "sourceName"),
                Objects.requireNonNull(jsonPath, "jsonPath"), Objects.requireNonNull(problem, "problem"));
    }

    /**
     * The input's name.
     *
     * @return the name, e.g. a file name
     */
    public String sourceName() {
        return sourceName;
    }

    /**
     * The JSON path of the offending value.
     *
     * @return the path, e.g. {@code $.items[3].uploads[0].sha256}
     */
    public String jsonPath() {
        return jsonPath;
    }

    /**
     * What is wrong and how to fix it, without the source name and JSON path.
     *
     * @return the text in every language
     */
    public LocalizedText problem() {
        return problem;
    }
}
