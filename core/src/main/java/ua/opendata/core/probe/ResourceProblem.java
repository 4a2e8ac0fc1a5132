package ua.opendata.core.probe;

import java.util.Objects;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.rules.Severity;

/**
 * One problem with a resource's link or file.
 *
 * @param code     a stable code, e.g. {@code RES-UNREACHABLE}, {@code RES-FORMAT-MISMATCH}
 * @param severity how much it matters
 * @param message  what is wrong, in Ukrainian and English
 * @param fix      how to fix it, in Ukrainian and English
 */
public record ResourceProblem(String code, Severity severity, LocalizedText message, LocalizedText fix) {
    /**
     * Checks structure only.
     *
     * @param code     a stable code, e.g. {@code RES-UNREACHABLE}, {@code RES-FORMAT-MISMATCH}
     * @param severity how much it matters
     * @param message  what is wrong, in Ukrainian and English
     * @param fix      how to fix it, in Ukrainian and English
     */
    public ResourceProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }
}
