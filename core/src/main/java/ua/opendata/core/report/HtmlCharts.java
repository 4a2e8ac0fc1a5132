package ua.opendata.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.internal.html.HtmlSvg;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.RuleCatalogue;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;

/** The charts section: findings by rule and late datasets by responsible person. Not for public use. */
final class HtmlCharts extends HtmlSection {
    private static final int TOP_RULES = 15;
    /** Bars of the per-person chart at most: the people with the most late datasets. */
    private static final int TOP_PEOPLE = 25;

    HtmlCharts(Locale locale) {
        super(locale);
    }

    void charts(ValidationReport report, HtmlOut out) {
        out.raw("<section id=\"charts\">\n<h2>").text(HtmlLabel.CHARTS_HEADING.in(locale)).raw("</h2>\n")
                .raw("<div class=\"charts\">\n");
        out.raw("<figure id=\"chart-rules\">\n<figcaption>").text(HtmlLabel.CHART_RULES.in(locale))
                .raw("</figcaption>\n");
        List<HtmlSvg.Bar> ruleBars = ruleBars(report);
        if (ruleBars.isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.NO_FINDINGS_CHART.in(locale)).raw("</p>\n");
        } else {
            HtmlSvg.bars(out, ruleBars, HtmlLabel.CHART_RULES.in(locale));
            out.raw("<ul class=\"legend\">");
            for (Severity s : Severity.values()) {
                out.raw("<li class=\"l-").raw(cssName(s)).raw("\">").text(HtmlLabel.severity(s, locale)).raw("</li>");
            }
            out.raw("</ul>\n");
        }
        out.raw("</figure>\n<figure id=\"chart-overdue\">\n<figcaption>").text(HtmlLabel.CHART_OVERDUE.in(locale))
                .raw("</figcaption>\n");
        List<HtmlSvg.Bar> personBars = personBars(report);
        if (personBars.isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.NO_OVERDUE.in(locale)).raw("</p>\n");
        } else {
            HtmlSvg.bars(out, personBars, HtmlLabel.CHART_OVERDUE.in(locale));
        }
        out.raw("</figure>\n</div>\n</section>\n");
    }

    private List<HtmlSvg.Bar> ruleBars(ValidationReport report) {
        Map<String, long[]> bySeverity = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            bySeverity.computeIfAbsent(f.ruleId(), k -> new long[Severity.values().length])[f.severity().ordinal()]++;
        }
        List<HtmlSvg.Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Long> e : report.countByRule().entrySet()) {
            if (bars.size() == TOP_RULES) {
                break;
            }
            String id = e.getKey();
            long[] counts = bySeverity.get(id);
            List<HtmlSvg.Segment> segments = new ArrayList<>();
            for (Severity s : Severity.values()) {
                long n = counts[s.ordinal()];
                segments.add(new HtmlSvg.Segment("bar-" + cssName(s), n,
                        HtmlLabel.BAR_TOOLTIP.format(locale, HtmlLabel.severity(s, locale) + " · " + id, n)));
            }
            String description = RuleCatalogue.standard().find(id).map(r -> r.description().get(locale))
                    .orElse(HtmlLabel.UNKNOWN_RULE.in(locale));
            bars.add(new HtmlSvg.Bar(description, HtmlLabel.BAR_TOOLTIP.format(locale, id, e.getValue()) + " — "
                    + description, segments));
        }
        return bars;
    }

    private List<HtmlSvg.Bar> personBars(ValidationReport report) {
        List<Map.Entry<String, List<DatasetResult>>> people = new ArrayList<>(report.overdueByPerson().entrySet());
        // most late datasets first; the map is in name order, and the sort is stable
        people.sort(Comparator.comparingInt((Map.Entry<String, List<DatasetResult>> e) -> e.getValue().size())
                .reversed());
        List<HtmlSvg.Bar> bars = new ArrayList<>();
        for (Map.Entry<String, List<DatasetResult>> e : people) {
            if (bars.size() == TOP_PEOPLE) {
                break;
            }
            int n = e.getValue().size();
            String tip = HtmlLabel.BAR_TOOLTIP.format(locale, e.getKey(), n);
            bars.add(new HtmlSvg.Bar(e.getKey(), tip, List.of(new HtmlSvg.Segment("bar-late", n, tip))));
        }
        return bars;
    }
}
