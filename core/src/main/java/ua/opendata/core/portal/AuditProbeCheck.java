package ua.opendata.core.portal;

import java.util.Objects;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.core.rules.LocalizedText;
import ua.opendata.core.rules.Severity;

/**
 * The file check of an audit done by a {@link ResourceProbe}: each resource's link is followed, the
 * file's real format and encoding are told from its bytes, and a CSV is streamed through the content
 * check, all with the probe's limits, politeness and address filtering.
 *
 * <p><b>Mapping.</b> A resource becomes a {@link ResourceTarget} with its link, its declared format
 * (as published, dirty values included) and its CKAN id. The probe's {@link ResourceCheck} becomes:
 * {@link AuditFileStatus.State#FAILED} when it found an {@link Severity#ERROR} problem (a dead link,
 * a web page instead of data, a format that contradicts the declared one, a broken CSV);
 * {@link AuditFileStatus.State#WARNING} when its worst problem is a warning (e.g. a Windows-1251 file);
 * {@link AuditFileStatus.State#OK} otherwise. The detail is the message, in Ukrainian and English, of
 * the first problem of the severity that decided. A resource without a link is FAILED without a request.
 *
 * <p><b>Structure.</b> No structure is passed to the probe: a CSV is checked for being a well-formed
 * table (header, row widths, encoding, size), not against the dataset's structure file. The probe does
 * not hand out file bodies, so reading the structure resource's fields would need a second, separate
 * fetcher with its own address filtering; until then the structure resource is checked as an ordinary
 * file like any other.
 *
 * <p>Thread-safe as the probe is. The probe is not closed by this class: its owner closes it after the
 * audit.
 */
public final class AuditProbeCheck implements AuditResourceCheck {

    private final ResourceProbe probe;

    private AuditProbeCheck(ResourceProbe probe) {
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    /**
     * A check that asks {@code probe}.
     *
     * @param probe the probe to follow links with; its owner closes it
     * @return the check
     */
    public static AuditProbeCheck of(ResourceProbe probe) {
        return new AuditProbeCheck(probe);
    }

    /** Checks the file behind {@code resource} with the probe. Never throws for what the link or server does. */
    @Override
    public AuditFileStatus check(CkanDataset dataset, CkanResource resource) {
        String url = resource.url();
        if (url == null || url.isBlank()) {
            return new AuditFileStatus(AuditFileStatus.State.FAILED, new LocalizedText(
                    "У ресурсу немає посилання на файл: додайте посилання або завантажте файл.",
                    "The resource has no link to a file: add the link or upload the file."));
        }
        return status(probe.check(target(resource)));
    }

    /** The target the probe checks for {@code resource}: its link, declared format and id, no structure. */
    static ResourceTarget target(CkanResource resource) {
        String format = resource.format();
        return ResourceTarget.of(Objects.requireNonNull(resource.url(), "url").strip(),
                format == null || format.isBlank() ? null : format).withId(resource.id());
    }

    /**
     * The audit's verdict on one probe result.
     *
     * @param check what the probe found
     * @return FAILED on an ERROR problem, WARNING on a WARNING problem, OK otherwise (INFO problems
     *         alone do not lower the verdict); the detail is the first problem of that severity
     */
    public static AuditFileStatus status(ResourceCheck check) {
        for (ResourceProblem p : check.problems()) {
            if (p.severity() == Severity.ERROR) {
                return new AuditFileStatus(AuditFileStatus.State.FAILED, p.message());
            }
        }
        for (ResourceProblem p : check.problems()) {
            if (p.severity() == Severity.WARNING) {
                return new AuditFileStatus(AuditFileStatus.State.WARNING, p.message());
            }
        }
        return new AuditFileStatus(AuditFileStatus.State.OK, null);
    }
}
