package ua.opendata.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.ValidationReport;

/**
 * What changed since a previous report: the KPI, findings that are new or resolved (matched by
 * rule, dataset and path), and datasets that started or stopped failing.
 *
 * @param previousGeneratedAt when the previous report was made
 * @param previousKpi         the previous KPI, 0 to 1
 * @param kpiChange           the current KPI minus the previous one
 * @param newFindings         findings now that the previous report did not have
 * @param resolvedFindings    findings of the previous report that are gone
 * @param newlyFailing        identifiers of datasets that passed before and fail now
 * @param newlyPassing        identifiers of datasets that failed before and pass now
 */
public record ReportComparison(Instant previousGeneratedAt, double previousKpi, double kpiChange,
                               List<Finding> newFindings, List<Finding> resolvedFindings, List<String> newlyFailing,
                               List<String> newlyPassing) {

    /**
     * Copies the lists.
     *
     * @param previousGeneratedAt when the previous report was made
     * @param previousKpi         the previous KPI, 0 to 1
     * @param kpiChange           the current KPI minus the previous one
     * @param newFindings         findings the previous report did not have
     * @param resolvedFindings    findings of the previous report that are gone
     * @param newlyFailing        identifiers of datasets that passed before and fail now
     * @param newlyPassing        identifiers of datasets that failed before and pass now
     */
    public ReportComparison {
        Objects.requireNonNull(previousGeneratedAt, "previousGeneratedAt");
        newFindings = List.copyOf(newFindings);
        resolvedFindings = List.copyOf(resolvedFindings);
        newlyFailing = List.copyOf(newlyFailing);
        newlyPassing = List.copyOf(newlyPassing);
    }

    /**
     * Compares the current report with a previous one.
     *
     * @param previous the earlier report
     * @param current  the report now
     * @return what changed from {@code previous} to {@code current}
     */
    public static ReportComparison of(ValidationReport previous, ValidationReport current) {
        Set<String> before = new HashSet<>();
        for (Finding f : previous.findings()) {
            before.add(key(f));
        }
        Set<String> now = new HashSet<>();
        List<Finding> added = new ArrayList<>();
        for (Finding f : current.findings()) {
            now.add(key(f));
            if (!before.contains(key(f))) {
                added.add(f);
            }
        }
        List<Finding> resolved = new ArrayList<>();
        for (Finding f : previous.findings()) {
            if (!now.contains(key(f))) {
                resolved.add(f);
            }
        }
        Map<String, Boolean> passedBefore = new HashMap<>();
        for (DatasetResult d : previous.datasets()) {
            if (d.identifier() != null) {
                passedBefore.merge(d.identifier(), d.passed(), Boolean::logicalAnd);
            }
        }
        Map<String, Boolean> passedNow = new java.util.LinkedHashMap<>();
        for (DatasetResult d : current.datasets()) {
            if (d.identifier() != null) {
                passedNow.merge(d.identifier(), d.passed(), Boolean::logicalAnd);
            }
        }
        List<String> failing = new ArrayList<>();
        List<String> passing = new ArrayList<>();
        passedNow.forEach((id, passed) -> {
            Boolean was = passedBefore.get(id);
            if (was != null && was && !passed) {
                failing.add(id);
            } else if (was != null && !was && passed) {
                passing.add(id);
            }
        });
        return new ReportComparison(previous.generatedAt(), previous.kpi(), current.kpi() - previous.kpi(), added,
                resolved, failing, passing);
    }

    private static String key(Finding f) {
        return f.ruleId() + '\u0000' + f.datasetId() + '\u0000' + f.path();
    }
}
