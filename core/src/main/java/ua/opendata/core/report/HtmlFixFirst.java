package ua.opendata.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.RuleCatalogue;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;

/**
 * The "fix these first" list of the report's first screen: the failing datasets whose fixing raises the
 * KPI most for the least work (every dataset that passes adds the same to the KPI, so those with the
 * fewest errors come first), as many as the target needs (at least {@link #AT_LEAST}, at most
 * {@link #AT_MOST}), grouped by responsible person, each with the fix of each of its errors. Not for
 * public use.
 */
final class HtmlFixFirst {
    /** Datasets listed at least, when that many fail, even when the target is met. */
    static final int AT_LEAST = 5;
    /** Datasets listed at most. */
    static final int AT_MOST = 12;

    private final Locale locale;

    HtmlFixFirst(Locale locale) {
        this.locale = locale;
    }

    /**
     * The datasets to fix first, in the order of the list (fewest errors, then register order); not those
     * whose state on the as-of date the data does not show (nothing done now changes that day's state).
     */
    static List<DatasetResult> choose(ValidationReport report) {
        List<DatasetResult> failing = new ArrayList<>();
        for (DatasetResult d : report.datasets()) {
            if (!d.passed() && (d.timeliness() == null || !d.timeliness().status().afterAsOf())) {
                failing.add(d);
            }
        }
        failing.sort(Comparator.comparingInt(DatasetResult::errors).thenComparingInt(DatasetResult::index));
        int total = report.datasets().size();
        long needed = Math.max(0, (long) Math.ceil(report.kpiTarget() * total - 1e-9) - report.passedCount());
        int n = (int) Math.min(failing.size(), Math.min(AT_MOST, Math.max(AT_LEAST, needed)));
        return List.copyOf(failing.subList(0, n));
    }

    void render(ValidationReport report, DoubleFunction<String> percent, HtmlOut out) {
        out.raw("<section id=\"fix-first\">\n<h2>").text(HtmlLabel.FIX_FIRST_HEADING.in(locale)).raw("</h2>\n");
        List<DatasetResult> chosen = choose(report);
        if (chosen.isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.FIX_FIRST_NONE.in(locale)).raw("</p>\n</section>\n");
            return;
        }
        int total = report.datasets().size();
        double after = (report.passedCount() + chosen.size()) / (double) total;
        out.raw("<p>").text(HtmlLabel.FIX_FIRST_TEXT.format(locale, chosen.size(), percent.apply(report.kpi()),
                percent.apply(after), percent.apply(report.kpiTarget()))).raw("</p>\n");
        Map<String, List<DatasetResult>> byPerson = new LinkedHashMap<>();
        for (DatasetResult d : chosen) {
            String person = d.responsible() == null || d.responsible().isBlank()
                    ? HtmlLabel.FIX_FIRST_NOBODY.in(locale) : d.responsible();
            byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(d);
        }
        Map<String, List<Finding>> errorsOf = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.ERROR && f.datasetId() != null) {
                errorsOf.computeIfAbsent(f.datasetId(), k -> new ArrayList<>()).add(f);
            }
        }
        out.raw("<div class=\"fix-first\">\n");
        for (Map.Entry<String, List<DatasetResult>> e : byPerson.entrySet()) {
            out.raw("<div class=\"fix-person\">\n<h3>").text(HtmlLabel.FIX_FIRST_PERSON.format(locale, e.getKey(),
                    e.getValue().size())).raw("</h3>\n<ul>\n");
            for (DatasetResult d : e.getValue()) {
                out.raw("<li><code>").text(d.identifier() == null ? "#" + (d.index() + 1) : d.identifier())
                        .raw("</code>");
                if (d.title() != null) {
                    out.raw(" ").text(d.title());
                }
                List<Finding> errors = errorsOf.getOrDefault(d.identifier(), List.of());
                out.raw(errors.isEmpty() ? "" : "<ul>");
                for (List<Finding> same : sameFix(errors).values()) {
                    Finding f = same.get(0);
                    String title = RuleCatalogue.standard().find(f.ruleId())
                            .map(r -> r.description().get(locale)).orElse(f.ruleId());
                    out.raw("<li>").text(f.fix().get(locale)).raw(" <span class=\"small\">(").text(title)
                            .raw(" <code>").text(f.ruleId()).raw("</code>)</span>");
                    locations(out, same);
                    out.raw("</li>");
                }
                out.raw(errors.isEmpty() ? "</li>\n" : "</ul></li>\n");
            }
            out.raw("</ul>\n</div>\n");
        }
        out.raw("</div>\n</section>\n");
    }

    /** The errors grouped by rule and fix, in report order. */
    private Map<String, List<Finding>> sameFix(List<Finding> errors) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : errors) {
            groups.computeIfAbsent(f.ruleId() + "\u0000" + f.fix().get(locale), k -> new ArrayList<>()).add(f);
        }
        return groups;
    }

    /** Where to fix them: the cells of the group's findings, e.g. {@code register.csv:5:2}. */
    private static void locations(HtmlOut out, List<Finding> same) {
        Set<String> at = new LinkedHashSet<>();
        for (Finding f : same) {
            if (f.location() != null) {
                at.add(f.location().toString());
            }
        }
        if (!at.isEmpty()) {
            out.raw(" <span class=\"small loc\">").text(String.join(", ", at)).raw("</span>");
        }
    }
}
