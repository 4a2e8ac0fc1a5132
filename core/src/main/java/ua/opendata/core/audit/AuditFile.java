package ua.opendata.core.audit;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One resource of a dataset as the portal shows it. Timestamps are instants: CKAN writes them without
 * a zone, and they were read in the client's zone ({@link ua.opendata.ckan.CkanClient#zone()}).
 *
 * @param id           the resource id; {@code null} when the portal gives none
 * @param name         the resource name; {@code null} when absent
 * @param url          the link to the file; {@code null} when absent
 * @param format       the declared format, as the portal writes it (dirty values kept); {@code null} when absent
 * @param size         the declared size in bytes; {@code null} when absent
 * @param lastModified when the file last changed ({@code last_modified}); {@code null} when absent
 * @param created      when the resource was created ({@code created}); {@code null} when absent
 * @param status       what the file check found; {@link AuditFileStatus#NOT_CHECKED} without a check
 */
public record AuditFile(@Nullable String id, @Nullable String name, @Nullable String url, @Nullable String format,
                        @Nullable Long size, @Nullable Instant lastModified, @Nullable Instant created,
                        AuditFileStatus status) {

    /**
     * Checks structure only.
     *
     * @param id           the resource id; {@code null} when the portal gives none
     * @param name         the resource name; {@code null} when absent
     * @param url          the link to the file; {@code null} when absent
     * @param format       the declared format, as the portal writes it (dirty values kept); {@code null} when
     *                     absent
     * @param size         the declared size in bytes; {@code null} when absent
     * @param lastModified when the file last changed ({@code last_modified}); {@code null} when absent
     * @param created      when the resource was created ({@code created}); {@code null} when absent
     * @param status       what the file check found; {@link AuditFileStatus#NOT_CHECKED} without a check
     */
    public AuditFile {
        Objects.requireNonNull(status, "status");
    }
}
