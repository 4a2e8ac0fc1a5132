package ua.opendata.core.audit;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.probe.ResourceCheck;
import ua.opendata.core.probe.ResourceProbe;
import ua.opendata.core.probe.ResourceProblem;
import ua.opendata.core.probe.ResourceTarget;
import ua.opendata.core.rules.Severity;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.Passport;

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
 * <p><b>Structure.</b> The content check of a CSV runs against the dataset's structure when one is
 * known locally: {@link #of(ResourceProbe, PortalProfile, Map)} takes structures keyed by passport
 * identifier (e.g. from the register's passports, element 14 with its fields), and a portal dataset is
 * matched by the identifier its profile reads from it ({@link PortalProfile#fromDataset}). The structure
 * file published on the portal is not downloaded and parsed: the probe does not hand out file bodies, and
 * a second fetcher would need its own address filtering. Without a known structure (or for the
 * structure resource itself) a CSV is checked for being a well-formed table only (header, row widths,
 * encoding, size).
 *
 * <p>Thread-safe as the probe is. The probe is not closed by this class: its owner closes it after the
 * audit.
 */
public final class AuditProbeCheck implements AuditResourceCheck {

    private final ResourceProbe probe;
    private final @Nullable PortalProfile profile;
    private final Map<String, DataStructure> structures;
    /** Per dataset (id, else name): its identifier and structure link as the profile reads them. */
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(@Nullable String identifier, @Nullable String structureUrl) {
    }

    private AuditProbeCheck(ResourceProbe probe, @Nullable PortalProfile profile, Map<String, DataStructure> structures) {
        this.probe = Objects.requireNonNull(probe, "probe");
        this.profile = profile;
        this.structures = Map.copyOf(structures);
    }

    /**
     * A check that asks {@code probe}.
     *
     * @param probe the probe to follow links with; its owner closes it
     * @return the check
     */
    public static AuditProbeCheck of(ResourceProbe probe) {
        return new AuditProbeCheck(probe, null, Map.of());
    }

    /**
     * A check that asks {@code probe} and checks a CSV against its dataset's structure when
     * {@code structuresById} holds one for the dataset's identifier as {@code profile} reads it.
     *
     * @param probe          the probe to follow links with; its owner closes it
     * @param profile        how to read a dataset's identifier and structure link (the audit's profile)
     * @param structuresById structures by passport identifier; only those with fields matter
     * @return the check
     */
    public static AuditProbeCheck of(ResourceProbe probe, PortalProfile profile,
                                     Map<String, DataStructure> structuresById) {
        Objects.requireNonNull(profile, "profile");
        Map<String, DataStructure> withFields = new java.util.HashMap<>();
        structuresById.forEach((id, s) -> {
            if (!s.fields().isEmpty()) {
                withFields.put(id, s);
            }
        });
        return new AuditProbeCheck(probe, profile, withFields);
    }

    /**
     * The structures of those of {@code passports} that declare structure fields, by identifier: the
     * argument {@link #of(ResourceProbe, PortalProfile, Map)} takes.
     *
     * @param passportsById passports by identifier, e.g. those read with a register
     * @return their structures with fields, by identifier
     */
    public static Map<String, DataStructure> structuresOf(Map<String, Passport> passportsById) {
        Map<String, DataStructure> out = new java.util.HashMap<>();
        passportsById.forEach((id, p) -> {
            DataStructure s = p.structure();
            if (s != null && !s.fields().isEmpty()) {
                out.put(id, s);
            }
        });
        return Map.copyOf(out);
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
        return status(probe.check(target(dataset, resource)));
    }

    /**
     * The target the probe checks for {@code resource}: its link, declared format and id, and the
     * dataset's structure when one is known and the resource is not the structure file itself.
     */
    ResourceTarget target(CkanDataset dataset, CkanResource resource) {
        String url = Objects.requireNonNull(resource.url(), "url").strip();
        String format = resource.format();
        ResourceTarget plain = ResourceTarget.of(url, format == null || format.isBlank() ? null : format)
                .withId(resource.id());
        PortalProfile p = profile;
        if (p == null || structures.isEmpty()) {
            return plain;
        }
        String key = dataset.id() != null ? dataset.id() : dataset.name();
        Known k = key == null ? read(p, dataset) : known.computeIfAbsent(key, x -> read(p, dataset));
        DataStructure structure = k.identifier() == null ? null : structures.get(k.identifier());
        if (structure == null || url.equals(k.structureUrl())) {
            return plain;
        }
        return new ResourceTarget(url, plain.format(), structure, resource.id());
    }

    private static Known read(PortalProfile profile, CkanDataset dataset) {
        Passport passport = profile.fromDataset(dataset).passport();
        DataStructure s = passport.structure();
        return new Known(passport.identifier(), s == null ? null : s.url());
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
