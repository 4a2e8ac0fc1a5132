package ua.opendata.core.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the rulebook found in a register (and its passports): every finding, the verdict per
 * dataset, and the KPI — the share of register datasets that {@linkplain DatasetResult#passed() pass}
 * (no ERROR finding; judged as of a past day, also a state on that day that the data shows). Immutable.
 *
 * @param generatedAt when the report was made (from the configured clock)
 * @param findings    every finding: dataset findings in register order, then register findings
 * @param datasets    the verdict per register entry, in register order
 * @param kpiTarget   the KPI target in force, 0 to 1
 * @param annex       how the register covers each annex section that binds the publisher; empty
 *                    when only a passport was checked
 * @param asOf        the past day the state was judged on ({@link RulebookConfig.Builder#asOf}); {@code null}
 *                    when it was judged as of the day of {@code generatedAt}
 */
public record ValidationReport(Instant generatedAt, List<Finding> findings, List<DatasetResult> datasets,
                               double kpiTarget, List<AnnexCoverage> annex, @Nullable LocalDate asOf) {

    /**
     * Copies the lists.
     *
     * @param generatedAt when the report was made
     * @param findings    every finding
     * @param datasets    the verdict per register entry
     * @param kpiTarget   the KPI target in force, 0 to 1
     * @param annex       the coverage of each binding annex section
     * @param asOf        the past day the state was judged on; {@code null} when judged as of today
     */
    public ValidationReport {
        Objects.requireNonNull(generatedAt, "generatedAt");
        findings = List.copyOf(findings);
        datasets = List.copyOf(datasets);
        annex = List.copyOf(annex);
    }

    /**
     * A report judged as of the day it was made (no as-of date).
     *
     * @param generatedAt when the report was made
     * @param findings    every finding
     * @param datasets    the verdict per register entry
     * @param kpiTarget   the KPI target in force, 0 to 1
     * @param annex       the coverage of each binding annex section
     */
    public ValidationReport(Instant generatedAt, List<Finding> findings, List<DatasetResult> datasets,
                            double kpiTarget, List<AnnexCoverage> annex) {
        this(generatedAt, findings, datasets, kpiTarget, annex, null);
    }

    /**
     * {@return the day the state was judged on: the as-of date, else the day of {@code generatedAt} in
     * {@code zone}}
     *
     * @param zone the zone of the day (the publisher's; {@link RulebookConfig#KYIV})
     */
    public LocalDate referenceDate(java.time.ZoneId zone) {
        return asOf != null ? asOf : generatedAt.atZone(zone).toLocalDate();
    }

    /**
     * The overdue datasets grouped by who answers for them, persons in name order: datasets judged
     * late on their last update ({@link TimelinessStatus#LATE}) and published datasets whose next
     * update, as planned in the register, is past due ({@code R835-NEXT-UPDATE-OVERDUE}).
     *
     * @return the overdue datasets per responsible person ({@code —} when none is named); unmodifiable
     */
    public Map<String, List<DatasetResult>> overdueByPerson() {
        java.util.Set<String> pastDue = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (f.ruleId().equals("R835-NEXT-UPDATE-OVERDUE") && f.datasetId() != null) {
                pastDue.add(f.datasetId());
            }
        }
        Map<String, List<DatasetResult>> byPerson = new java.util.TreeMap<>();
        for (DatasetResult d : datasets) {
            boolean late = d.timeliness() != null && d.timeliness().status() == TimelinessStatus.LATE;
            if (late || (d.identifier() != null && pastDue.contains(d.identifier()))) {
                byPerson.computeIfAbsent(d.responsible() == null ? "—" : d.responsible(),
                        k -> new java.util.ArrayList<>()).add(d);
            }
        }
        byPerson.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(byPerson);
    }

    /** {@return the number of datasets that passed (no ERROR finding)} */
    public int passedCount() {
        int n = 0;
        for (DatasetResult d : datasets) {
            if (d.passed()) {
                n++;
            }
        }
        return n;
    }

    /** {@return the KPI: passed datasets divided by all datasets; 0 for an empty register} */
    public double kpi() {
        return datasets.isEmpty() ? 0 : (double) passedCount() / datasets.size();
    }

    /** {@return whether the KPI reaches the target} */
    public boolean meetsTarget() {
        return !datasets.isEmpty() && kpi() + 1e-12 >= kpiTarget;
    }

    /**
     * {@return the number of findings of a severity}
     *
     * @param severity the severity to count
     */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * {@return the findings about one dataset identifier}
     *
     * @param datasetId the dataset identifier
     */
    public List<Finding> findingsFor(String datasetId) {
        return findings.stream().filter(f -> datasetId.equals(f.datasetId())).toList();
    }

    /**
     * {@return the findings of one rule}
     *
     * @param ruleId the rule id, e.g. {@code R835-NEXT-UPDATE-OVERDUE}
     */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> ruleId.equals(f.ruleId())).toList();
    }

    /** {@return the number of findings per rule id, most frequent first} */
    public Map<String, Long> countByRule() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Finding f : findings) {
            counts.merge(f.ruleId(), 1L, Long::sum);
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(sorted);
    }
}
