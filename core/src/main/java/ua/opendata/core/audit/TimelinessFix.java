package ua.opendata.core.audit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Rule;
import ua.opendata.core.rules.RuleCatalogue;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.TimelinessStatus;
import ua.opendata.core.rules.TimelinessVerdict;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.core.text.Messages;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.UpdateFrequency;

/**
 * Makes timeliness <em>not checkable</em> for the datasets whose resources carry no date. The rulebook
 * falls back to the passport's dates for datasets without evidence, and a passport read from a portal
 * has {@code metadata_modified} as its last change, which moves with any metadata edit: an audit must not
 * judge on it. Not for public use.
 */
final class TimelinessFix {

    static final String LATE = "R835-TIMELINESS-LATE";
    static final String UNCHECKABLE = "R835-TIMELINESS-UNCHECKABLE";
    /** A later {@code metadata_modified} is no evidence of a data change either, so neither is it one after the as-of date. */
    static final String AFTER_AS_OF = "R835-TIMELINESS-AFTER-AS-OF";
    static final LocalizedText NO_RESOURCE_DATES = LocalizedText.of(Messages.AUDIT, "timeliness.noResourceDates");

    private TimelinessFix() {
    }

    /** The finding that timeliness cannot be checked, with the reason as the message's argument {1}. */
    private static Finding uncheckable(@Nullable String datasetId, LocalizedText reason, RulebookConfig config) {
        Rule rule = RuleCatalogue.standard().find(UNCHECKABLE).orElseThrow();
        LocalizedText message = rule.message().withArguments("", reason);
        return new Finding(rule.id(), config.severity(rule), datasetId, "timeliness", message, rule.fix(), null);
    }

    /**
     * The report with the timeliness of every dataset {@code i} where {@code !withEvidence[i]} judged without
     * a date.
     */
    static ValidationReport apply(ValidationReport report, Register register, boolean[] withEvidence,
                                  RulebookConfig config) {
        List<DatasetResult> datasets = report.datasets();
        int datasetPhase = 0;
        for (DatasetResult d : datasets) {
            datasetPhase += d.errors() + d.warnings() + d.infos();
        }
        List<Finding> all = report.findings();
        if (datasetPhase > all.size()) {
            throw new IllegalStateException("The rulebook's report does not list dataset findings in register order "
                    + "(" + datasetPhase + " counted, " + all.size() + " listed); the audit cannot adjust timeliness");
        }
        List<Finding> findings = new ArrayList<>(all.size());
        List<DatasetResult> results = new ArrayList<>(datasets.size());
        int at = 0;
        boolean changed = false;
        for (int i = 0; i < datasets.size(); i++) {
            DatasetResult d = datasets.get(i);
            int n = d.errors() + d.warnings() + d.infos();
            List<Finding> block = all.subList(at, at + n);
            at += n;
            if (withEvidence[i] || d.timeliness() != null
                    && d.timeliness().status() == TimelinessStatus.CREATED_AFTER_AS_OF) {
                // judged on resource dates, or did not exist on the as-of day (metadata_created is no edit)
                findings.addAll(block);
                results.add(d);
                continue;
            }
            changed = true;
            RegisterEntry e = register.entries().get(d.index());
            UpdateFrequency f = e.accrualPeriodicity();
            TimelinessVerdict v = config.timeliness().assess(f, null, true, null);
            if (v.status() == TimelinessStatus.NOT_CHECKABLE && f != null && f.isKnown()
                    && f.value() != Frequency.IMMEDIATELY_AFTER_CHANGES) {
                v = new TimelinessVerdict(TimelinessStatus.NOT_CHECKABLE, null, null, -1, 0, NO_RESOURCE_DATES);
            }
            List<Finding> kept = new ArrayList<>();
            for (Finding x : block) {
                if (!x.ruleId().equals(LATE) && !x.ruleId().equals(UNCHECKABLE) && !x.ruleId().equals(AFTER_AS_OF)) {
                    kept.add(x);
                }
            }
            if (v.status() == TimelinessStatus.NOT_CHECKABLE && v.reason() != null && (f == null || f.isKnown())
                    && config.enabled(UNCHECKABLE)) {
                kept.add(uncheckable(d.identifier(), v.reason(), config));
            }
            int errors = 0;
            int warnings = 0;
            int infos = 0;
            for (Finding x : kept) {
                switch (x.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    case INFO -> infos++;
                    default -> throw new IllegalStateException("unexpected severity " + x.severity());
                }
            }
            findings.addAll(kept);
            results.add(new DatasetResult(d.index(), d.identifier(), d.title(), d.status(), errors, warnings, infos, v,
                    d.responsible()));
        }
        if (!changed) {
            return report;
        }
        findings.addAll(all.subList(at, all.size()));
        return new ValidationReport(report.generatedAt(), findings, results, report.kpiTarget(), report.annex(),
                report.asOf());
    }
}
