package ua.opendata.core.report;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.audit.AuditDataset;
import ua.opendata.core.audit.AuditDifference;
import ua.opendata.core.audit.AuditFile;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.rules.DatasetResult;

/** The portal section of an audit: its datasets and files, the comparison with the register, notes. Not for public use. */
final class HtmlPortal extends HtmlSection {

    HtmlPortal(Locale locale) {
        super(locale);
    }

    void portal(AuditResult a, HtmlOut out) {
        portal(a, out, null);
    }

    /**
     * The section; with {@code paging}, the table's first page with a pager (report.js loads the others) and
     * each list up to {@link HtmlPaging#LIST_CAP} items.
     */
    void portal(AuditResult a, HtmlOut out, @org.jspecify.annotations.Nullable HtmlPaging paging) {
        out.raw("<section id=\"portal\">\n<h2>").text(HtmlLabel.PORTAL_HEADING.in(locale)).raw("</h2>\n");
        String scope = a.organization() == null ? HtmlLabel.PORTAL_ALL.in(locale)
                : HtmlLabel.PORTAL_ORGANIZATION.format(locale, a.organization());
        out.raw("<p>").text(HtmlLabel.PORTAL_SUMMARY.format(locale, a.datasets().size(), a.fileCount(), scope))
                .raw("</p>\n");
        HtmlLabel source = switch (a.profileSource()) {
            case GIVEN -> HtmlLabel.PROFILE_GIVEN;
            case SCHEMA -> HtmlLabel.PROFILE_SCHEMA;
            case DATASETS -> HtmlLabel.PROFILE_DATASETS;
            case DEFAULT -> HtmlLabel.PROFILE_DEFAULT;
        };
        out.raw("<p id=\"portal-profile\">").text(HtmlLabel.PORTAL_PROFILE.format(locale, a.profile(), source.in(locale)))
                .raw("</p>\n");
        int cap = paging == null ? Integer.MAX_VALUE : HtmlPaging.LIST_CAP;
        datasetTable(a, out, paging);
        comparison(a, out, cap);
        notes(a, out, cap);
        portalFindings(a, out, cap);
        out.raw("</section>\n");
    }

    /** The findings about the portal rather than the datasets, when there are any. */
    private void portalFindings(AuditResult a, HtmlOut out, int cap) {
        if (a.portalFindings().isEmpty()) {
            return;
        }
        out.raw("<h3 id=\"portal-findings\">").text(HtmlLabel.PORTAL_FINDINGS.in(locale)).raw("</h3>\n<p>")
                .text(HtmlLabel.PORTAL_FINDINGS_NOTE.in(locale)).raw("</p>\n<ul class=\"portal-findings\">\n");
        for (ua.opendata.core.rules.Finding f : head(a.portalFindings(), cap)) {
            out.raw("<li><code>").text(f.datasetId() == null ? "" : f.datasetId()).raw("</code> <code>")
                    .text(f.ruleId()).raw("</code> <code>").text(f.path()).raw("</code> ")
                    .text(f.message().get(locale)).raw("</li>\n");
        }
        out.raw("</ul>\n");
        more(out, a.portalFindings().size() - (long) cap);
    }

