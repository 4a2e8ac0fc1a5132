package ua.opendata.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.passport.io.AtomicFiles;

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
     * Writes the page to {@code file} in UTF-8, atomically (a temporary file moved over it).
     *
     * @param audit the audit
     * @param file  the file to create or replace
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public void write(AuditResult audit, Path file) {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(file, "file");
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            renderer.render(audit.report(), audit, new HtmlOut(w));
            w.flush();
        }, AuditHtml::failed);
    }

    private static RuntimeException failed(String message, Exception cause) {
        if (cause instanceof UncheckedIOException u) {
            return new UncheckedIOException(message, u.getCause());
        }
        if (cause instanceof IOException io) {
            return new UncheckedIOException(message, io);
        }
        return cause instanceof RuntimeException r ? r : new IllegalStateException(message, cause);
    }
}
