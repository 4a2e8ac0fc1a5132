package ua.opendata.core.content;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.rules.Severity;

/**
 * One problem in a file's content.
 *
 * @param row      the physical line where the record starts (1 is the header); 0 for the whole file
 * @param column   the 1-based column; 0 for the whole row or file
 * @param header   the column's name; {@code null} when not known
 * @param code     a stable code, e.g. {@code CONTENT-DATE}
 * @param severity how much it matters
 * @param message  what is wrong
 * @param fix      how to fix it
 * @param excerpt  the offending value, at most 80 characters; {@code null} when none
 */
public record ContentProblem(long row, int column, @Nullable String header, String code, Severity severity,
                             LocalizedText message, LocalizedText fix, @Nullable String excerpt) {
    /** Checks structure only. */
    public ContentProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }
}
