package ua.opendata.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.ValidationReport;

/**
 * The datasets with the most errors (then warnings), on the page of a large report whose table shows
 * one page at a time. Not for public use.
 */
final class HtmlWorst extends HtmlSection {

    HtmlWorst(Locale locale) {
        super(locale);
    }

    /** The failing datasets with the most errors, then warnings, then in register order; at most {@code n}. */
    static List<DatasetResult> choose(ValidationReport report, int n) {
        List<DatasetResult> failing = new ArrayList<>();
        for (DatasetResult d : report.datasets()) {
            if (!d.passed()) {
                failing.add(d);
            }
        }
        failing.sort(Comparator.comparingInt(DatasetResult::errors).reversed()
                .thenComparing(Comparator.comparingInt(DatasetResult::warnings).reversed())
                .thenComparingInt(DatasetResult::index));
        return List.copyOf(failing.subList(0, Math.min(n, failing.size())));
    }

    void render(ValidationReport report, HtmlOut out) {
        out.raw("<section id=\"worst\">\n<h2>").text(HtmlLabel.WORST_HEADING.in(locale)).raw("</h2>\n");
        List<DatasetResult> worst = choose(report, HtmlPaging.WORST);
        if (worst.isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.FIX_FIRST_NONE.in(locale)).raw("</p>\n</section>\n");
            return;
        }
        out.raw("<div class=\"table-wrap\">\n<table id=\"worst-table\">\n<thead><tr>");
        th(out, HtmlLabel.NUMBER, true);
        th(out, HtmlLabel.IDENTIFIER, false);
        th(out, HtmlLabel.DATASET_TITLE, false);
        th(out, HtmlLabel.RESPONSIBLE, false);
        th(out, HtmlLabel.ERRORS, true);
        th(out, HtmlLabel.WARNINGS, true);
        out.raw("</tr></thead>\n<tbody>\n");
        for (DatasetResult d : worst) {
            out.raw("<tr>");
            num(out, d.index() + 1L);
            out.raw("<td>");
            if (d.identifier() == null) {
                none(out);
            } else {
                out.raw("<code>").text(d.identifier()).raw("</code>");
            }
            out.raw("</td><td>");
            textOrNone(out, d.title());
            out.raw("</td><td>");
            textOrNone(out, d.responsible());
            out.raw("</td>");
            num(out, d.errors());
            num(out, d.warnings());
            out.raw("</tr>\n");
        }
        out.raw("</tbody>\n</table>\n</div>\n</section>\n");
    }
}
