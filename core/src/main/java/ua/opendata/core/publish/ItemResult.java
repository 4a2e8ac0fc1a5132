package ua.opendata.core.publish;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;

/**
 * What applying a plan did with one dataset.
 *
 * @param name    the dataset's name, or {@code null} when none
 * @param action  the planned action
 * @param outcome the outcome
 * @param message what happened, in Ukrainian and English (for failures: the CKAN action and field errors)
 * @param calls   the CKAN write actions called, in order (e.g. {@code package_create}, {@code resource_patch})
 */
public record ItemResult(@Nullable String name, PlanAction action, Outcome outcome, LocalizedText message,
                         List<String> calls) {

    /** The outcome of one dataset. */
    public enum Outcome {
        /** Written. */
        DONE,
        /** Nothing to write (unchanged, only on the portal, a conflict found when planning, or a dry run). */
        SKIPPED,
        /** Not written because of the rulebook's ERROR findings (apply with force to override). */
        BLOCKED,
        /** A call failed; the message says which and why. */
        FAILED,
        /**
         * Not written because the dataset changed on the portal after the plan was made (its
         * {@code metadata_modified} is not the plan's, or a dataset to create appeared); the message says what
         * changed. Make the plan again.
         */
        CONFLICT
    }

    /**
     * Copies the calls.
     *
     * @param name    the dataset's name, or {@code null} when none
     * @param action  the planned action
     * @param outcome the outcome
     * @param message what happened, in Ukrainian and English (for failures: the CKAN action and field errors)
     * @param calls   the CKAN write actions called, in order (e.g. {@code package_create}, {@code
     *                resource_patch})
     */
    public ItemResult {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        calls = List.copyOf(calls);
    }
}
