package ua.opendata.core.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The date a dataset was last updated, and which date that is. Timeliness is judged on when the
 * <em>data</em> changed, not on edits of the metadata.
 *
 * @param date  the date of the last update, in the publisher's zone
 * @param basis which recorded date it is
 */
public record UpdateEvidence(LocalDate date, Basis basis) {

    /** Which recorded date the evidence is. */
    public enum Basis {
        /** The latest {@code last_modified} of the dataset's resources on the portal. */
        RESOURCE_LAST_MODIFIED,
        /** The earliest {@code created} of the resources, when none has {@code last_modified}. */
        RESOURCE_CREATED,
        /** Passport element 9, the date and time of the last change. */
        PASSPORT_LAST_MODIFIED,
        /** Passport element 8, when the dataset has had no change since its first publication. */
        PASSPORT_FIRST_PUBLISHED
    }

    /**
     * Checks structure only.
     *
     * @param date  the date of the last update, in the publisher's zone
     * @param basis which recorded date it is
     */
    public UpdateEvidence {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * The evidence from a dataset's resources as a portal shows them, after the method of the
     * compliance studies: the latest {@code last_modified}, else the earliest {@code created}.
     *
     * @param lastModified the resources' {@code last_modified} instants (nulls ignored)
     * @param created      the resources' {@code created} instants (nulls ignored)
     * @param zone         the zone in which the date is taken (the portal's; Europe/Kyiv)
     * @return empty when no resource has either date
     */
    public static Optional<UpdateEvidence> fromResources(Collection<@Nullable Instant> lastModified,
                                                         Collection<@Nullable Instant> created, ZoneId zone) {
        Instant latest = lastModified.stream().filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        if (latest != null) {
            return Optional.of(new UpdateEvidence(latest.atZone(zone).toLocalDate(), Basis.RESOURCE_LAST_MODIFIED));
        }
        Instant earliest = created.stream().filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
        if (earliest != null) {
            return Optional.of(new UpdateEvidence(earliest.atZone(zone).toLocalDate(), Basis.RESOURCE_CREATED));
        }
        return Optional.empty();
    }
}
