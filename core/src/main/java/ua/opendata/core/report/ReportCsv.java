package ua.opendata.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.io.AtomicFiles;

/**
 * The findings of a report as CSV, one row per finding, for spreadsheets: UTF-8 with a BOM and
 * {@code ;} as delimiter by default (what Excel with Ukrainian regional settings opens directly).
 *
 * <p>Columns: {@code rule, severity, dataset, path, message_uk, message_en, fix_uk, fix_en, excerpt,
 * location} (where the clerk fixes it: {@code register.csv:17:3}, {@code register.xlsx:Sheet1!C17}, empty
 * when the register did not come from a file).
 * Safe against spreadsheet formula injection: a cell whose text begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is written with a leading apostrophe, so a
 * spreadsheet shows it as text and never evaluates it.
 */
public final class ReportCsv {

    private static final String[] HEADER = {"rule", "severity", "dataset", "path", "message_uk", "message_en",
        "fix_uk", "fix_en", "excerpt", "location"};

    private final char delimiter;
    private final boolean bom;

    private ReportCsv(char delimiter, boolean bom) {
        this.delimiter = delimiter;
        this.bom = bom;
    }

    /** {@return the default writer: UTF-8 with BOM, {@code ;} delimiter, CRLF line ends} */
    public static ReportCsv defaults() {
        return new ReportCsv(';', true);
    }

    /**
     * The same, with another delimiter.
     *
     * @param delimiter {@code ,}, {@code ;} or a tab
     * @return a writer like this one with that delimiter
     * @throws IllegalArgumentException for any other delimiter
     */
    public ReportCsv withDelimiter(char delimiter) {
        if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
            throw new IllegalArgumentException("The delimiter must be ',', ';' or a tab");
        }
        return new ReportCsv(delimiter, bom);
    }

    /**
     * The same, with or without a byte-order mark.
     *
     * @param bom whether to begin the file with a UTF-8 byte-order mark
     * @return a writer like this one with or without the mark
     */
    public ReportCsv withBom(boolean bom) {
        return new ReportCsv(delimiter, bom);
    }

    /**
     * Writes the findings atomically to a file.
     *
     * @param report the report whose findings are written
     * @param file   the file, replaced only when the whole content was written
     */
    public void write(ValidationReport report, Path file) {
        AtomicFiles.write(file, out -> writeTo(report, out), ReportFiles::failed);
    }

    /**
     * Writes the findings to a stream; does not close it.
     *
     * @param report the report whose findings are written
     * @param out    where the CSV goes
     * @throws UncheckedIOException when the stream cannot be written
     */
    public void write(ValidationReport report, OutputStream out) {
        try {
            writeTo(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV report: " + e.getMessage(), e);
        }
    }

    private void writeTo(ValidationReport report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (bom) {
            w.write('\uFEFF');
        }
        row(w, HEADER);
        for (Finding f : report.findings()) {
            row(w, f.ruleId(), f.severity().name(), f.datasetId(), f.path(), f.message().uk(), f.message().en(),
                    f.fix().uk(), f.fix().en(), f.excerpt(), location(f));
        }
        w.flush();
    }

    private static @Nullable String location(Finding f) {
        return f.location() == null ? null : f.location().toString();
    }

    private void row(Writer w, @Nullable String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(delimiter);
            }
            w.write(cell(cells[i]));
        }
        w.write("\r\n");
    }

    /** One cell, defused against formula injection and quoted when needed. */
    String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            v = "'" + v;
        }
        boolean quote = v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
