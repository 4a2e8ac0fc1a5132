package ua.opendata.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.rules.UpdateEvidence;

/**
 * What the portal shows of one dataset, as the audit saw it.
 *
 * @param identifier       the identifier under which the dataset is in the audit's report: the
 *                         {@code r835_identifier} extra, else the dataset name
 * @param name             the dataset's {@code name} (URL slug)
 * @param id               the dataset's id; {@code null} when the portal gives none
 * @param title            the title; {@code null} when absent
 * @param pageUrl          the dataset's page on the portal ({@link AuditOptions#datasetPageBase()} + name)
 * @param organization     the owning organization's name; {@code null} when absent
 * @param metadataModified when the metadata last changed ({@code metadata_modified}); shown, never used for
 *                         timeliness; {@code null} when absent
 * @param files            the resources, in portal order
 * @param evidence         the date timeliness was judged on, from the resources' {@code last_modified} (else
 *                         {@code created}); {@code null} when no resource has either date, and the dataset's
 *                         timeliness is then not checkable
 * @param notes            what the profile could not read as such (e.g. an unrecognised update frequency)
 */
public record AuditDataset(String identifier, String name, @Nullable String id, @Nullable String title,
                           String pageUrl, @Nullable String organization, @Nullable Instant metadataModified,
                           List<AuditFile> files, @Nullable UpdateEvidence evidence, List<MappingNote> notes) {

    /**
     * Copies the lists.
     *
     * @param identifier       the identifier under which the dataset is in the audit's report: the {@code
     *                         r835_identifier} extra, else the dataset name
     * @param name             the dataset's {@code name} (URL slug)
     * @param id               the dataset's id; {@code null} when the portal gives none
     * @param title            the title; {@code null} when absent
     * @param pageUrl          the dataset's page on the portal ({@link AuditOptions#datasetPageBase()} +
     *                         name)
     * @param organization     the owning organization's name; {@code null} when absent
     * @param metadataModified when the metadata last changed ({@code metadata_modified}); shown, never used
     *                         for timeliness; {@code null} when absent
     * @param files            the resources, in portal order
     * @param evidence         the date timeliness was judged on, from the resources' {@code last_modified}
     *                         (else {@code created}); {@code null} when no resource has either date, and the
     *                         dataset's timeliness is then not checkable
     * @param notes            what the profile could not read as such (e.g. an unrecognised update frequency)
     */
    public AuditDataset {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pageUrl, "pageUrl");
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }
}
