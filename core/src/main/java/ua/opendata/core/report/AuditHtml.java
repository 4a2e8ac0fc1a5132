package ua.opendata.core.report;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.internal.html.HtmlOut;

/**
 * The HTML compliance report of an audit: the page of {@link ua.opendata.core.report.HtmlReport} for the
 * audit's report, with a «Портал» / "Portal" section listing each dataset with a link to its page on the
 * portal, its resources (format, link, dates, file status), the date timeliness was judged on and the
 * verdict, then the comparison with the register and the mapping notes. Links go to the portal only; the page
 * still loads nothing from the network. Immutable and thread-safe.
 */
public final class AuditHtml {

    private final HtmlRenderer renderer;

    private AuditHtml(Locale locale, @Nullable String title) {
        this.renderer = new HtmlRenderer("uk".equals(locale.getLanguage()) ? LocalizedText.UKRAINIAN : Locale.ENGLISH,
                title == null || title.isBlank() ? null : title);
    }

    /**
     * A writer in the given language, with the default title of that language.
     *
     * @param locale Ukrainian for language {@code uk}, English otherwise
     * @return the writer
     */
    public static AuditHtml of(Locale locale) {
        return new AuditHtml(Objects.requireNonNull(locale, "locale"), null);
    }

    /**
     * A writer in the given language, with a page title.
     *
     * @param locale Ukrainian for language {@code uk}, English otherwise
     * @param title  the page title, shown as text; a blank one means the default title
     * @return the writer
     */
    public static AuditHtml of(Locale locale, String title) {
        return new AuditHtml(Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(title, "title"));
    }

    /**
     * The page as a string.
     *
     * @param audit the audit
     * @return the whole HTML page
     */
    public String render(AuditResult audit) {
        Objects.requireNonNull(audit, "audit");
        StringBuilder b = new StringBuilder(65_536 + audit.fileCount() * 400);
        renderer.render(audit.report(), audit, new HtmlOut(b));
        return b.toString();
    }

    /**
     * Writes the page to {@code file} in UTF-8, atomically (a temporary file moved over it). A large audit
     * (more than 100 datasets) gives a page of bounded size with its data folder beside it, as
     * {@link HtmlReport#write(ua.opendata.core.rules.ValidationReport, Path)} describes.
     *
     * @param audit the audit
     * @param file  the file to create or replace
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public void write(AuditResult audit, Path file) {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(file, "file");
        HtmlPaging.writePage(file, audit.report(), audit, renderer);
    }
}
