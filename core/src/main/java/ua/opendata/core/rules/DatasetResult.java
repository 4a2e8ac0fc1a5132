package ua.opendata.core.rules;

import org.jspecify.annotations.Nullable;
import ua.opendata.passport.EntryStatus;

/**
 * The verdict on one dataset (one register entry, with its passport when given).
 *
 * @param index      the entry's position in the register, from 0
 * @param identifier the dataset identifier; {@code null} when the entry has none
 * @param title      the dataset title; {@code null} when the entry has none
 * @param status     the entry's status; {@code null} when not stated
 * @param errors     the number of ERROR findings
 * @param warnings   the number of WARNING findings
 * @param infos      the number of INFO findings
 * @param timeliness the timeliness verdict; {@code null} when no update date was given for the dataset
 * @param responsible who answers for the dataset: the register's responsible person, else its
 *                    contact point; {@code null} when neither is named
 */
public record DatasetResult(int index, @Nullable String identifier, @Nullable String title,
                            @Nullable EntryStatus status, int errors, int warnings, int infos,
                            @Nullable TimelinessVerdict timeliness, @Nullable String responsible) {

    /**
     * {@return whether the dataset meets the recommendations: no ERROR finding, and, when judged as of a
     * past day, a state on that day that the data shows (not {@link TimelinessStatus#CHANGED_AFTER_AS_OF}
     * nor {@link TimelinessStatus#CREATED_AFTER_AS_OF}: an unknown or not-yet-existing state is not counted
     * as compliance)}
     */
    public boolean passed() {
        return errors == 0 && (timeliness == null || !timeliness.status().afterAsOf());
    }
}
