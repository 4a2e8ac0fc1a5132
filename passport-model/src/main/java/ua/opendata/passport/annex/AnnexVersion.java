package ua.opendata.passport.annex;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which transcription of the annex a catalogue holds, and when it applies.
 *
 * @param id            a short version id, e.g. {@code 2024-10}
 * @param effectiveFrom the first day the transcription applies
 * @param effectiveTo   the last day it applies; {@code null} while it is current
 * @param source        where the text comes from, for people
 */
public record AnnexVersion(String id, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, String source) {

    /**
     * Checks that the period is not reversed.
     *
     * @param id a short version id, e.g. {@code 2024-10}
     * @param effectiveFrom the first day the transcription applies
     * @param effectiveTo the last day it applies; {@code null} while it is current
     * @param source where the text comes from, for people
     */
    public AnnexVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(source, "source");
        if (id.isBlank()) {
            throw new IllegalArgumentException("the annex version id is blank; give a short id such as 2024-10");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("annex version " + id + ": effectiveTo " + effectiveTo
                    + " is before effectiveFrom " + effectiveFrom + "; swap or correct the dates");
        }
    }

    /**
     * Whether the transcription applies on {@code date}.
     *
     * @param date the day to check
     * @return {@code true} when the date falls within the transcription's period
     */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
