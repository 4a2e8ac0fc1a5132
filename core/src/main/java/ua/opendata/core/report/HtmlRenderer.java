package ua.opendata.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.rules.ValidationReport;

/**
 * Renders a {@link ValidationReport} as one self-contained HTML page (XHTML-compatible markup,
 * inline CSS, SVG and a small script; nothing loaded from anywhere). Every text from the data goes
 * through {@link HtmlOut#text} or {@link HtmlOut#attr}. Deterministic: the same report, locale and
 * title give the same bytes. Immutable and thread-safe. Not for public use.
 */
final class HtmlRenderer {

    /** The Content-Security-Policy the page declares for itself. */
    public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src data:";

    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    private final Locale locale;
    private final @Nullable String title;
    private final HtmlSummary summary;
    private final HtmlFixFirst fixFirst;
    private final HtmlCharts charts;
    private final HtmlAnnex annex;
    private final HtmlAnnexPresence presence;
    private final HtmlDatasets datasets;
    private final HtmlPortal portal;
    private final HtmlFindings findings;

    /**
     * @param locale the report language: Ukrainian for language {@code uk}, English otherwise
     * @param title  the page title; {@code null} for the default
     */
    public HtmlRenderer(Locale locale, @Nullable String title) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.title = title;
        this.summary = new HtmlSummary(locale);
        this.fixFirst = new HtmlFixFirst(locale);
        this.charts = new HtmlCharts(locale);
        this.annex = new HtmlAnnex(locale);
        this.presence = new HtmlAnnexPresence(locale);
        this.datasets = new HtmlDatasets(locale);
        this.portal = new HtmlPortal(locale);
        this.findings = new HtmlFindings(locale);
    }

    /** Writes the page for {@code report}. */
    public void render(ValidationReport report, HtmlOut out) {
        render(report, null, out);
    }

    /**
     * Writes the page for {@code report} with a portal section for an audit; without one the page is
     * byte for byte the page of {@link #render(ValidationReport, HtmlOut)}.
     */
    public void render(ValidationReport report, @Nullable AuditResult audit, HtmlOut out) {
        render(report, audit, out, null);
    }

    /**
     * Writes the page; with {@code paging}, a page of bounded size whatever the report's size (the first
     * page of each table, the worst datasets, capped lists) and the data files the page loads the rest
     * from. Without, the page of {@link #render(ValidationReport, AuditResult, HtmlOut)}.
     */
    public void render(ValidationReport report, @Nullable AuditResult audit, HtmlOut out,
                       @Nullable HtmlPaging paging) {
        String pageTitle = title != null ? title : HtmlLabel.TITLE.in(locale);
        out.raw("<!DOCTYPE html>\n<html lang=\"").raw(summary.uk() ? "uk" : "en").raw("\">\n<head>\n")
                .raw("<meta charset=\"utf-8\"/>\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").raw(paging == null ? CSP : HtmlPaging.CSP).raw("\"/>\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .raw("<meta name=\"referrer\" content=\"no-referrer\"/>\n")
                .raw("<meta name=\"generator\" content=\"ua-opendata\"/>\n")
                .raw("<title>").text(pageTitle).raw("</title>\n")
                .raw("<style>/*<![CDATA[*/\n").raw(CSS).raw("/*]]>*/</style>\n")
                .raw("</head>\n<body>\n");
        summary.header(report, pageTitle, audit != null, paging != null, out);
        out.raw("<main>\n");
        summary.kpi(report, out);
        fixFirst.render(report, summary::percent, out);
        if (paging != null) {
            new HtmlWorst(locale).render(report, out);
        }
        charts.charts(report, out);
        annex.annex(report, out);
        if (audit != null) {
            presence.render(audit.annex(), out);
        }
        Map<String, Integer> groupOf = HtmlDatasets.groups(report);
        datasets.datasets(report, groupOf, out, paging);
        if (audit != null) {
            portal.portal(audit, out, paging);
        }
        findings.findings(report, groupOf, out, paging);
        findings.rules(report, out);
        out.raw("</main>\n<footer><p class=\"small\">").text(HtmlLabel.FOOTER.in(locale)).raw("</p></footer>\n");
        out.raw("<script>//<![CDATA[\n").raw(JS).raw("//]]></script>\n</body>\n</html>\n");
        if (paging != null) {
            HtmlPages pages = new HtmlPages(datasets, findings, portal);
            pages.write(report, groupOf, paging);
            if (audit != null) {
                pages.write(audit, paging);
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("/ua/opendata/core/report/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The HTML report resource ua/opendata/core/report/html/" + name
                        + " is missing from the classpath; rebuild the ua-opendata-core jar.");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (text.contains("]]>") || text.toLowerCase(Locale.ROOT).contains("</s")) {
                throw new IllegalStateException("The HTML report resource " + name
                        + " must not contain ']]>' or '</'; it is inlined in the page.");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the HTML report resource " + name, e);
        }
    }
}
