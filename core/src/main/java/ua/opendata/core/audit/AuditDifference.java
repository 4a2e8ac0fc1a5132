package ua.opendata.core.audit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One difference between the register and the portal.
 *
 * @param kind          what differs
 * @param identifier    the register identifier (for {@link Kind#MISSING} and {@link Kind#DIFFERENT}) or the
 *                      audit identifier of the portal dataset (for {@link Kind#EXTRA}); {@code null} for a
 *                      register entry without one
 * @param datasetName   the portal dataset's name; {@code null} for {@link Kind#MISSING}
 * @param matchedBy     how the entry and the dataset were matched; {@code null} unless {@link Kind#DIFFERENT}
 * @param field         the register column that differs ({@code title}, {@code description}, {@code purpose},
 *                      {@code accrualPeriodicity}, {@code keywords}, {@code distributionFormats},
 *                      {@code contactPoint.fullName}, {@code contactPoint.email}); {@code null} unless
 *                      {@link Kind#DIFFERENT}
 * @param registerValue the register's value as text; {@code null} when absent or not applicable
 * @param portalValue   the portal's value as text; {@code null} when absent or not applicable
 */
public record AuditDifference(Kind kind, @Nullable String identifier, @Nullable String datasetName,
                              @Nullable MatchedBy matchedBy, @Nullable String field, @Nullable String registerValue,
                              @Nullable String portalValue) {

    /** What differs. */
    public enum Kind {
        /** In the register (published or without a status) but not on the portal. */
        MISSING,
        /** On the portal but not in the register. */
        EXTRA,
        /** In both, with a metadata field that differs. */
        DIFFERENT
    }

    /** How a register entry was matched with a portal dataset, in the order tried. */
    public enum MatchedBy {
        /** The dataset's {@code r835_identifier} extra equals the entry's identifier. */
        IDENTIFIER,
        /** The entry's landing page is the dataset's page (same last path segment). */
        LANDING_PAGE,
        /** The dataset's name equals the entry's identifier or the name derived from it. */
        NAME
    }

    /**
     * Checks structure only.
     *
     * @param kind          what differs
     * @param identifier    the register identifier (for {@link Kind#MISSING} and {@link Kind#DIFFERENT}) or
     *                      the audit identifier of the portal dataset (for {@link Kind#EXTRA}); {@code null}
     *                      for a register entry without one
     * @param datasetName   the portal dataset's name; {@code null} for {@link Kind#MISSING}
     * @param matchedBy     how the entry and the dataset were matched; {@code null} unless {@link
     *                      Kind#DIFFERENT}
     * @param field         the register column that differs ({@code title}, {@code description}, {@code
     *                      purpose}, {@code accrualPeriodicity}, {@code keywords}, {@code
     *                      distributionFormats}, {@code contactPoint.fullName}, {@code contactPoint.email});
     *                      {@code null} unless {@link Kind#DIFFERENT}
     * @param registerValue the register's value as text; {@code null} when absent or not applicable
     * @param portalValue   the portal's value as text; {@code null} when absent or not applicable
     */
    public AuditDifference {
        Objects.requireNonNull(kind, "kind");
    }
}
