package ua.opendata.core.audit;

import java.util.Objects;
import ua.opendata.ckan.CkanClient;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.ProfileDetection;

/**
 * The audit workflow: what a publisher's datasets look like on a portal, checked against Resolution
 * No. 835 and, when given, compared with the register.
 *
 * <ol>
 *   <li>Uses the profile given, else detects it ({@link #detectProfile}); the result says which, and how
 *       ({@link AuditResult#profileSource()}).</li>
 *   <li>Harvests every dataset of the organization (or of the portal) with {@link CkanClient#harvest}.</li>
 *   <li>Reads each with the profile ({@link PortalProfile#fromDataset}) and builds a register of what the portal
 *       shows: one entry per dataset, status published, its page link (on the audited portal unless
 *       {@link AuditOptions#datasetPageBase()} says otherwise) as landing page; the identifier is the
 *       {@code r835_identifier} extra, else the dataset name. What the portal keeps on the organization is read
 *       with {@code organization_show} once per organization: its EDRPOU code (extra {@code edrpou}) stands for
 *       the publisher's code of every dataset of the organization that has none of its own. Matched register
 *       entries lend their internal columns {@code annexDataset} and {@code responsiblePerson}; the register's
 *       entries not on the portal that stand for an annex dataset while planned or restricted count in the
 *       annex coverage as the register says (they get no verdict).</li>
 *   <li>Validates that register and its passports with the rulebook, as deep as the register goes: a dataset
 *       of the register is checked on its passport only when the register has one for it (as {@code validate}
 *       does), a dataset not in the register always. Findings on elements the profile cannot hold for a
 *       register dataset are about the portal: they are listed apart ({@link AuditResult#portalFindings()}) and
 *       count in no verdict. Timeliness is judged on the resources'
 *       {@code last_modified}, else {@code created} ({@link ua.opendata.core.rules.UpdateEvidence#fromResources},
 *       in the rulebook's zone, from instants read in the client's zone). A dataset with no resource dates is
 *       <em>not checkable</em>: {@code metadata_modified} changes with any edit of the metadata and is never
 *       taken as the date of the data.</li>
 *   <li>Checks each resource with the {@link AuditResourceCheck} when one is given.</li>
 *   <li>Compares with the register when given: MISSING, EXTRA, and metadata that differs per field, matched by
 *       the {@code r835_identifier} extra, else the landing page, else the dataset name.</li>
 * </ol>
 *
 * <p>Memory: the harvest is streamed. Each dataset is read into what the report needs (its summary row with its
 * files, the passport read from it, its update date) as it arrives, and its tree is dropped as soon as its files
 * are checked; file checks run while the harvest goes on, and at most four per check thread wait or run at
 * once, so slow checks hold back the harvest rather than letting trees pile up. A whole portal of 10,000
 * datasets is audited in a 128 MB heap (see {@code core/BENCHMARKS.md}). What stays in memory is one row and one
 * passport per dataset until the rulebook has run (it judges the register as a whole), then the rows, the report
 * and the comparison. An {@link AuditListener} ({@link AuditOptions.Builder#listener}) receives each row as soon
 * as it is ready and each verdict after validation.
 *
 * <p>Reads only. Errors of the client ({@link ua.opendata.ckan.CkanException}) propagate: an audit with a
 * partial harvest would report datasets as missing that are not.
 */
public final class PortalAudit {

    private final CkanClient client;

    private PortalAudit(CkanClient client) {
        this.client = client;
    }

    /**
     * An audit working through a portal client.
     *
     * @param client the portal client (its zone reads the portal's zone-less timestamps)
     * @return the audit; it never closes the client
     */
    public static PortalAudit create(CkanClient client) {
        return new PortalAudit(Objects.requireNonNull(client, "client"));
    }

    /**
     * Tells which profile the portal's datasets follow: asks {@code scheming_dataset_schema_show} whether the
     * dataset schema has data.gov.ua's fields ({@code purpose_of_collecting_information},
     * {@code update_frequency}); where the portal has no such action, looks at a few of its datasets for those
     * top-level fields (data.gov.ua) or {@code r835_} extras (stock); when nothing tells, the stock profile. An
     * audit without a profile does this itself.
     *
     * @return the profile and how it was found
     */
    public ProfileDetection detectProfile() {
        return ProfileDetector.detect(client, null);
    }

    /**
     * As {@link #detectProfile()}, looking at the organization's datasets.
     *
     * @param organization the organization's name
     * @return the profile and how it was found
     */
    public ProfileDetection detectProfile(String organization) {
        return ProfileDetector.detect(client, Objects.requireNonNull(organization, "organization"));
    }

    /**
     * Runs an audit.
     *
     * @param options what to audit and how
     * @return the result
     */
    public AuditResult run(AuditOptions options) {
        Objects.requireNonNull(options, "options");
        return AuditEngine.run(client, options);
    }
}
