package ua.opendata.passport.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.PassportException;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.Restriction;
import ua.opendata.passport.internal.csv.Column;
import ua.opendata.passport.internal.csv.Messages;
import ua.opendata.passport.io.AtomicFiles;
import ua.opendata.passport.io.Dates;

/**
 * Writes a register of datasets as CSV: the Ministry's twelve standard headers, then the internal
 * headers ({@code status, annexDataset, restrictionBasis, restrictedSince, responsiblePerson,
 * nextUpdateDue}), then the register's further columns in {@link Register#extraColumns()} order.
 *
 * <p>A cell is quoted only when it has to be: when it contains the delimiter, a quote, CR or LF, or
 * starts or ends with whitespace. Keywords and formats are joined with {@code ,}; formats are
 * written as their raw text, so dirty values survive. Cells are never altered (no CSV-injection
 * escaping: the register is data, not a report).
 *
 * <p><b>Round trips.</b> {@code reader.read(written).register()} equals the register written,
 * except for what CSV cannot represent, which the reader reads differently:
 * <ul>
 *   <li>a text cell, frequency or further-column cell that is empty or only whitespace (read as
 *       absent);</li>
 *   <li>a keyword or format containing {@code ,}, with surrounding whitespace, or empty;</li>
 *   <li>a restriction with neither basis nor date (read as no restriction);</li>
 *   <li>a contact person's position or designation order (the register has no column for them);</li>
 *   <li>an entry whose every cell is empty (an empty row is skipped);</li>
 *   <li>dates outside years 0001–9999 and text with unpaired UTF-16 surrogates.</li>
 * </ul>
 * Further columns whose header is blank, has surrounding whitespace or names a register column
 * (also by alias) cannot be read back as themselves: writing such a register fails.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RegisterCsvWriter {

    private static final RegisterCsvWriter DEFAULTS = builder().build();

    private final char delimiter;
    private final boolean bom;
    private final DateTimeFormatter dateFormat;
    private final String lineSeparator;

    private RegisterCsvWriter(Builder b) {
        this.delimiter = b.delimiter;
        this.bom = b.bom;
        this.dateFormat = b.dateFormat;
        this.lineSeparator = b.lineSeparator;
    }

    /**
     * UTF-8 with BOM, {@code ,} as delimiter, ISO dates ({@code yyyy-MM-dd}), CRLF line ends.
     *
     * @return a writer with those defaults
     */
    public static RegisterCsvWriter defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder starting from this writer's settings} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.delimiter = delimiter;
        b.bom = bom;
        b.dateFormat = dateFormat;
        b.lineSeparator = lineSeparator;
        return b;
    }

    /**
     * Writes the register to {@code file} in UTF-8, atomically: readers see the old file or the
     * whole new one; on failure the old file is left unchanged and no temporary file remains.
     *
     * @param register the register to write
     * @param file the file to create or replace
     * @throws java.io.UncheckedIOException naming the file when writing fails
     * @throws PassportException naming the file when the register has a further column that cannot
     *                           be written (see the class description), or a value cannot be written
     */
    public void write(Register register, Path file) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(file, "file");
        checkExtraColumns(register);
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writeTo(register, w);
            w.flush();
        });
    }

    /**
     * Writes the register to {@code out}, which is flushed and not closed. With a BOM configured the
     * text starts with U+FEFF, which the caller's encoding turns into bytes (UTF-8: {@code EF BB BF}).
     *
     * @param register the register to write
     * @param out the character stream that receives the CSV
     * @throws java.io.UncheckedIOException when writing to the stream fails
     * @throws PassportException when a further column or a value cannot be written
     */
    public void write(Register register, Writer out) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(out, "out");
        checkExtraColumns(register);
        try {
            writeTo(register, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.both("CSV-WRITE-FAILED", String.valueOf(e.getMessage())), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(Messages.both("CSV-WRITE-FAILED", String.valueOf(e.getMessage())),
                    e.getCause());
        } catch (DateTimeException e) {
            throw new PassportException(Messages.both("CSV-WRITE-FAILED", String.valueOf(e.getMessage())), e);
        }
    }

    private static void checkExtraColumns(Register register) {
        for (String h : register.extraColumns()) {
            String code = null;
            if (h.isBlank()) {
                code = "CSV-EXTRA-BLANK";
            } else if (!h.equals(h.strip()) || h.charAt(0) == '\uFEFF') {
                code = "CSV-EXTRA-WHITESPACE";
            } else if (Column.lookup(h) != null) {
                code = "CSV-EXTRA-IS-COLUMN";
            }
            if (code != null) {
                Column c = Column.lookup(h);
                throw new PassportException(Messages.both(code, h, c == null ? "" : c.header()));
            }
        }
    }

    private void writeTo(Register register, Writer w) throws IOException {
        if (bom) {
            w.write('\uFEFF');
        }
        List<String> extras = register.extraColumns();
        StringBuilder row = new StringBuilder(1024);
        for (Column c : Column.all()) {
            cell(row, c.header(), c.ordinal() == 0);
        }
        for (String h : extras) {
            cell(row, h, false);
        }
        row.append(lineSeparator);
        w.write(row.toString());
        for (RegisterEntry e : register.entries()) {
            row.setLength(0);
            cell(row, e.identifier(), true);
            cell(row, e.title(), false);
            cell(row, e.description(), false);
            cell(row, e.accrualPeriodicity() == null ? null : e.accrualPeriodicity().raw(), false);
            cell(row, String.join(",", e.keywords()), false);
            cell(row, e.purpose(), false);
            cell(row, e.landingPage(), false);
            cell(row, formats(e.distributionFormats()), false);
            cell(row, e.publisher().name(), false);
            cell(row, e.publisher().edrpou(), false);
            cell(row, e.contactPoint().fullName(), false);
            cell(row, e.contactPoint().email(), false);
            cell(row, e.status() == null ? null : e.status().code(), false);
            cell(row, e.annexDataset(), false);
            Restriction r = e.restriction();
            cell(row, r == null ? null : r.legalBasis(), false);
            cell(row, r == null ? null : date(r.since()), false);
            cell(row, e.responsiblePerson(), false);
            cell(row, date(e.nextUpdateDue()), false);
            for (String h : extras) {
                cell(row, e.extraColumns().get(h), false);
            }
            row.append(lineSeparator);
            w.write(row.toString());
        }
    }

    private static String formats(List<DataFormat> formats) {
        if (formats.size() == 1) {
            return formats.get(0).raw();
        }
        StringBuilder b = new StringBuilder();
        for (DataFormat f : formats) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(f.raw());
        }
        return b.toString();
    }

    private @Nullable String date(@Nullable LocalDate d) {
        return d == null ? null : dateFormat.format(d);
    }

    private void cell(StringBuilder row, @Nullable String value, boolean first) {
        if (!first) {
            row.append(delimiter);
        }
        if (value == null || value.isEmpty()) {
            return;
        }
        if (needsQuotes(value)) {
            row.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    row.append('"');
                }
                row.append(c);
            }
            row.append('"');
        } else {
            row.append(value);
        }
    }

    private boolean needsQuotes(String v) {
        if (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1))
                || Character.isSpaceChar(v.charAt(0)) || Character.isSpaceChar(v.charAt(v.length() - 1))) {
            return true;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "RegisterCsvWriter[delimiter=" + (delimiter == '\t' ? "TAB" : String.valueOf(delimiter)) + ", bom=" + bom
                + ", lineSeparator=" + (lineSeparator.equals("\n") ? "LF" : "CRLF") + "]";
    }

    /** Builds a {@link RegisterCsvWriter}; checks every setting at once. Not thread-safe. */
    public static final class Builder {
        private char delimiter = ',';
        private boolean bom = true;
        private DateTimeFormatter dateFormat = DateTimeFormatter.ISO_LOCAL_DATE;
        private String lineSeparator = "\r\n";

        private Builder() {
        }

        /**
         * The delimiter: {@code ','}, {@code ';'} or {@code '\t'}.
         *
         * @param v the delimiter character
         * @return this builder
         */
        public Builder delimiter(char v) {
            if (v != ',' && v != ';' && v != '\t') {
                throw new IllegalArgumentException(Messages.both("CSV-ARG-DELIMITER", Messages.quote(String.valueOf(v))));
            }
            delimiter = v;
            return this;
        }

        /**
         * Whether to start the file with a UTF-8 byte order mark (Excel needs it to see UTF-8).
         *
         * @param v {@code true} to write a BOM
         * @return this builder
         */
        public Builder bom(boolean v) {
            bom = v;
            return this;
        }

        /**
         * The date format; it must write dates the reader reads back: {@code yyyy-MM-dd},
         * {@code dd.MM.yyyy} or {@code d.M.yyyy}.
         *
         * @param v the date format
         * @return this builder
         */
        public Builder dateFormat(DateTimeFormatter v) {
            Objects.requireNonNull(v, "dateFormat");
            for (LocalDate probe : List.of(LocalDate.of(2026, 1, 2), LocalDate.of(1999, 12, 31))) {
                String text;
                try {
                    text = v.format(probe);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(Messages.both("CSV-ARG-DATE-FORMAT",
                            String.valueOf(e.getMessage())), e);
                }
                if (!probe.equals(Dates.parse(text))) {
                    throw new IllegalArgumentException(Messages.both("CSV-ARG-DATE-BACK", probe.toString(),
                            Messages.quote(text)));
                }
            }
            dateFormat = v;
            return this;
        }

        /**
         * The line separator: {@code "\r\n"} (the default, as Excel writes) or {@code "\n"}.
         *
         * @param v the line separator
         * @return this builder
         */
        public Builder lineSeparator(String v) {
            if (!"\r\n".equals(v) && !"\n".equals(v)) {
                throw new IllegalArgumentException(Messages.both("CSV-ARG-LINE-SEPARATOR"));
            }
            lineSeparator = v;
            return this;
        }

        /** {@return a writer with the settings given to this builder} */
        public RegisterCsvWriter build() {
            return new RegisterCsvWriter(this);
        }
    }
}
