package ua.opendata.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.report.ReportComparison;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.RuleCatalogue;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;

/** The compliance part of the main job's output: KPI, top problems, overdue datasets by person. */
final class ComplianceSummary {

    private static final String OVERDUE = "R835-NEXT-UPDATE-OVERDUE";
    private static final String LATE = "R835-TIMELINESS-LATE";
    /** Locations listed under a frequent rule at most. */
    private static final int SHOWN_LOCATIONS = 3;

    private final ValidationReport report;
    private final @Nullable ReportComparison comparison;

    ComplianceSummary(ValidationReport report, @Nullable ReportComparison comparison) {
        this.report = report;
        this.comparison = comparison;
    }

    String render(Locale locale) {
        Texts t = Texts.of(locale);
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        int total = report.datasets().size();
        b.append(t.get("summary.compliance", report.passedCount(), total, percent(report.kpi()),
                percent(report.kpiTarget()), t.get(report.meetsTarget() ? "summary.compliance.met"
                        : "summary.compliance.notMet"))).append(nl);
        if (comparison != null) {
            b.append(t.get("summary.compared", comparison.previousGeneratedAt(),
                    String.format(Locale.ROOT, "%+.0f", comparison.kpiChange() * 100),
                    comparison.newFindings().size(), comparison.resolvedFindings().size())).append(nl);
        }
        b.append(t.get("summary.findings", report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO))).append(nl);
        b.append(t.get("summary.frequent")).append(nl);
        int shown = 0;
        for (Map.Entry<String, Long> e : report.countByRule().entrySet()) {
            if (shown++ == 5) {
                break;
            }
            String description = RuleCatalogue.standard().find(e.getKey()).map(r -> r.description().get(locale))
                    .orElse("");
            b.append("  ").append(e.getValue()).append(" × ").append(e.getKey()).append(" — ").append(description)
                    .append(nl);
            appendLocations(b, e.getKey(), nl);
        }
        Map<String, List<DatasetResult>> overdue = report.overdueByPerson();
        b.append(t.get("summary.overdue", overdue.values().stream().mapToInt(List::size).sum())).append(nl);
        // the overdue and late findings by dataset, in report order, gathered once (not a scan per dataset)
        Map<String, List<Finding>> lateness = new java.util.HashMap<>();
        for (Finding f : report.findings()) {
            if (f.ruleId().equals(OVERDUE) || f.ruleId().equals(LATE)) {
                lateness.computeIfAbsent(f.datasetId(), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        int lines = 0;
        int hidden = 0;
        for (Map.Entry<String, List<DatasetResult>> e : overdue.entrySet()) {
            if (lines >= ConsoleList.MAX_LINES) {
                hidden += e.getValue().size();
                continue;
            }
            b.append("  ").append(ConsoleList.clip(e.getKey())).append(':').append(nl);
            for (DatasetResult d : e.getValue()) {
                if (lines++ >= ConsoleList.MAX_LINES) {
                    hidden++;
                    continue;
                }
                List<Finding> overdueFindings = lateness.getOrDefault(String.valueOf(d.identifier()), List.of());
                StringBuilder line = new StringBuilder().append(d.identifier());
                overdueFindings.stream().map(Finding::location).filter(Objects::nonNull).findFirst()
                        .ifPresent(at -> line.append(" [").append(at).append(']'));
                line.append(": ");
                List<String> why = overdueFindings.stream().map(f -> f.message().get(locale)).toList();
                line.append(String.join(" ", why));
                b.append("    ").append(ConsoleList.clip(line.toString())).append(nl);
            }
        }
        if (hidden > 0) {
            b.append("  ").append(ConsoleList.more(hidden, true, t)).append(nl);
        }
        return b.toString();
    }

    /** Where the first findings of a rule are to be fixed ({@code register.csv:5:12, …}), on a line of its own. */
    private void appendLocations(StringBuilder b, String ruleId, String nl) {
        Set<String> at = new LinkedHashSet<>();
        boolean more = false;
        for (Finding f : report.findings()) {
            // a whole file (the register's own findings) tells nothing more on the console
            if (f.ruleId().equals(ruleId) && f.location() != null && f.location().row() > 0
                    && at.add(f.location().toString())
                    && at.size() > SHOWN_LOCATIONS) {
                at.remove(f.location().toString());
                more = true;
                break;
            }
        }
        if (!at.isEmpty()) {
            b.append("      ").append(String.join(", ", at)).append(more ? ", …" : "").append(nl);
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
