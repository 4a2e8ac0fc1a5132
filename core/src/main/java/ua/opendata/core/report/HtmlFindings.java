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
        findings(report, groupOf, out, null);
    }

    /**
     * The findings grouped by dataset; with {@code paging}, only the groups of the datasets on the table's
     * first page (report.js shows those of the page shown), then the register's findings and those of
     * datasets not in the table, each list up to {@link HtmlPaging#LIST_CAP}.
     */
    void findings(ValidationReport report, Map<String, Integer> groupOf, HtmlOut out, @Nullable HtmlPaging paging) {
        out.raw("<section id=\"findings\">\n<h2>").text(HtmlLabel.FINDINGS_HEADING.in(locale)).raw("</h2>\n");
        if (report.findings().isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.NO_FINDINGS.in(locale)).raw("</p>\n</section>\n");
            return;
        }
        Map<String, List<Finding>> byDataset = byDataset(report, groupOf);
        List<Finding> register = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.datasetId() == null) {
                register.add(f);
            }
        }
        Map<String, @Nullable String> titles = titles(report);
        if (paging == null) {
            for (Map.Entry<String, List<Finding>> e : byDataset.entrySet()) {
                group(out, e.getKey(), titles.get(e.getKey()), e.getValue(), groupOf);
            }
        } else {
            out.raw("<p class=\"hint\">").text(HtmlLabel.FINDINGS_PAGED.in(locale)).raw("</p>\n")
                    .raw("<div id=\"findings-page\">\n");
            int shown = Math.min(report.datasets().size(), HtmlPaging.PAGE);
            for (Map.Entry<String, Integer> first : firstRows(report).entrySet()) {
                String id = first.getKey();
                if (first.getValue() < shown && byDataset.containsKey(id)) {
                    group(out, id, titles.get(id), byDataset.get(id), groupOf);
                }
            }
            out.raw("</div>\n");
            int n = 0;
            for (Map.Entry<String, List<Finding>> e : byDataset.entrySet()) {
                if (!titles.containsKey(e.getKey()) && n++ < HtmlPaging.LIST_CAP) {
                    group(out, e.getKey(), null, e.getValue(), groupOf);
                }
            }
            more(out, n - HtmlPaging.LIST_CAP);
        }
        if (!register.isEmpty()) {
            boolean unnamed = report.datasets().stream().anyMatch(d -> d.identifier() == null);
            out.raw("<section class=\"group\" id=\"findings-register\">\n<h3><span>")
                    .text((unnamed ? HtmlLabel.REGISTER_GROUP_AND_UNNAMED : HtmlLabel.REGISTER_GROUP).in(locale))
                    .raw("</span>");
            groupCounts(out, register);
            out.raw("</h3>\n");
            findingTable(out, register.size() > HtmlPaging.LIST_CAP && paging != null
                    ? register.subList(0, HtmlPaging.LIST_CAP) : register);
            if (paging != null) {
                more(out, register.size() - HtmlPaging.LIST_CAP);
            }
            out.raw("</section>\n");
        }
        out.raw("</section>\n");
    }


    /** The findings of each dataset identifier that has any, in the order of the groups. */
    static Map<String, List<Finding>> byDataset(ValidationReport report, Map<String, Integer> groupOf) {
        Map<String, List<Finding>> byDataset = new LinkedHashMap<>();
        for (String id : groupOf.keySet()) {
            byDataset.put(id, new ArrayList<>());
        }
        for (Finding f : report.findings()) {
            if (f.datasetId() != null) {
                byDataset.get(f.datasetId()).add(f);
            }
        }
        return byDataset;
    }

    /** The title of each dataset identifier of the register (the first entry's). */
    static Map<String, @Nullable String> titles(ValidationReport report) {
        Map<String, @Nullable String> titles = new LinkedHashMap<>();
        for (DatasetResult d : report.datasets()) {
            if (d.identifier() != null && !titles.containsKey(d.identifier())) {
                titles.put(d.identifier(), d.title());
            }
        }
        return titles;
    }

    /** The position in the table of the first row of each dataset identifier. */
    static Map<String, Integer> firstRows(ValidationReport report) {
        Map<String, Integer> first = new LinkedHashMap<>();
        List<DatasetResult> datasets = report.datasets();
        for (int i = 0; i < datasets.size(); i++) {
            String id = datasets.get(i).identifier();
            if (id != null) {
                first.putIfAbsent(id, i);
            }
        }
        return first;
    }

    /** The group of one dataset's findings. */
    void group(HtmlOut out, String id, @Nullable String title, List<Finding> findings, Map<String, Integer> groupOf) {
        out.raw("<section class=\"group\" id=\"findings-").raw(Integer.toString(groupOf.get(id)))
                .raw("\">\n<h3><code>").text(id).raw("</code>");
        if (title != null) {
            out.raw(" <span>").text(title).raw("</span>");
        }
        groupCounts(out, findings);
        out.raw(" <a class=\"back small\" href=\"#datasets\">").text(HtmlLabel.BACK_TO_TABLE.in(locale))
                .raw("</a></h3>\n");
        findingTable(out, findings);
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
