package ua.opendata.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.audit.AuditSummary;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.passport.io.AtomicFiles;

/**
 * The reports of a whole-portal audit ({@link ua.opendata.core.audit.PortalAudit#runEachHolder}): one block
 * per organization — its holder, binding sections, datasets, KPI, late updates and annex positions present,
 * restricted, unsure and missing — with a link to the organization's own report in the folder named after
 * it ({@code <organization>/report.html}). Immutable and thread-safe.
 */
public final class SweepReport {

    /** The {@code schema} of the JSON summary. */
    public static final String SCHEMA = "ua-opendata/portal-audit-summary";

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Locale locale;

    private SweepReport(Locale locale) {
        this.locale = "uk".equals(locale.getLanguage()) ? LocalizedText.UKRAINIAN : Locale.ENGLISH;
    }

    /**
     * A writer in the given language.
     *
     * @param locale Ukrainian for language {@code uk}, English otherwise (the HTML page only)
     * @return the writer
     */
    public static SweepReport of(Locale locale) {
        return new SweepReport(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Writes the JSON summary atomically: {@code schema}, {@code generatedAt}, {@code organizations} (per
     * organization: {@code organization}, {@code title}, {@code holder}, {@code sections}, {@code datasets},
     * {@code files}, {@code kpi}, {@code kpiTarget}, {@code passed}, {@code errors}, {@code warnings},
     * {@code late}, {@code annex} ({@code present}, {@code restricted}, {@code unsure}, {@code missing},
     * {@code extra}, {@code notFulfilled}), {@code report} (the folder of its own reports)).
     *
     * @param summaries one per organization audited
     * @param generatedAt when the audit ran
     * @param file the file to create or replace
     * @throws java.io.UncheckedIOException naming the file when it cannot be written
     */
    public void writeJson(List<AuditSummary> summaries, Instant generatedAt, Path file) {
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("schema", SCHEMA);
                g.writeStringField("generatedAt", generatedAt.toString());
                g.writeArrayFieldStart("organizations");
                for (AuditSummary s : summaries) {
                    organization(g, s);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }, ReportFiles::failed);
    }

    private static void organization(JsonGenerator g, AuditSummary s) throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("organization", s.organization());
        g.writeStringField("title", s.title());
        g.writeStringField("holder", s.holder());
        g.writeArrayFieldStart("sections");
        for (String c : s.sections()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeNumberField("datasets", s.datasets());
        g.writeNumberField("files", s.files());
        g.writeNumberField("kpi", s.kpi());
        g.writeNumberField("kpiTarget", s.kpiTarget());
        g.writeNumberField("passed", s.passed());
        g.writeNumberField("errors", s.errors());
        g.writeNumberField("warnings", s.warnings());
        g.writeNumberField("late", s.late());
        g.writeObjectFieldStart("annex");
        g.writeNumberField("present", s.present());
        g.writeNumberField("restricted", s.restricted());
        g.writeNumberField("unsure", s.unsure());
        g.writeNumberField("missing", s.missing());
        g.writeNumberField("extra", s.extras());
        g.writeArrayFieldStart("notFulfilled");
        for (String ref : s.notFulfilled()) {
            g.writeString(ref);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeStringField("report", s.organization() + "/report.html");
        g.writeEndObject();
    }

    /**
     * Writes the HTML summary page atomically, in UTF-8; it loads nothing from the network.
     *
     * @param summaries one per organization audited
     * @param file the file to create or replace
     * @throws java.io.UncheckedIOException naming the file when it cannot be written
     */
    public void writeHtml(List<AuditSummary> summaries, Path file) {
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            html(summaries, new HtmlOut(w));
            w.flush();
        }, ReportFiles::failed);
    }

    private void html(List<AuditSummary> summaries, HtmlOut out) {
        String title = HtmlLabel.SWEEP_TITLE.in(locale);
        out.raw("<!DOCTYPE html>\n<html lang=\"").raw(locale.getLanguage()).raw("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                        + "'unsafe-inline'\"/>\n<title>").text(title).raw("</title>\n</head>\n<body>\n<main>\n<h1>")
                .text(title).raw("</h1>\n<p>").text(HtmlLabel.SWEEP_TEXT.format(locale, summaries.size()))
                .raw("</p>\n<table id=\"organizations\">\n<thead><tr>");
        for (HtmlLabel l : new HtmlLabel[] {HtmlLabel.ORGANIZATION, HtmlLabel.HOLDER, HtmlLabel.SECTION,
                HtmlLabel.DATASETS_COUNT, HtmlLabel.KPI_HEADING, HtmlLabel.LATE, HtmlLabel.STATE_PRESENT,
                HtmlLabel.STATE_RESTRICTED, HtmlLabel.STATE_UNSURE, HtmlLabel.STATE_MISSING, HtmlLabel.EXTRA}) {
            out.raw("<th scope=\"col\">").text(l.in(locale)).raw("</th>");
        }
        out.raw("</tr></thead>\n<tbody>\n");
        for (AuditSummary s : summaries) {
            out.raw("<tr id=\"org-").text(s.organization()).raw("\"><td>").text(s.title().isEmpty() ? s.organization()
                    : s.title()).raw(" (<a href=\"").text(s.organization()).raw("/report.html\">")
                    .text(HtmlLabel.REPORT_LINK.in(locale)).raw("</a>)</td><td>")
                    .text(s.holder() == null ? "" : s.holder()).raw("</td><td>").text(String.join(", ", s.sections()))
                    .raw("</td>");
            HtmlSection.num(out, s.datasets());
            out.raw("<td class=\"num\">").text(String.format(Locale.ROOT, "%.0f %%", s.kpi() * 100)).raw("</td>");
            for (long n : new long[] {s.late(), s.present(), s.restricted(), s.unsure(), s.missing(), s.extras()}) {
                HtmlSection.num(out, n);
            }
            out.raw("</tr>\n");
        }
        out.raw("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
    }
}
