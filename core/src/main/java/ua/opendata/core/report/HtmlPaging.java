package ua.opendata.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.io.AtomicFiles;

/**
 * How a large report is split: the page holds the first page of each long table, and every page of
 * rows goes to a small script file in a folder beside the page ({@code report-data/000.js}, …), which
 * the page's script loads with a {@code <script src>} tag when the reader pages or filters (browsers
 * allow that for {@code file://} pages, where they refuse {@code fetch}). Each file calls
 * {@code opendataReport.page(kind, number, rows)} or {@code opendataReport.index(part, texts)} with
 * data written as JavaScript string literals in which {@code < > &} are escaped, so no text of the
 * data can close a script or open markup. Not for public use.
 */
final class HtmlPaging {
    /** Rows of a table per page and per data file. */
    static final int PAGE = 100;
    /** Rows whose search texts share one index file. */
    static final int INDEX_PART = 5000;
    /** Items of an inline list (comparison, notes, register findings) shown at most in the page. */
    static final int LIST_CAP = 500;
    /** Datasets in the "worst datasets" list. */
    static final int WORST = 20;
    /** The kind of the datasets table's data files. */
    static final String DATASETS = "d";
    /** The kind of the portal table's data files. */
    static final String PORTAL = "p";
    /** The Content-Security-Policy of a paged page: as {@link HtmlRenderer#CSP}, with scripts from its folder. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self' 'unsafe-inline'; "
            + "img-src data:";

    private final String dirName;
    private final Path dir;

    /**
     * @param dirName the data folder's name as the page refers to it, e.g. {@code report-data}
     * @param dir     where its files are written
     */
    HtmlPaging(String dirName, Path dir) {
        this.dirName = dirName;
        this.dir = dir;
    }

    /** Whether {@code report} (with {@code audit}) has a table longer than a page. */
    static boolean needed(ValidationReport report, @Nullable AuditResult audit) {
        return report.datasets().size() > PAGE || audit != null && audit.datasets().size() > PAGE;
    }

    /**
     * Writes the page to {@code file} (UTF-8, atomically); when the report needs paging, with its data
     * folder beside it, written as one set; otherwise a data folder of an earlier page is removed.
     */
    static void writePage(Path file, ValidationReport report, @Nullable AuditResult audit, HtmlRenderer renderer) {
        Path page = file.toAbsolutePath();
        String dirName = dirNameFor(page);
        Path dataDir = page.resolveSibling(dirName);
        if (!needed(report, audit)) {
            writeFile(page, report, audit, renderer, null);
            ReportFolder.deleteQuietly(dataDir);
            return;
        }
        ReportFolder.replace(dataDir, tmp -> writeFile(page, report, audit, renderer, new HtmlPaging(dirName, tmp)));
    }

    private static void writeFile(Path page, ValidationReport report, @Nullable AuditResult audit,
                                  HtmlRenderer renderer, @Nullable HtmlPaging paging) {
        AtomicFiles.write(page, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65_536);
            renderer.render(report, audit, new HtmlOut(w), paging);
            w.flush();
        }, ReportFiles::failed);
    }

    /** The data folder beside a page file: {@code report.html} → {@code report-data}. */
    static String dirNameFor(Path page) {
        String name = page.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem + "-data";
    }

    /** The folder name, with a slash, for the page's {@code data-src} attributes. */
    String src() {
        return dirName + "/";
    }

    /** The number of pages of {@code rows} rows. */
    static int pages(int rows) {
        return (rows + PAGE - 1) / PAGE;
    }

    /** The file name of a page of a kind, as report.js builds it. */
    static String fileName(String kind, int number) {
        String n = String.format(Locale.ROOT, "%03d", number);
        return switch (kind) {
            case DATASETS -> n + ".js";
            case PORTAL -> "portal-" + n + ".js";
            default -> "index-" + n + ".js";
        };
    }

    /** Writes one page of a table: per row, its markup and the markup of its details (may be empty). */
    void page(String kind, int number, List<String[]> rows) {
        write(fileName(kind, number), w -> {
            w.write("opendataReport.page(\"" + kind + "\"," + number + ",[\n");
            for (int i = 0; i < rows.size(); i++) {
                w.write('[');
                String[] cells = rows.get(i);
                for (int c = 0; c < cells.length; c++) {
                    if (c > 0) {
                        w.write(',');
                    }
                    js(cells[c], w);
                }
                w.write(i + 1 < rows.size() ? "],\n" : "]\n");
            }
            w.write("]);\n");
        });
    }

    /** Writes one part of the datasets' search index: per row, the text the filter searches, in lower case. */
    void index(int part, List<String> texts) {
        write(fileName("i", part), w -> {
            w.write("opendataReport.index(" + part + ",[\n");
            for (int i = 0; i < texts.size(); i++) {
                js(texts.get(i), w);
                w.write(i + 1 < texts.size() ? ",\n" : "\n");
            }
            w.write("]);\n");
        });
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private void write(String name, Body body) {
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(dir);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                body.write(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(HtmlLabel.writeFailed(file + ": " + e.getMessage()), e);
        }
    }

    /**
     * Writes {@code s} as a JavaScript string literal (also valid JSON) with {@code < > &}, the line
     * separators and every control character escaped: the file holds no markup whatever the text.
     */
    static void js(String s, Appendable out) throws IOException {
        out.append('"');
        int plain = 0; // the start of the run of characters written as they are
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                default -> null;
            };
            boolean asUnicode = c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029' || c < 0x20
                    || c == 0x7f;
            if (escaped == null && !asUnicode) {
                continue;
            }
            out.append(s, plain, i);
            if (escaped != null) {
                out.append(escaped);
            } else {
                unicode(c, out);
            }
            plain = i + 1;
        }
        out.append(s, plain, s.length());
        out.append('"');
    }

    /** The character as a JavaScript escape, backslash-u and four lower-case hex digits. */
    private static void unicode(char c, Appendable out) throws IOException {
        // one append per escape (a hot path: every tag of every row's markup goes through here)
        out.append(c < ASCII_ESCAPES.length ? ASCII_ESCAPES[c] : String.format(Locale.ROOT, "\\u%04x", (int) c));
    }

    /** The escapes of the ASCII characters, made once. */
    private static final String[] ASCII_ESCAPES = new String[0x80];

    static {
        for (int c = 0; c < ASCII_ESCAPES.length; c++) {
            ASCII_ESCAPES[c] = String.format(Locale.ROOT, "\\u%04x", c);
        }
    }
}