    /** The portal's datasets with their files, update dates and verdicts. */
    private void datasetTable(AuditResult a, HtmlOut out, @org.jspecify.annotations.Nullable HtmlPaging paging) {
        if (a.datasets().isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.PORTAL_EMPTY.in(locale)).raw("</p>\n");
        } else {
            out.raw("<div class=\"table-wrap\">\n<table id=\"portal-table\"");
            if (paging != null) {
                HtmlDatasets.pagedAttributes(out, paging, HtmlPaging.PORTAL, a.datasets().size());
            }
            out.raw(">\n<thead><tr>");
            th(out, HtmlLabel.NUMBER, true);
            th(out, HtmlLabel.PORTAL_PAGE, false);
            th(out, HtmlLabel.IDENTIFIER, false);
            th(out, HtmlLabel.FILES, false);
            th(out, HtmlLabel.UPDATE_DATE, false);
            th(out, HtmlLabel.TIMELINESS, false);
            th(out, HtmlLabel.RESULT, false);
            out.raw("</tr></thead>\n<tbody>\n");
            int n = 0;
            int shown = paging == null ? a.datasets().size() : Math.min(a.datasets().size(), HtmlPaging.PAGE);
            for (AuditDataset d : a.datasets().subList(0, shown)) {
                n++;
                row(a, d, n, out);
            }
            out.raw("</tbody>\n</table>\n</div>\n");
            if (paging != null) {
                new HtmlDatasets(locale).pager(out, "portal-pager");
            }
        }
    }

    /**
     * The verdict on the dataset at index {@code i} of the result: the report's entry at the same index, as
     * {@link AuditResult#verdict} finds it, without its search from the start (quadratic over a portal).
     */
    static @Nullable DatasetResult verdictAt(AuditResult a, AuditDataset d, int i) {
        return i < a.report().datasets().size() ? a.report().datasets().get(i) : a.verdict(d).orElse(null);
    }

    /** One dataset of the portal. */
    void row(AuditResult a, AuditDataset d, int n, HtmlOut out) {
        DatasetResult verdict = verdictAt(a, d, n - 1);
        out.raw("<tr><td class=\"num\">").raw(Integer.toString(n)).raw("</td><td>");
        link(out, d.pageUrl(), d.title() == null || d.title().isBlank() ? d.name() : d.title());
        out.raw("<br/><code class=\"small\">").text(d.name()).raw("</code></td><td><code>").text(d.identifier())
                .raw("</code></td><td>");
        files(d, out);
        out.raw("</td><td>");
        if (d.evidence() == null) {
            none(out);
        } else {
            out.raw(DATE.format(d.evidence().date())).raw(" <span class=\"small\">(")
                    .text(HtmlLabel.basis(d.evidence().basis(), locale)).raw(")</span>");
        }
        out.raw("</td>");
        if (verdict == null) {
            out.raw("<td>");
            none(out);
            out.raw("</td><td>");
            none(out);
            out.raw("</td>");
        } else {
            out.raw("<td>");
            textOrNone(out, verdict.timeliness() == null ? null
                    : verdict.timeliness().status().label().get(locale));
            out.raw("</td><td><span class=\"badge ").raw(verdict.passed() ? "pass" : "fail").raw("\">")
                    .text((verdict.passed() ? HtmlLabel.PASS : HtmlLabel.FAIL).in(locale)).raw("</span></td>");
        }
        out.raw("</tr>\n");
    }

    /** The files of a dataset, each with its dates and status. */
    private void files(AuditDataset d, HtmlOut out) {
        if (d.files().isEmpty()) {
            out.raw("<span class=\"none\">").text(HtmlLabel.NO_FILES.in(locale)).raw("</span>");
        } else {
            out.raw("<ul class=\"files\">");
            for (AuditFile f : d.files()) {
                out.raw("<li><code>").text(f.format() == null || f.format().isBlank() ? "?" : f.format())
                        .raw("</code> ");
                String label = f.name() == null || f.name().isBlank() ? f.url() : f.name();
                if (f.url() != null && (f.url().startsWith("https://") || f.url().startsWith("http://"))) {
                    link(out, f.url(), label == null ? f.url() : label);
                } else {
                    textOrNone(out, label);
                }
                out.raw(" <span class=\"small\">").text(HtmlLabel.FILE_DATES.format(locale,
                        dateOf(f.lastModified()), dateOf(f.created()))).raw("; ")
                        .text(f.status().state().label().get(locale));
                if (f.status().detail() != null) {
                    out.raw(": ").text(f.status().detail().get(locale));
                }
                out.raw("</span></li>");
            }
            out.raw("</ul>");
        }
    }

    /** The comparison of the portal with the register. */
    private void comparison(AuditResult a, HtmlOut out, int cap) {
        out.raw("<h3>").text(HtmlLabel.PORTAL_COMPARISON.in(locale)).raw("</h3>\n");
        if (!a.compared()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.PORTAL_NOT_COMPARED.in(locale)).raw("</p>\n");
        } else if (a.comparison().isEmpty()) {
            out.raw("<p>").text(HtmlLabel.PORTAL_SAME.in(locale)).raw("</p>\n");
        } else {
            out.raw("<div class=\"table-wrap\">\n<table id=\"portal-comparison\">\n<thead><tr>");
            th(out, HtmlLabel.DIFFERENCE, false);
            th(out, HtmlLabel.IDENTIFIER, false);
            th(out, HtmlLabel.PORTAL_PAGE, false);
            th(out, HtmlLabel.FIELD, false);
            th(out, HtmlLabel.IN_REGISTER, false);
            th(out, HtmlLabel.ON_PORTAL, false);
            out.raw("</tr></thead>\n<tbody>\n");
            for (AuditDifference x : head(a.comparison(), cap)) {
                HtmlLabel kind = switch (x.kind()) {
                    case MISSING -> HtmlLabel.KIND_MISSING;
                    case EXTRA -> HtmlLabel.KIND_EXTRA;
                    case DIFFERENT -> HtmlLabel.KIND_DIFFERENT;
                };
                out.raw("<tr class=\"diff-").raw(x.kind().name().toLowerCase(Locale.ROOT)).raw("\"><td>")
                        .text(kind.in(locale)).raw("</td><td>");
                if (x.identifier() == null) {
                    none(out);
                } else {
                    out.raw("<code>").text(x.identifier()).raw("</code>");
                }
                out.raw("</td><td>");
                if (x.datasetName() == null) {
                    none(out);
                } else {
                    link(out, a.pageBase() + x.datasetName(), x.datasetName());
                }
                out.raw("</td><td>");
                if (x.field() == null) {
                    none(out);
                } else {
                    out.raw("<code>").text(x.field()).raw("</code>");
                }
                out.raw("</td><td>");
                textOrNone(out, x.registerValue());
                out.raw("</td><td>");
                textOrNone(out, x.portalValue());
                out.raw("</td></tr>\n");
            }
            out.raw("</tbody>\n</table>\n</div>\n");
            more(out, a.comparison().size() - (long) cap);
        }
    }

    /** The mapping notes of the audit and its datasets. */
    private void notes(AuditResult a, HtmlOut out, int cap) {
        List<MappingNote> notes = new java.util.ArrayList<>(a.notes());
        for (AuditDataset d : a.datasets()) {
            notes.addAll(d.notes());
        }
        if (!notes.isEmpty()) {
            out.raw("<h3>").text(HtmlLabel.PORTAL_NOTES.in(locale)).raw("</h3>\n<ul>");
            for (MappingNote note : head(notes, cap)) {
                out.raw("<li><code>").text(note.element()).raw("</code> ").text(note.message().get(locale)).raw("</li>");
            }
            out.raw("</ul>\n");
            more(out, notes.size() - (long) cap);
        }
    }

    private static <T> List<T> head(List<T> list, int cap) {
        return list.size() > cap ? list.subList(0, cap) : list;
    }

}
