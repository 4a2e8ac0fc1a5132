package ua.opendata.core.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanNotFoundException;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.internal.mapping.PortalKeys;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.PublishTarget;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.EntryPassports;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;

/** Compares a register with an organization's datasets on the portal. */
final class PlanEngine {

    private static final Logger LOG = LoggerFactory.getLogger(PlanEngine.class);

    private PlanEngine() {
    }

    /**
     * Makes the plan (reads only): {@code package_search} lists the organization's datasets, and each dataset
     * of the register found there is read again with {@code package_show}, whose {@code metadata_modified} is
     * the stamp apply compares (the search index may hold an older one).
     */
    static PublishPlan plan(CkanClient client, Register register,
                                   Map<String, Passport> passports, Map<String, Path> files, PublishOptions o,
                            @Nullable ValidationReport report) {
        PortalProfile profile = o.profile();
        List<String> owned = PortalKeys.ownedTopLevel(PortalProfile.dataGovUa().equals(profile));
        Map<String, CkanDataset> onPortal = onPortal(client, o.organization());
        LOG.debug("plan: {} datasets of {} on the portal, {} register entries", onPortal.size(), o.organization(),
                register.size());
        List<PlanItem> items = new ArrayList<>();
        Map<String, String> nameToId = new HashMap<>();
        Map<String, String> digests = new HashMap<>();
        int row = 0;
        for (RegisterEntry entry : register.entries()) {
            row++;
            String id = entry.identifier();
            if (id == null || id.isBlank()) {
                items.add(conflict(null, null, null, List.of(), List.of(),
                        PublishTexts.text("plan.noIdentifier", row)));
                continue;
            }
            Passport p = passports.getOrDefault(id, EntryPassports.toPassport(entry));
            List<Finding> blocking = report == null ? List.of() : report.findingsFor(id).stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            String name;
            try {
                name = PublishTarget.of(o.organization()).datasetName(p);
            } catch (IllegalArgumentException e) {
                items.add(conflict(null, id, p, List.of(), blocking, PublishTexts.text("plan.noName",
                        e.getMessage())));
                continue;
            }
            String other = nameToId.putIfAbsent(name, id);
            if (other != null) {
                items.add(conflict(name, id, p, List.of(), blocking,
                        PublishTexts.text("plan.sameName", other, id, name)));
                continue;
            }
            PublishTarget target = new PublishTarget(o.organization(), name, o.licenseId());
            List<MappingNote> notes = profile.cannotHold(p);
            CkanDataset found = onPortal.remove(name);
            // the search index lags writes (a write that changes nothing still moves metadata_modified in
            // package_show, not in package_search): the dataset to compare and the compare-and-swap stamp are
            // read with package_show, never taken from the search results
            CkanDataset current = found == null ? null : show(client, name);
            if (current == null) {
                CkanDataset elsewhere = show(client, name);
                if (elsewhere != null && !sameOrganization(elsewhere, o.organization())) {
                    items.add(taken(name, id, p, notes, blocking, elsewhere));
                    continue;
                }
                current = elsewhere; // ours but not found by the search (e.g. a draft): update it
            }
            List<MappingNote> refused = notes.stream().filter(n -> n.kind() == MappingNote.Kind.REFUSED).toList();
            if (!refused.isEmpty()) {
                items.add(refused(name, id, p, notes, blocking, refused));
                continue;
            }
            CkanDatasetWrite desired = current == null ? profile.toDataset(p, target)
                    : profile.toDataset(p, target, current);
            Map<String, @Nullable Distribution> wanted = PortalKeys.wanted(p);
            String structureUrl = p.structure() == null ? null : p.structure().url();
            Map<String, @Nullable String> after = OwnedView.of(desired, owned, wanted.keySet(), structureUrl);
            Map<String, @Nullable String> before = current == null ? Map.of()
                    : OwnedView.of(current.toWrite(), owned, wanted.keySet(), structureUrl);
            List<FieldChange> changes = OwnedView.diff(before, after);
            List<PlannedUpload> uploads = uploads(wanted.keySet(), id, files, digests, current);
            PlanAction action = current == null ? PlanAction.CREATE
                    : !changes.isEmpty() ? PlanAction.UPDATE
                    : !uploads.isEmpty() ? PlanAction.UPLOAD : PlanAction.UNCHANGED;
            items.add(new PlanItem(name, id, action, changes, uploads, notes, blocking, null, p, stamp(current)));
        }
        for (CkanDataset d : onPortal.values()) {
            items.add(portalOnly(d));
        }
        return new PublishPlan(o.organization(), profile, o.licenseId(), items);
    }

    /** The conflict of a dataset whose name another organization's dataset has. */
    private static PlanItem taken(String name, String id, Passport p, List<MappingNote> notes, List<Finding> blocking,
                                  CkanDataset elsewhere) {
        String owner = elsewhere.organization() == null ? String.valueOf(elsewhere.ownerOrg())
                : elsewhere.organization().name();
        return conflict(name, id, p, notes, blocking, PublishTexts.text("plan.nameTaken", name, owner));
    }

