package ua.opendata.passport.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import ua.opendata.passport.PassportException;
import ua.opendata.passport.Register;
import ua.opendata.passport.internal.csv.Column;
import ua.opendata.passport.internal.csv.Messages;
import ua.opendata.passport.internal.xlsx.WorkbookWriter;
import ua.opendata.passport.io.AtomicFiles;

/**
 * Writes a register of datasets as an Excel workbook (.xlsx) of one sheet, with the columns in the
 * order {@link ua.opendata.passport.csv.RegisterCsvWriter} writes them: the Ministry's twelve
 * standard headers, the internal ones, then the further columns.
 *
 * <p>The header row is bold and frozen. Text goes in shared strings, as Excel stores it; the
 * identifier and EDRPOU columns are formatted as text, so that Excel keeps leading zeros
 * ({@code 0012}, {@code 04053625}) also in cells a clerk types later; dates are real Excel dates
 * shown as {@code dd.mm.yyyy} (dates before 1900, which Excel cannot show, are written as ISO
 * text). Keywords and formats are joined with {@code ,}, formats as their raw text.
 *
 * <p><b>Round trips.</b> {@code RegisterXlsxReader.read(written).register()} equals the register
 * written, with the same exceptions as CSV (see {@link ua.opendata.passport.csv.RegisterCsvWriter}),
 * except that any text survives: control characters and unpaired surrogates are written as OOXML
 * {@code _xHHHH_} escapes. A further column whose header is blank, has surrounding whitespace or
 * names a register column (also by alias) cannot be read back as itself: writing such a register
 * fails.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RegisterXlsxWriter {

    /** The default sheet name: {@code Реєстр} (data: the name a clerk expects on the tab, not a message). */
    public static final String DEFAULT_SHEET = "Реєстр";

    private static final RegisterXlsxWriter DEFAULTS = builder().build();

    private final String sheet;

    private RegisterXlsxWriter(Builder b) {
        this.sheet = b.sheet;
    }

    /** {@return a writer of one sheet named {@value #DEFAULT_SHEET}} */
    public static RegisterXlsxWriter defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder starting from this writer's settings} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.sheet = sheet;
        return b;
    }

    /**
     * Writes the register to {@code file} atomically: the workbook goes to a temporary file beside
     * it, which then replaces the file; on failure the old file is left unchanged and no temporary
     * file remains.
     *
     * @param register the register to write
     * @param file the workbook file to create or replace
     * @throws java.io.UncheckedIOException naming the file when writing fails
     * @throws PassportException naming the file when the register has a further column that cannot
     *                           be written (see the class description), or a value cannot be written
     */
    public void write(Register register, Path file) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(file, "file");
        checkExtraColumns(register);
        AtomicFiles.write(file, out -> new WorkbookWriter(sheet).write(register, out));
    }

    /**
     * Writes the register to {@code out}, which is flushed and not closed.
     *
     * @param register the register to write
     * @param out the stream that receives the workbook
     * @throws java.io.UncheckedIOException when writing to the stream fails
     * @throws PassportException when a further column or a value cannot be written
     */
    public void write(Register register, OutputStream out) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(out, "out");
        checkExtraColumns(register);
        try {
            new WorkbookWriter(sheet).write(register, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.both("XLSX-WRITE-FAILED", String.valueOf(e.getMessage())), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(Messages.both("XLSX-WRITE-FAILED", String.valueOf(e.getMessage())),
                    e.getCause());
        }
    }

    private static void checkExtraColumns(Register register) {
        for (String h : register.extraColumns()) {
            String code = null;
            if (h.isBlank()) {
                code = "XLSX-EXTRA-BLANK";
            } else if (!h.equals(h.strip()) || h.charAt(0) == '\uFEFF') {
                code = "XLSX-EXTRA-WHITESPACE";
            } else if (Column.lookup(h) != null) {
                code = "XLSX-EXTRA-IS-COLUMN";
            }
            if (code != null) {
                Column c = Column.lookup(h);
                throw new PassportException(Messages.both(code, h, c == null ? "" : c.header()));
            }
        }
    }

    @Override
    public String toString() {
        return "RegisterXlsxWriter[sheet=" + sheet + "]";
    }

    /** Builds a {@link RegisterXlsxWriter}. Not thread-safe. */
    public static final class Builder {
        private String sheet = DEFAULT_SHEET;

        private Builder() {
        }

        /**
         * The sheet name: 1 to 31 characters, none of {@code : \ / ? * [ ]}, not starting or ending
         * with {@code '} (Excel's rules).
         *
         * @param name the sheet name
         * @return this builder
         */
        public Builder sheet(String name) {
            Objects.requireNonNull(name, "sheet");
            if (name.isEmpty() || name.length() > 31 || name.startsWith("'") || name.endsWith("'")
                    || name.chars().anyMatch(c -> ":\\/?*[]".indexOf(c) >= 0 || c < 0x20)) {
                throw new IllegalArgumentException(Messages.both("XLSX-ARG-SHEET-NAME", Messages.quote(name)));
            }
            sheet = name;
            return this;
        }

        /** {@return a writer with the settings given to this builder} */
        public RegisterXlsxWriter build() {
            return new RegisterXlsxWriter(this);
        }
    }
}
