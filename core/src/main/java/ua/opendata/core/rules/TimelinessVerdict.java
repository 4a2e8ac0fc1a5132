package ua.opendata.core.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;

/**
 * When a dataset was last updated, when it is due, and whether it is late.
 *
 * @param status          the verdict
 * @param evidence        the last-update date and which date it is; {@code null} when none is known
 * @param dueDate         the last day on which an update is on time; {@code null} when there is none
 * @param daysSinceUpdate calendar days from the last update to the reference date; -1 when unknown
 * @param daysLate        days past the due date; 0 unless {@link TimelinessStatus#LATE}
 * @param reason          why there is no verdict, for {@link TimelinessStatus#NOT_CHECKABLE}; else {@code null}
 */
public record TimelinessVerdict(TimelinessStatus status, @Nullable UpdateEvidence evidence,
                                @Nullable LocalDate dueDate, long daysSinceUpdate, long daysLate,
                                @Nullable LocalizedText reason) {
    /** Checks structure only. */
    public TimelinessVerdict {
        Objects.requireNonNull(status, "status");
    }
}
