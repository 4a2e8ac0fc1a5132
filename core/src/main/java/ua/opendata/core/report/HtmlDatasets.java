package ua.opendata.core.report;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.TimelinessStatus;
import ua.opendata.core.rules.TimelinessVerdict;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.core.text.Messages;

/** The datasets table, with each dataset's timeliness and verdict. Not for public use. */
final class HtmlDatasets extends HtmlSection {

    HtmlDatasets(Locale locale) {
        super(locale);
    }

    /** The group number of each dataset identifier that has findings, in register order. */
    static Map<String, Integer> groups(ValidationReport report) {
        Map<String, Integer> groupOf = new LinkedHashMap<>();
        Set<String> withFindings = new HashSet<>();
        for (Finding f : report.findings()) {
            if (f.datasetId() != null) {
                withFindings.add(f.datasetId());
            }
        }
        for (DatasetResult d : report.datasets()) {
            String id = d.identifier();
            if (id != null && withFindings.contains(id) && !groupOf.containsKey(id)) {
                groupOf.put(id, groupOf.size() + 1);
            }
        }
        for (Finding f : report.findings()) {
            String id = f.datasetId();
            if (id != null && !groupOf.containsKey(id)) {
                groupOf.put(id, groupOf.size() + 1);
            }
        }
        return groupOf;
    }

    void datasets(ValidationReport report, Map<String, Integer> groupOf, HtmlOut out) {
        datasets(report, groupOf, out, null);
    }

