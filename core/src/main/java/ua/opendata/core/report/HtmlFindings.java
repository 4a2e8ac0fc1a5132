package ua.opendata.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Rule;
import ua.opendata.core.rules.RuleCatalogue;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;

/** The findings, grouped by dataset, and the table of the rules that found something. Not for public use. */
final class HtmlFindings extends HtmlSection {

    HtmlFindings(Locale locale) {
        super(locale);
    }

    void findings(ValidationReport report, Map<String, Integer> groupOf, HtmlOut out) {
        out.raw("<section id=\"findings\">\n<h2>").text(HtmlLabel.FINDINGS_HEADING.in(locale)).raw("</h2>\n");
        if (report.findings().isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.NO_FINDINGS.in(locale)).raw("</p>\n</section>\n");
            return;
        }
        Map<String, List<Finding>> byDataset = new LinkedHashMap<>();
        for (String id : groupOf.keySet()) {
            byDataset.put(id, new ArrayList<>());
        }
        List<Finding> register = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.datasetId() == null) {
                register.add(f);
            } else {
                byDataset.get(f.datasetId()).add(f);
            }
        }
        Map<String, @Nullable String> titles = new LinkedHashMap<>();
        for (DatasetResult d : report.datasets()) {
            if (d.identifier() != null && !titles.containsKey(d.identifier())) {
                titles.put(d.identifier(), d.title());
            }
        }
        for (Map.Entry<String, List<Finding>> e : byDataset.entrySet()) {
            out.raw("<section class=\"group\" id=\"findings-").raw(Integer.toString(groupOf.get(e.getKey())))
                    .raw("\">\n<h3><code>").text(e.getKey()).raw("</code>");
            String t = titles.get(e.getKey());
            if (t != null) {
                out.raw(" <span>").text(t).raw("</span>");
            }
            groupCounts(out, e.getValue());
            out.raw(" <a class=\"back small\" href=\"#datasets\">").text(HtmlLabel.BACK_TO_TABLE.in(locale))
                    .raw("</a></h3>\n");
            findingTable(out, e.getValue());
            out.raw("</section>\n");
        }
        if (!register.isEmpty()) {
            boolean unnamed = report.datasets().stream().anyMatch(d -> d.identifier() == null);
            out.raw("<section class=\"group\" id=\"findings-register\">\n<h3><span>")
                    .text((unnamed ? HtmlLabel.REGISTER_GROUP_AND_UNNAMED : HtmlLabel.REGISTER_GROUP).in(locale))
                    .raw("</span>");
            groupCounts(out, register);
            out.raw("</h3>\n");
            findingTable(out, register);
            out.raw("</section>\n");
        }
        out.raw("</section>\n");
    }

    private void groupCounts(HtmlOut out, List<Finding> findings) {
        out.raw(" <span class=\"small\">").text(HtmlLabel.GROUP_COUNT.format(locale, findings.size())).raw("</span>");
        for (Severity s : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                out.raw(" <span class=\"badge sev-").raw(cssName(s)).raw("\">").text(HtmlLabel.severity(s, locale))
                        .raw(" ").raw(Long.toString(n)).raw("</span>");
            }
        }
    }

    /** Where the clerk fixes it, below the path: {@code register.csv:17:3} (the column's header as a tooltip). */
    static void location(HtmlOut out, Finding f) {
        if (f.location() == null) {
            return;
        }
        out.raw("<span class=\"source loc\"");
        f.location().header().ifPresent(h -> out.attr("title", h));
        out.raw(">").text(f.location().toString()).raw("</span>");
    }

    private void findingTable(HtmlOut out, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity)); // stable: report order within a severity
        out.raw("<div class=\"table-wrap\">\n<table class=\"findings\">\n<thead><tr>");
        th(out, HtmlLabel.SEVERITY, false);
        th(out, HtmlLabel.RULE, false);
        th(out, HtmlLabel.PATH, false);
        th(out, HtmlLabel.MESSAGE, false);
        th(out, HtmlLabel.EXCERPT, false);
        out.raw("</tr></thead>\n<tbody>\n");
        for (Finding f : sorted) {
            Optional<Rule> rule = RuleCatalogue.standard().find(f.ruleId());
            out.raw("<tr class=\"f-").raw(cssName(f.severity())).raw("\"><td><span class=\"badge sev-")
                    .raw(cssName(f.severity())).raw("\">").text(HtmlLabel.severity(f.severity(), locale))
                    .raw("</span></td>");
            out.raw("<td>");
            if (rule.isPresent()) {
                out.raw("<a href=\"#").raw(ruleAnchor(rule.get())).raw("\"><code")
                        .attr("title", rule.get().description().get(locale)).raw(">").text(f.ruleId())
                        .raw("</code></a>");
            } else {
                out.raw("<code>").text(f.ruleId()).raw("</code>");
            }
            out.raw("<span class=\"source\">");
            if (rule.isPresent()) {
                Rule r = rule.get();
                out.text(HtmlLabel.SOURCE.format(locale, r.source().document(), r.source().clause(),
                        HtmlLabel.certainty(r.source().certainty(), locale)));
            } else {
                out.text(HtmlLabel.UNKNOWN_RULE.in(locale));
            }
            out.raw("</span></td>");
            out.raw("<td><code>").text(f.path()).raw("</code>");
            location(out, f);
            out.raw("</td>");
            out.raw("<td>").text(f.message().get(locale)).raw("<br/><span class=\"fix\">")
                    .text(HtmlLabel.FIX.in(locale)).raw(" ").text(f.fix().get(locale)).raw("</span></td>");
            out.raw("<td>");
            if (f.excerpt() == null || f.excerpt().isEmpty()) {
                none(out);
            } else {
                out.raw("<code>").text(f.excerpt()).raw("</code>");
            }
            out.raw("</td></tr>\n");
        }
        out.raw("</tbody>\n</table>\n</div>\n");
    }

    /** The catalogue's rules that found something, in catalogue order, with their sources as text. */
    void rules(ValidationReport report, HtmlOut out) {
        Map<String, Long> counts = report.countByRule();
        List<Rule> rules = RuleCatalogue.standard().rules().stream().filter(r -> counts.containsKey(r.id())).toList();
        out.raw("<section id=\"rules\">\n<h2>").text(HtmlLabel.RULES_HEADING.in(locale)).raw("</h2>\n");
        if (rules.isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.NO_FINDINGS.in(locale)).raw("</p>\n</section>\n");
            return;
        }
        out.raw("<div class=\"table-wrap\">\n<table id=\"rules-table\">\n<thead><tr>");
        th(out, HtmlLabel.RULE, false);
        th(out, HtmlLabel.FINDINGS_COUNT, true);
        th(out, HtmlLabel.DESCRIPTION, false);
        th(out, HtmlLabel.SOURCE_HEADER, false);
        out.raw("</tr></thead>\n<tbody>\n");
        for (Rule r : rules) {
            out.raw("<tr id=\"").raw(ruleAnchor(r)).raw("\"><td><code>").text(r.id()).raw("</code></td>");
            num(out, counts.get(r.id()));
            out.raw("<td>").text(r.description().get(locale)).raw("</td><td>").text(r.source().document())
                    .raw(", ").text(r.source().clause()).raw(" <span class=\"small\">(")
                    .text(HtmlLabel.certainty(r.source().certainty(), locale)).raw(")</span>");
            if (r.source().url() != null) {
                // as text, never as a link: the page loads and links to nothing outside itself
                out.raw("<span class=\"source\">").text(HtmlLabel.SOURCE_URL.in(locale)).raw(" <code>")
                        .text(r.source().url()).raw("</code></span>");
            }
            out.raw("</td></tr>\n");
        }
        out.raw("</tbody>\n</table>\n</div>\n</section>\n");
    }
}
