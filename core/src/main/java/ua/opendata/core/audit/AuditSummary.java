package ua.opendata.core.audit;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;

/**
 * What an audit of one organization came to, kept when its datasets are dropped: the audit of a whole portal
 * ({@link PortalAudit#runEachHolder}) keeps one of these per organization. Immutable.
 *
 * @param organization the organization's name on the portal
 * @param title        its title; empty when it has none
 * @param holder       the annex holder it publishes for (the holder table); {@code null} when not known
 * @param sections     the codes of the annex sections that bound it
 * @param datasets     the number of its datasets audited
 * @param files        the number of their resources
 * @param kpi          the KPI: datasets without an ERROR finding over all datasets, 0 to 1
 * @param kpiTarget    the KPI target in force, 0 to 1
 * @param passed       the datasets without an ERROR finding
 * @param errors       the ERROR findings
 * @param warnings     the WARNING findings
 * @param late         the datasets found late (R835-TIMELINESS-LATE)
 * @param present      the annex positions fulfilled by a public dataset
 * @param restricted   the positions fulfilled only by datasets the public cannot use
 * @param unsure       the positions only proposed (weak or ambiguous titles)
 * @param missing      the positions nothing fulfils or resembles
 * @param extras       the datasets that fulfil no position
 * @param notFulfilled the references ({@code section:position}) of the positions unsure or missing, in annex order
 */
public record AuditSummary(String organization, String title, @Nullable String holder, List<String> sections,
                           int datasets, int files, double kpi, double kpiTarget, long passed, long errors,
                           long warnings, long late, long present, long restricted, long unsure, long missing,
                           int extras, List<String> notFulfilled) {

    /** The rule of a late update. */
    static final String LATE_RULE = "R835-TIMELINESS-LATE";

    /**
     * Copies the lists.
     *
     * @param organization the organization's name on the portal
     * @param title its title
     * @param holder the annex holder it publishes for; {@code null} when not known
     * @param sections the codes of the annex sections that bound it
     * @param datasets the number of its datasets audited
     * @param files the number of their resources
     * @param kpi the KPI
     * @param kpiTarget the KPI target in force
     * @param passed the datasets without an ERROR finding
     * @param errors the ERROR findings
     * @param warnings the WARNING findings
     * @param late the datasets found late
     * @param present the annex positions fulfilled by a public dataset
     * @param restricted the positions fulfilled only by datasets the public cannot use
     * @param unsure the positions only proposed
     * @param missing the positions nothing fulfils or resembles
     * @param extras the datasets that fulfil no position
     * @param notFulfilled the references of the positions unsure or missing
     */
    public AuditSummary {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        notFulfilled = List.copyOf(notFulfilled);
    }

    /**
     * The summary of an audit.
     *
     * @param audit the audit of one organization
     * @param title the organization's title
     * @return what the audit came to
     */
    public static AuditSummary of(AuditResult audit, String title) {
        ValidationReport r = audit.report();
        AuditAnnex a = audit.annex();
        long late = r.findingsOf(LATE_RULE).stream().map(Finding::datasetId).distinct().count();
        String holder = a.basis() == AuditAnnex.Basis.HOLDER_TABLE
                || a.basis() == AuditAnnex.Basis.HOLDER_WITHOUT_SECTION ? a.holder() : null;
        return new AuditSummary(audit.organization() == null ? "" : audit.organization(), title, holder,
                a.sections(), audit.datasets().size(), audit.fileCount(), r.kpi(), r.kpiTarget(), r.passedCount(),
                r.count(Severity.ERROR), r.count(Severity.WARNING), late, a.count(AuditAnnex.State.PRESENT),
                a.count(AuditAnnex.State.RESTRICTED), a.count(AuditAnnex.State.UNSURE),
                a.count(AuditAnnex.State.MISSING), a.extras().size(),
                a.positions().stream().filter(p -> p.state() == AuditAnnex.State.UNSURE
                        || p.state() == AuditAnnex.State.MISSING).map(p -> p.position().ref()).toList());
    }
}
