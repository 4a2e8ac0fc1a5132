package ua.opendata.core.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.internal.html.HtmlSvg;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;

/** The report's header (contents and counts) and its KPI gauge. Not for public use. */
final class HtmlSummary extends HtmlSection {
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);

    HtmlSummary(Locale locale) {
        super(locale);
    }

    void header(ValidationReport report, String pageTitle, boolean withPortal, HtmlOut out) {
        header(report, pageTitle, withPortal, false, out);
    }

    /** The header; {@code worst} adds the "worst datasets" section of a paged page to the contents. */
    void header(ValidationReport report, String pageTitle, boolean withPortal, boolean worst, HtmlOut out) {
        out.raw("<header>\n<h1>").text(pageTitle).raw("</h1>\n");
        if (report.asOf() != null) {
            out.raw("<p class=\"as-of\"><strong>").text(HtmlLabel.AS_OF.format(locale, DATE.format(report.asOf())))
                    .raw("</strong></p>\n");
        }
        out.raw("<p class=\"meta\">")
                .text(HtmlLabel.GENERATED.format(locale, GENERATED.format(report.generatedAt().atZone(KYIV))))
                .raw("</p>\n");
        out.raw("<nav").attr("aria-label", HtmlLabel.CONTENTS.in(locale)).raw("><ul>\n");
        navItem(out, "kpi", HtmlLabel.KPI_HEADING);
        navItem(out, "fix-first", HtmlLabel.FIX_FIRST_HEADING);
        if (worst) {
            navItem(out, "worst", HtmlLabel.WORST_HEADING);
        }
        navItem(out, "charts", HtmlLabel.CHARTS_HEADING);
        navItem(out, "annex", HtmlLabel.ANNEX_HEADING);
        navItem(out, "datasets", HtmlLabel.DATASETS_HEADING);
        if (withPortal) {
            navItem(out, "portal", HtmlLabel.PORTAL_HEADING);
        }
        navItem(out, "findings", HtmlLabel.FINDINGS_HEADING);
        navItem(out, "rules", HtmlLabel.RULES_HEADING);
        out.raw("</ul></nav>\n");
        int total = report.datasets().size();
        int passed = report.passedCount();
        out.raw("<dl class=\"counts\"").attr("aria-label", HtmlLabel.SUMMARY.in(locale)).raw(">\n");
        count(out, "c-datasets", HtmlLabel.DATASETS_COUNT, total);
        count(out, "c-passed", HtmlLabel.PASSED_COUNT, passed);
        count(out, "c-failed", HtmlLabel.FAILED_COUNT, total - passed);
        count(out, "c-error", HtmlLabel.ERRORS_COUNT, report.count(Severity.ERROR));
        count(out, "c-warning", HtmlLabel.WARNINGS_COUNT, report.count(Severity.WARNING));
        count(out, "c-info", HtmlLabel.INFOS_COUNT, report.count(Severity.INFO));
        out.raw("</dl>\n</header>\n");
    }

    private void navItem(HtmlOut out, String id, HtmlLabel label) {
        out.raw("<li><a href=\"#").raw(id).raw("\">").text(label.in(locale)).raw("</a></li>\n");
    }

    private void count(HtmlOut out, String cssClass, HtmlLabel label, long n) {
        out.raw("<div class=\"").raw(cssClass).raw("\"><dt>").text(label.in(locale)).raw("</dt><dd>")
                .raw(Long.toString(n)).raw("</dd></div>\n");
    }

    void kpi(ValidationReport report, HtmlOut out) {
        boolean ok = report.meetsTarget();
        int total = report.datasets().size();
        int passed = report.passedCount();
        String value = percent(report.kpi());
        String target = percent(report.kpiTarget());
        out.raw("<section id=\"kpi\">\n<h2>").text(HtmlLabel.KPI_HEADING.in(locale)).raw("</h2>\n")
                .raw("<div class=\"kpi ").raw(ok ? "kpi-ok" : "kpi-fail").raw("\">\n");
        HtmlSvg.gauge(out, report.kpi(), report.kpiTarget(), ok, value,
                HtmlLabel.TARGET.in(locale) + " " + target, percent(0), percent(1),
                HtmlLabel.GAUGE_LABEL.format(locale, value, target));
        out.raw("<div>\n<p class=\"kpi-text\">")
                .text(HtmlLabel.KPI_TEXT.format(locale, passed, total, value, target)).raw("</p>\n")
                .raw("<p class=\"kpi-verdict\">");
        if (total == 0) {
            out.text(HtmlLabel.KPI_EMPTY.in(locale));
        } else if (ok) {
            out.text(HtmlLabel.KPI_MET.in(locale));
        } else {
            long needed = Math.max(1, (long) Math.ceil(report.kpiTarget() * total - 1e-9) - passed);
            out.text(HtmlLabel.KPI_MISSED.format(locale, needed));
        }
        out.raw("</p>\n</div>\n</div>\n</section>\n");
    }
}
