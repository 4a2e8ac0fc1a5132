package ua.opendata.core.audit;

import java.util.Objects;

/**
 * How far an audit is, as given to {@link AuditOptions.Builder#progress}.
 *
 * @param stage the stage
 * @param done  items done in the stage (datasets harvested, files checked, …)
 * @param total the items of the stage when known, else -1
 */
public record AuditProgress(Stage stage, int done, int total) {

    /** The stages of an audit, in order. */
    public enum Stage {
        /** Reading the datasets from the portal. */
        HARVEST,
        /**
         * Checking the files behind the resources (only with a {@link AuditResourceCheck}). The checks start while
         * the harvest goes on, so this stage may begin with some already done.
         */
        CHECK_FILES,
        /** Validating with the rulebook. */
        VALIDATE,
        /** Comparing with the register (only when one is given). */
        COMPARE,
        /** Finished. */
        DONE
    }

    /**
     * Checks structure only.
     *
     * @param stage the stage
     * @param done  items done in the stage (datasets harvested, files checked, …)
     * @param total the items of the stage when known, else -1
     */
    public AuditProgress {
        Objects.requireNonNull(stage, "stage");
    }
}