    /**
     * The table; with {@code paging}, only its first page, with the pager, the data attributes report.js
     * pages with, and a note for readers without the script.
     */
    void datasets(ValidationReport report, Map<String, Integer> groupOf, HtmlOut out, @Nullable HtmlPaging paging) {
        out.raw("<section id=\"datasets\">\n<h2>").text(HtmlLabel.DATASETS_HEADING.in(locale)).raw("</h2>\n");
        if (report.datasets().isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.NO_DATASETS.in(locale)).raw("</p>\n</section>\n");
            return;
        }
        int total = report.datasets().size();
        int shown = paging == null ? total : Math.min(total, HtmlPaging.PAGE);
        out.raw("<div class=\"filter\" id=\"datasets-filter\" hidden=\"hidden\"><label for=\"datasets-filter-input\">")
                .text(HtmlLabel.FILTER.in(locale)).raw("</label> ")
                .raw("<input type=\"search\" id=\"datasets-filter-input\" autocomplete=\"off\"")
                .attr("placeholder", HtmlLabel.FILTER_PLACEHOLDER.in(locale)).raw("/> ")
                .raw("<span class=\"small\" id=\"datasets-filter-count\" aria-live=\"polite\"")
                .attr("data-template", HtmlLabel.FILTER_COUNT.in(locale)).raw(">")
                .text(HtmlLabel.FILTER_COUNT.format(locale, total, total)).raw("</span></div>\n");
        if (paging == null) {
            out.raw("<p class=\"hint\" id=\"sort-hint\" hidden=\"hidden\">").text(HtmlLabel.SORT_HINT.in(locale))
                    .raw("</p>\n");
        } else {
            out.raw("<p class=\"hint\" id=\"datasets-paged\">")
                    .text(HtmlLabel.PAGED_NOTE.format(locale, shown, total)).raw("</p>\n");
        }
        out.raw("<div class=\"table-wrap\">\n<table id=\"datasets-table\"");
        if (paging != null) {
            pagedAttributes(out, paging, HtmlPaging.DATASETS, total);
            out.raw(" data-index-parts=\"").raw(Integer.toString((total + HtmlPaging.INDEX_PART - 1)
                    / HtmlPaging.INDEX_PART)).raw("\"");
        }
        out.raw(">\n<thead><tr>");
        thSort(out, HtmlLabel.NUMBER, true);
        thSort(out, HtmlLabel.IDENTIFIER, false);
        thSort(out, HtmlLabel.DATASET_TITLE, false);
        thSort(out, HtmlLabel.STATUS, false);
        thSort(out, HtmlLabel.RESPONSIBLE, false);
        thSort(out, HtmlLabel.TIMELINESS, true, false);
        thSort(out, HtmlLabel.DUE, false);
        thSort(out, HtmlLabel.ERRORS, true);
        thSort(out, HtmlLabel.WARNINGS, true);
        thSort(out, HtmlLabel.RESULT, false);
        out.raw("</tr></thead>\n<tbody>\n");
        Map<String, TimelinessVerdict> fromRegister = registerDue(report);
        for (DatasetResult d : report.datasets().subList(0, shown)) {
            row(out, d, groupOf, fromRegister);
        }
        out.raw("</tbody>\n</table>\n</div>\n");
        if (paging != null) {
            pager(out, "datasets-pager");
        }
        out.raw("</section>\n");
    }

    /** The attributes of a paged table: its kind, pages, rows and where its data files are. */
    static void pagedAttributes(HtmlOut out, HtmlPaging paging, String kind, int rows) {
        out.raw(" data-kind=\"").raw(kind).raw("\" data-pages=\"").raw(Integer.toString(HtmlPaging.pages(rows)))
                .raw("\" data-rows=\"").raw(Integer.toString(rows)).raw("\" data-page-size=\"")
                .raw(Integer.toString(HtmlPaging.PAGE)).raw("\"").attr("data-src", paging.src());
    }

    /** The pager under a paged table, shown by report.js. */
    void pager(HtmlOut out, String id) {
        out.raw("<nav class=\"pager\" id=\"").raw(id).raw("\" hidden=\"hidden\"")
                .attr("aria-label", HtmlLabel.PAGER.in(locale)).raw("><button type=\"button\" class=\"prev\">")
                .text(HtmlLabel.PAGER_PREVIOUS.in(locale)).raw("</button> <span class=\"page-of\"")
                .attr("data-template", HtmlLabel.PAGER_PAGE.in(locale)).raw("></span> ")
                .raw("<button type=\"button\" class=\"next\">").text(HtmlLabel.PAGER_NEXT.in(locale))
                .raw("</button> <span class=\"small page-error\" hidden=\"hidden\">")
                .text(HtmlLabel.PAGER_ERROR.in(locale)).raw("</span></nav>\n");
    }

    /** The timeliness verdicts the table shows for datasets without one of their own. */
    static Map<String, TimelinessVerdict> fromRegister(ValidationReport report) {
        return registerDue(report);
    }

    /** One row of the table. */
    void row(HtmlOut out, DatasetResult d, Map<String, Integer> groupOf, Map<String, TimelinessVerdict> fromRegister) {
        out.raw("<tr data-index=\"").raw(Integer.toString(d.index())).raw("\" class=\"")
                .raw(d.passed() ? "row-pass" : "row-fail").raw("\">");
        out.raw("<td class=\"num\">").raw(Integer.toString(d.index() + 1)).raw("</td>");
        out.raw("<td>");
        Integer group = d.identifier() == null ? null : groupOf.get(d.identifier());
        if (d.identifier() == null) {
            none(out);
        } else if (group != null) {
            out.raw("<a href=\"#findings-").raw(Integer.toString(group)).raw("\"><code>").text(d.identifier())
                    .raw("</code></a>");
        } else {
            out.raw("<code>").text(d.identifier()).raw("</code>");
        }
        out.raw("</td><td>");
        textOrNone(out, d.title());
        out.raw("</td><td>");
        textOrNone(out, d.status() == null ? null : HtmlLabel.status(d.status(), locale));
        out.raw("</td><td>");
        textOrNone(out, d.responsible());
        out.raw("</td>");
        timeliness(out, verdict(d, fromRegister));
        num(out, d.errors());
        num(out, d.warnings());
        out.raw("<td><span class=\"badge ").raw(d.passed() ? "pass" : "fail").raw("\">")
                .text((d.passed() ? HtmlLabel.PASS : HtmlLabel.FAIL).in(locale)).raw("</span></td>");
        out.raw("</tr>\n");
    }

    private static @Nullable TimelinessVerdict verdict(DatasetResult d, Map<String, TimelinessVerdict> fromRegister) {
        TimelinessVerdict v = d.timeliness();
        return v == null && d.identifier() != null ? fromRegister.get(d.identifier()) : v;
    }

    /** What the filter searches in a row, in lower case: the texts of its cells, as the reader sees them. */
    String searchText(DatasetResult d, Map<String, TimelinessVerdict> fromRegister) {
        StringBuilder b = new StringBuilder().append(d.index() + 1).append(' ');
        append(b, d.identifier());
        append(b, d.title());
        append(b, d.status() == null ? null : HtmlLabel.status(d.status(), locale));
        append(b, d.responsible());
        TimelinessVerdict v = verdict(d, fromRegister);
        append(b, v == null ? null : v.status().label().get(locale));
        append(b, (d.passed() ? HtmlLabel.PASS : HtmlLabel.FAIL).in(locale));
        return b.toString().toLowerCase(locale);
    }

    private static void append(StringBuilder b, @Nullable String text) {
        if (text != null) {
            b.append(text).append(' ');
        }
    }

    /**
     * The timeliness of the datasets that have no verdict (no passport, no portal dates) but whose register
     * entry's next update date has passed: late by the days from that date to the day the state was judged
     * on (the as-of date, else the report's day).
     */
    private static Map<String, TimelinessVerdict> registerDue(ValidationReport report) {
        Map<String, TimelinessVerdict> due = new LinkedHashMap<>();
        java.time.LocalDate today = report.referenceDate(KYIV);
        for (Finding f : report.findings()) {
            if (f.ruleId().equals("R835-NEXT-UPDATE-OVERDUE") && f.datasetId() != null && f.excerpt() != null) {
                try {
                    java.time.LocalDate date = java.time.LocalDate.parse(f.excerpt());
                    long late = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(date, today));
                    due.putIfAbsent(f.datasetId(), new TimelinessVerdict(TimelinessStatus.LATE, null, date, 0, late,
                            LocalizedText.of(Messages.REPORT, "register.due")));
                } catch (java.time.format.DateTimeParseException e) {
                    // an excerpt that is not a date: no verdict from it
                }
            }
        }
        return due;
    }

    /**
     * The sort key of a timeliness cell: days late for a late dataset, so that sorting down puts the
     * latest first; 0 for on time; below that the verdicts without a day count, and no verdict last.
     */
    private static long timelinessKey(@Nullable TimelinessVerdict v) {
        if (v == null) {
            return -10;
        }
        return switch (v.status()) {
            case LATE -> Math.max(1, v.daysLate());
            case ON_TIME -> 0;
            case NEVER_PUBLISHED -> -1;
            case NOT_CHECKABLE -> -2;
            case NO_LONGER_UPDATED -> -3;
            case CHANGED_AFTER_AS_OF -> -4;
            case CREATED_AFTER_AS_OF -> -5;
        };
    }

    private void timeliness(HtmlOut out, @Nullable TimelinessVerdict v) {
        if (v == null) {
            out.raw("<td data-sort=\"").raw(Long.toString(timelinessKey(null))).raw("\">");
            none(out);
            out.raw("</td><td data-sort=\"\">");
            none(out);
            out.raw("</td>");
            return;
        }
        String css = switch (v.status()) {
            case LATE -> "t-late";
            case ON_TIME -> "t-on-time";
            default -> "t-other";
        };
        out.raw("<td class=\"").raw(css).raw("\" data-sort=\"").raw(Long.toString(timelinessKey(v))).raw("\"");
        if (v.reason() != null) {
            out.attr("title", v.reason().get(locale));
        } else if (v.evidence() != null) {
            out.attr("title", HtmlLabel.LAST_UPDATE.format(locale, DATE.format(v.evidence().date()),
                    HtmlLabel.basis(v.evidence().basis(), locale)));
        }
        out.raw(">").text(v.status().label().get(locale));
        if (v.status() == TimelinessStatus.LATE && v.daysLate() > 0) {
            out.raw(" <span class=\"small days\">").text(HtmlLabel.DAYS_LATE.format(locale, v.daysLate())).raw("</span>");
        }
        out.raw("</td>");
        if (v.dueDate() == null) {
            out.raw("<td data-sort=\"\">");
            none(out);
            out.raw("</td>");
        } else {
            out.raw("<td data-sort=\"").raw(v.dueDate().toString()).raw("\">").raw(DATE.format(v.dueDate()))
                    .raw("</td>");
        }
    }
}
