package ua.opendata.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.rules.ValidationReport;

/**
 * Writes a {@link ValidationReport} as one self-contained HTML page for auditors and publishers:
 * the KPI against its target as a gauge, counts, bar charts of findings by rule and of late datasets
 * by responsible person, the annex coverage, a sortable and filterable table of datasets, and every
 * finding grouped by dataset with the rule's source. The page loads nothing from the network (inline
 * CSS, SVG and a small script under a restrictive Content-Security-Policy), reads fully without
 * JavaScript, prints, and fits a phone. Every text from the data is escaped. The same report gives
 * the same bytes. Immutable and thread-safe.
 *
 * <pre>{@code
 * HtmlReport.builder().build().write(report, Path.of("report.html"));          // Ukrainian
 * String html = HtmlReport.builder().locale(Locale.ENGLISH).build().render(report);
 * }</pre>
 */
public final class HtmlReport {

    private final Locale locale;
    private final @Nullable String title;
    private final HtmlRenderer renderer;

    private HtmlReport(Builder b) {
        this.locale = b.locale;
        this.title = b.title;
        this.renderer = new HtmlRenderer(locale, title);
    }

    /**
     * A builder: Ukrainian, with the default title.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The report language.
     *
     * @return {@link LocalizedText#UKRAINIAN} or {@link Locale#ENGLISH}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The page title.
     *
     * @return the title given to the builder; {@code null} when the default title of the language is used
     */
    public @Nullable String title() {
        return title;
    }

    /**
     * The page as a string.
     *
     * @param report the report to show
     * @return the whole HTML page
     */
    public String render(ValidationReport report) {
        Objects.requireNonNull(report, "report");
        StringBuilder b = new StringBuilder(32_768 + report.findings().size() * 600 + report.datasets().size() * 400);
        renderer.render(report, new HtmlOut(b));
        return b.toString();
    }

    /**
     * Writes the page to {@code out} and flushes it; does not close it. The caller chooses the
     * encoding of {@code out}: the page declares UTF-8.
     *
     * @param report the report to show
     * @param out    where to write the page
     * @throws UncheckedIOException when {@code out} fails
     */
    public void write(ValidationReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        renderer.render(report, new HtmlOut(out));
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(HtmlLabel.writeFailed(e.getMessage()), e);
        }
    }

    /**
     * Writes the page to {@code file} in UTF-8, atomically: to a temporary file in the same directory,
     * then moved over {@code file} (atomically where the file system allows). On failure the
     * temporary file is deleted and {@code file} is left as it was.
     *
     * <p>A report of more than 100 datasets gives a page of bounded size (a few megabytes at most
     * whatever the number of datasets): the first 100 rows of the table and their findings, the datasets
     * with the most errors, lists cut at 500 items; every page of rows, with its findings, goes to a small
     * script file in a folder beside the page, named after it ({@code report.html} →
     * {@code report-data/000.js}, …), which the page loads when the reader pages or filters the table.
     * That folder is written as one set (a temporary folder renamed into place); a smaller report removes
     * the folder of an earlier one. {@link #render} and {@link #write(ValidationReport, Writer)} always
     * give the whole report in one page.
     *
     * @param report the report to show
     * @param file   the file to create or replace, e.g. {@code compliance-2026-11.html}
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public void write(ValidationReport report, Path file) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(file, "file");
        HtmlPaging.writePage(file, report, null, renderer);
    }

    /** Builds an {@link HtmlReport}. Not thread-safe. */
    public static final class Builder {

        private Locale locale = LocalizedText.UKRAINIAN;
        private @Nullable String title;

        private Builder() {
        }

        /**
         * The report language: Ukrainian for a locale whose language is {@code uk} (the default),
         * English for any other.
         *
         * @param locale the wanted language
         * @return this builder
         */
        public Builder locale(Locale locale) {
            Objects.requireNonNull(locale, "locale");
            this.locale = "uk".equals(locale.getLanguage()) ? LocalizedText.UKRAINIAN : Locale.ENGLISH;
            return this;
        }

        /**
         * The page title, e.g. the publisher's name and the period; blank for the default
         * «Звіт про відповідність постанові КМУ № 835» / "Resolution 835 compliance report" (see
         * {@link #defaultTitle()}).
         *
         * @param title the title, shown as text (never as markup)
         * @return this builder
         */
        public Builder title(String title) {
            Objects.requireNonNull(title, "title");
            this.title = title.isBlank() ? null : title;
            return this;
        }

        /**
         * The default title of the language (the default), forgetting a title given before.
         *
         * @return this builder
         */
        public Builder defaultTitle() {
            this.title = null;
            return this;
        }

        /**
         * The writer.
         *
         * @return an immutable {@link HtmlReport}
         */
        public HtmlReport build() {
            return new HtmlReport(this);
        }
    }
}
