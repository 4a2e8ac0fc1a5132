package ua.opendata.core.rules;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.passport.SourceLocation;

/**
 * One thing the rulebook found: which rule, how severe, where, and what to do about it.
 *
 * @param ruleId    the id of the rule that produced it
 * @param severity  the severity in force (after configuration)
 * @param datasetId the identifier of the dataset concerned; {@code null} for register-level findings
 *                  and for an entry without an identifier
 * @param path      where in the dataset or register, e.g. {@code title}, {@code publisher.edrpou},
 *                  {@code distributions[1].url}, {@code annex/local-self-government:20}
 * @param message   what is wrong
 * @param fix       how to fix it
 * @param excerpt   an excerpt of the offending value (at most 120 characters); {@code null} when
 *                  there is no value
 * @param location  where the clerk fixes it in the file the register (or passport) was read from:
 *                  {@code register.csv:17:3}, {@code register.xlsx:Sheet1!C17}, {@code d-1.json};
 *                  {@code null} when the data did not come from a file (see {@link ValidationSources})
 */
public record Finding(String ruleId, Severity severity, @Nullable String datasetId, String path,
                      LocalizedText message, LocalizedText fix, @Nullable String excerpt,
                      @Nullable SourceLocation location) {

    /**
     * Checks structure only.
     *
     * @param ruleId    the id of the rule that produced it
     * @param severity  the severity in force (after configuration)
     * @param datasetId the identifier of the dataset concerned; {@code null} for register-level findings and
     *                  for an entry without an identifier
     * @param path      where in the dataset or register, e.g. {@code title}, {@code publisher.edrpou}, {@code
     *                  distributions[1].url}, {@code annex/local-self-government:20}
     * @param message   what is wrong
     * @param fix       how to fix it
     * @param excerpt   an excerpt of the offending value (at most 120 characters); {@code null} when there is
     *                  no value
     * @param location  where in the source file; {@code null} when not known
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /**
     * A finding with no location in a file.
     *
     * @param ruleId    the id of the rule that produced it
     * @param severity  the severity in force (after configuration)
     * @param datasetId the identifier of the dataset concerned; {@code null} for register-level findings and
     *                  for an entry without an identifier
     * @param path      where in the dataset or register
     * @param message   what is wrong
     * @param fix       how to fix it
     * @param excerpt   an excerpt of the offending value; {@code null} when there is no value
     */
    public Finding(String ruleId, Severity severity, @Nullable String datasetId, String path,
                   LocalizedText message, LocalizedText fix, @Nullable String excerpt) {
        this(ruleId, severity, datasetId, path, message, fix, excerpt, null);
    }

    /**
     * {@return the message in the given language, followed by the fix}
     *
     * @param locale Ukrainian for the Ukrainian texts, any other for the English
     */
    public String describe(Locale locale) {
        return message.get(locale) + " " + fix.get(locale);
    }
}
