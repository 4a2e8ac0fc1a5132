package ua.opendata.core.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.ProfileDetection;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.ValidationReport;

/**
 * What an audit of a publisher on a portal found. Immutable.
 *
 * @param pageBase     the base of the dataset page links ({@link AuditOptions#datasetPageBase()})
 * @param organization the audited organization's name; {@code null} when the whole portal was audited
 * @param profile      the profile's name, e.g. {@code data.gov.ua}
 * @param report       the rulebook's report on the register of what the portal shows (one entry per dataset,
 *                     status published, identifiers as in {@link AuditDataset#identifier()}); timeliness is
 *                     judged on the resources' dates ({@link AuditDataset#evidence()}), never on
 *                     {@code metadata_modified}
 * @param datasets     the portal facts per dataset, in report order
 * @param comparison   the differences from the register, MISSING first (register order), then DIFFERENT
 *                     (register order, fields in a fixed order), then EXTRA (portal order); empty when no
 *                     register was given or nothing differs
 * @param compared     whether a register was given and compared
 * @param notes        notes on the audit itself (e.g. identifiers shared by several portal datasets)
 * @param profileSource how {@code profile} was chosen: given, or detected from the portal
 * @param portalFindings findings about the portal rather than the dataset, kept out of {@code report} (so out
 *                     of the verdicts and the KPI): for a dataset of the register, findings on elements its
 *                     passport has but the profile cannot hold or would refuse, as publishing reported them
 *                     ({@link PortalProfile#cannotHold}), e.g. data.gov.ua keeps a format list only as its
 *                     resources' formats, and a dataset link only as its first resource
 */
public record AuditResult(String pageBase, @Nullable String organization, String profile, ValidationReport report,
                          List<AuditDataset> datasets, List<AuditDifference> comparison, boolean compared,
                          List<MappingNote> notes, ProfileDetection.Source profileSource,
                          List<Finding> portalFindings) {

    /**
     * Copies the lists.
     *
     * @param pageBase       the base of the dataset page links ({@link AuditOptions#datasetPageBase()})
     * @param organization   the audited organization's name; {@code null} when the whole portal was audited
     * @param profile        the profile's name, e.g. {@code data.gov.ua}
     * @param report         the rulebook's report on the register of what the portal shows (one entry per
     *                       dataset, status published, identifiers as in {@link AuditDataset#identifier()});
     *                       timeliness is judged on the resources' dates ({@link AuditDataset#evidence()}),
     *                       never on {@code metadata_modified}
     * @param datasets       the portal facts per dataset, in report order
     * @param comparison     the differences from the register, MISSING first (register order), then DIFFERENT
     *                       (register order, fields in a fixed order), then EXTRA (portal order); empty when
     *                       no register was given or nothing differs
     * @param compared       whether a register was given and compared
     * @param notes          notes on the audit itself (e.g. identifiers shared by several portal datasets)
     * @param profileSource  how {@code profile} was chosen: given, or detected from the portal
     * @param portalFindings findings about the portal rather than the dataset, kept out of {@code report} (so
     *                       out of the verdicts and the KPI): for a dataset of the register, findings on
     *                       elements its passport has but the profile cannot hold or would refuse, as
     *                       publishing reported them ({@link PortalProfile#cannotHold}), e.g. data.gov.ua
     *                       keeps a format list only as its resources' formats, and a dataset link only as
     *                       its first resource
     */
    public AuditResult {
        Objects.requireNonNull(pageBase, "pageBase");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(report, "report");
        datasets = List.copyOf(datasets);
        comparison = List.copyOf(comparison);
        notes = List.copyOf(notes);
        Objects.requireNonNull(profileSource, "profileSource");
        portalFindings = List.copyOf(portalFindings);
    }

    /**
     * The differences of one kind.
     *
     * @param kind the kind wanted
     * @return the differences of that kind, in the order of {@link #comparison()}; empty when there are none
     */
    public List<AuditDifference> differences(AuditDifference.Kind kind) {
        return comparison.stream().filter(d -> d.kind() == kind).toList();
    }

    /**
     * The dataset with the given name.
     *
     * @param name the dataset's {@code name} (URL slug), compared exactly
     * @return the first audited dataset with that name; empty when none has it
     */
    public Optional<AuditDataset> dataset(String name) {
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * The rulebook's verdict on one of this result's datasets.
     *
     * @param dataset one of {@link #datasets()} (the same instance: its report entry is the one at the same
     *                position); another dataset is matched by {@link AuditDataset#identifier()}
     * @return the report entry; empty when no entry has the dataset's position or identifier
     */
    public Optional<DatasetResult> verdict(AuditDataset dataset) {
        for (int i = 0; i < datasets.size() && i < report.datasets().size(); i++) {
            if (datasets.get(i) == dataset) {
                return Optional.of(report.datasets().get(i));
            }
        }
        return report.datasets().stream().filter(r -> dataset.identifier().equals(r.identifier())).findFirst();
    }

    /** {@return the number of resources over all datasets} */
    public int fileCount() {
        return datasets.stream().mapToInt(d -> d.files().size()).sum();
    }
}