    /** The conflict of a dataset with values the portal would refuse, each named with its element. */
    private static PlanItem refused(String name, String id, Passport p, List<MappingNote> notes,
                                    List<Finding> blocking, List<MappingNote> refused) {
        StringBuilder uk = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (MappingNote n : refused) {
            uk.append(uk.length() == 0 ? "" : " ").append(n.element()).append(": ").append(n.message().uk());
            en.append(en.length() == 0 ? "" : " ").append(n.element()).append(": ").append(n.message().en());
        }
        return conflict(name, id, p, notes, blocking, new LocalizedText(uk.toString(), en.toString()));
    }

    /** The organization's datasets on the portal (private ones too), by name. */
    private static Map<String, CkanDataset> onPortal(CkanClient client, String organization) {
        Map<String, CkanDataset> onPortal = new LinkedHashMap<>();
        client.harvest(CkanSearchQuery.builder().fq("organization:" + organization).includePrivate(true).build())
                .forEach(d -> {
                    if (d.name() != null) {
                        onPortal.put(d.name(), d);
                    }
                });
        return onPortal;
    }

    /**
     * The files to upload for a dataset: each wanted resource with a local file (by its key, or by the
     * identifier when there is one resource) whose SHA-256 differs from the one the portal stores.
     */
    private static List<PlannedUpload> uploads(Set<String> wantedKeys, String id, Map<String, Path> files,
                                               Map<String, String> digests, @Nullable CkanDataset current) {
        List<PlannedUpload> uploads = new ArrayList<>();
        for (String key : wantedKeys) {
            Path file = files.get(key);
            if (file == null && wantedKeys.size() == 1) {
                file = files.get(id);
            }
            if (file == null) {
                continue;
            }
            String sha = digests.computeIfAbsent(file.toAbsolutePath().toString(), k -> FileDigest.sha256(Path.of(k)));
            String stored = current == null ? null : storedSha(current, key);
            if (!sha.equals(stored)) {
                uploads.add(new PlannedUpload(key, file, sha, stored));
            }
        }
        return uploads;
    }

    /** The item of a dataset the organization has on the portal but the register does not list. */
    private static PlanItem portalOnly(CkanDataset d) {
        return new PlanItem(d.name(), d.extra(PortalKeys.X_IDENTIFIER).orElse(null), PlanAction.PORTAL_ONLY,
                List.of(), List.of(), List.of(), List.of(), PublishTexts.text(
                "plan.portalOnly"), null, stamp(d));
    }

    /** The stored checksum of the resource for a distribution key, if any. */
    public static @Nullable String storedSha(CkanDataset d, String key) {
        CkanResource r = resourceFor(d, key);
        if (r == null) {
            return null;
        }
        JsonNode sha = r.other().get(PortalKeys.R_SHA256);
        return sha != null && sha.isTextual() ? sha.textValue() : null;
    }

    /** The resource that stands for a distribution key: by {@code r835_distribution}, else by link. */
    public static @Nullable CkanResource resourceFor(CkanDataset d, String key) {
        if (d.resources() == null) {
            return null;
        }
        for (CkanResource r : d.resources()) {
            JsonNode k = r.other().get(PortalKeys.R_DISTRIBUTION);
            if (k != null && key.equals(k.asText())) {
                return r;
            }
        }
        for (CkanResource r : d.resources()) {
            if (key.equals(r.url())) {
                return r;
            }
        }
        return null;
    }

    /**
     * {@code package_show} by name, or {@code null} when there is none or it is deleted (CKAN lets a new
     * dataset take a deleted dataset's name).
     */
    public static @Nullable CkanDataset show(CkanClient client, String name) {
        try {
            CkanDataset d = client.packageShow(name);
            return "deleted".equals(d.state()) ? null : d;
        } catch (CkanNotFoundException e) {
            return null;
        }
    }

    /** Whether the dataset belongs to the organization given by name or id. */
    public static boolean sameOrganization(CkanDataset d, String organization) {
        Set<String> refs = new HashSet<>();
        if (d.ownerOrg() != null) {
            refs.add(d.ownerOrg());
        }
        if (d.organization() != null) {
            if (d.organization().name() != null) {
                refs.add(d.organization().name());
            }
            if (d.organization().id() != null) {
                refs.add(d.organization().id());
            }
        }
        return refs.contains(organization);
    }

    private static PlanItem conflict(@Nullable String name, @Nullable String id, @Nullable Passport p,
                                     List<MappingNote> notes, List<Finding> blocking, LocalizedText reason) {
        return new PlanItem(name, id, PlanAction.CONFLICT, List.of(), List.of(), notes, blocking, reason, p, null);
    }

    /** The dataset's {@code metadata_modified} as the portal wrote it, or {@code null}. */
    public static @Nullable String stamp(@Nullable CkanDataset d) {
        return d == null || d.metadataModified() == null ? null : d.metadataModified().raw();
    }
}
