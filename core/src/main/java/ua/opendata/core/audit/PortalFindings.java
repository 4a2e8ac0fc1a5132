package ua.opendata.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;

/**
 * Splits an audit's report: findings on elements the profile cannot hold for a dataset (as publishing
 * reported them) are about the portal, not the dataset; they leave the report, its verdicts and KPI, and
 * are listed on their own. Entries added only for annex coverage (register entries not on the portal) lose
 * their verdicts. Not for public use.
 */
final class PortalFindings {

    /** The report without the portal's findings, and those findings. */
    record Split(ValidationReport report, List<Finding> portal) {
    }

    private PortalFindings() {
    }

    /**
     * Splits the report of a register whose first {@code shown} entries are the portal's datasets, each with
     * the passport elements its profile cannot hold ({@code held.get(i)}), followed by entries there only for
     * the annex coverage.
     */
    static Split split(ValidationReport report, int shown, List<Set<String>> notHeld) {
        List<Finding> all = report.findings();
        List<Finding> kept = new ArrayList<>();
        List<Finding> portal = new ArrayList<>();
        List<DatasetResult> results = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i < report.datasets().size(); i++) {
            DatasetResult d = report.datasets().get(i);
            int n = Math.min(d.errors() + d.warnings() + d.infos(), all.size() - pos);
            List<Finding> own = all.subList(pos, pos + n);
            pos += n;
            if (i >= shown) {
                continue;
            }
            int[] moved = new int[3];
            for (Finding f : own) {
                if (about(f.path(), notHeld.get(i))) {
                    portal.add(f);
                    moved[f.severity() == Severity.ERROR ? 0 : f.severity() == Severity.WARNING ? 1 : 2]++;
                } else {
                    kept.add(f);
                }
            }
            results.add(new DatasetResult(d.index(), d.identifier(), d.title(), d.status(), d.errors() - moved[0],
                    d.warnings() - moved[1], d.infos() - moved[2], d.timeliness(), d.responsible()));
        }
        kept.addAll(all.subList(pos, all.size()));
        return new Split(new ValidationReport(report.generatedAt(), kept, results, report.kpiTarget(),
                report.annex(), report.asOf()), List.copyOf(portal));
    }

    /** Whether a finding's path is one of the elements (or inside one). */
    static boolean about(String path, Set<String> elements) {
        if (elements.isEmpty()) {
            return false;
        }
        String p = path.startsWith("passport.") ? path.substring("passport.".length()) : path;
        if (p.startsWith("distributionFormats")) {
            p = "formats" + p.substring("distributionFormats".length());
        } else if (p.startsWith("accrualPeriodicity")) {
            p = "updateFrequency" + p.substring("accrualPeriodicity".length());
        } else if (p.startsWith("contactPoint")) {
            p = "responsiblePerson" + p.substring("contactPoint".length());
        }
        for (String e : elements) {
            if (p.equals(e) || p.startsWith(e + ".") || p.startsWith(e + "[")) {
                return true;
            }
        }
        return false;
    }
}
