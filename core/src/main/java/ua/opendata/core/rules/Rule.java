package ua.opendata.core.rules;

import java.util.Objects;
import ua.opendata.core.LocalizedText;

/**
 * One checkable requirement of Resolution No. 835 or of the Ministry's recommendations.
 *
 * @param id          the stable id, e.g. {@code R835-TITLE-LENGTH}; never reused for another meaning
 * @param severity    the default severity (a {@link RulebookConfig} can change it)
 * @param scope       what the rule looks at
 * @param source      where the requirement comes from, and how sure that source is
 * @param description what the rule checks
 * @param message     the message pattern of a finding ({@link java.text.MessageFormat} syntax)
 * @param fix         how to fix a finding
 */
public record Rule(String id, Severity severity, Scope scope, RuleSource source, LocalizedText description,
                   LocalizedText message, LocalizedText fix) {

    /** What a rule looks at. */
    public enum Scope {
        /** One register entry or passport, element by element. */
        DATASET,
        /** The register as a whole: uniqueness, annex completeness, mandatory datasets. */
        REGISTER
    }

    /** Checks structure only. */
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }
}
