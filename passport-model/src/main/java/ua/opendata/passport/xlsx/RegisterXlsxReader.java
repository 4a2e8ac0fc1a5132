package ua.opendata.passport.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.csv.CsvProblem;
import ua.opendata.passport.csv.RegisterFormatException;
import ua.opendata.passport.internal.csv.Messages;
import ua.opendata.passport.internal.xlsx.XlsxException;

/**
 * Reads a register of datasets from an Excel workbook (.xlsx, Office Open XML), streaming the
 * worksheet in bounded memory beside the register itself.
 *
 * <p><b>Which sheet.</b> The first sheet in tab order, or the one named in {@link
 * Builder#sheet(String)} (compared exactly, then ignoring case and surrounding spaces); an unknown
 * name is a problem that lists the workbook's sheets.
 *
 * <p><b>Header and columns.</b> As in {@link ua.opendata.passport.csv.RegisterCsvReader}: the same
 * headers and aliases, the same required columns, further columns kept under their header. Up to
 * five title rows above the header (one text cell that names no column) are skipped with a notice. A
 * header cell merged over the row below makes a two-row header: each column is named by its cell in
 * the lower row, or by the merged label above it when that names a register column (a group
 * «Розпорядник інформації» over «Найменування» and «Код за ЄДРПОУ»). A header cell merged across
 * columns without a row below names its first column only (a notice says so). In the data, the
 * cells covered by a merged range take the value of its first cell (a notice names the range).
 *
 * <p><b>Cells as Excel stores them.</b> Text (shared or inline strings, rich text joined) is kept as
 * it is; a number with a date format is a date (1900 and 1904 date systems); a date typed as text
 * is read as in CSV ({@code dd.MM.yyyy}, {@code yyyy-MM-dd}); a number is read as a person sees it
 * ({@code 12}, never {@code 12.0} or {@code 1.2E1}); a formula gives its cached value; booleans read
 * {@code TRUE}/{@code FALSE}. Stored types that do not fit the column are reported with the cell and
 * the fix: a number in a date column or an error value ({@code #REF!}) is a problem; an EDRPOU code
 * stored as a number shorter than eight digits lost its leading zeros, a problem that gives the code
 * with them; an identifier stored as a number is a notice (leading zeros such as {@code 0012} may
 * have been dropped).
 *
 * <p><b>Hostile files.</b> The file size, the number of parts and the bytes actually inflated are
 * limited (a ZIP bomb stops at the limit); XML with a DTD or entity references is refused, so no
 * external entity is ever read. An .xls file (the old binary format), an OpenDocument spreadsheet
 * or another ZIP archive gets a problem that says to save the file as .xlsx.
 *
 * <p><b>Errors.</b> As in CSV: every problem of the sheet is thrown at once in a {@link
 * RegisterFormatException}, each with its location {@code file:Sheet!B5} ({@link
 * CsvProblem#location()}); a partial register is never returned. Messages come in Ukrainian and
 * English.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RegisterXlsxReader {

    /** Default file size limit: 64 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;
    /** Default limit of the bytes inflated from the file's parts: 1 GiB. */
    public static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 1L << 30;
    /** Default limit of the number of parts (ZIP entries): 10,000. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;
    /** Default cell size limit: 1,048,576 characters. */
    public static final int DEFAULT_MAX_CELL_CHARS = 1 << 20;
    /** Default column limit: 1,000. */
    public static final int DEFAULT_MAX_COLUMNS = 1_000;
    /** Default data row limit: 1,000,000. */
    public static final int DEFAULT_MAX_ROWS = 1_000_000;

    private static final RegisterXlsxReader DEFAULTS = builder().build();

    private final long maxFileBytes;
    private final Builder settings;
    private final WorkbookReader workbook;
    private final String description;

    private RegisterXlsxReader(Builder b) {
        this.maxFileBytes = b.maxFileBytes;
        this.settings = b.copy();
        this.workbook = new WorkbookReader(b.maxUncompressedBytes, b.maxEntries, b.maxCellChars, b.maxColumns,
                b.maxRows, b.sheet);
        this.description = "RegisterXlsxReader[sheet=" + (b.sheet == null ? "(first)" : b.sheet) + ", maxFileBytes="
                + b.maxFileBytes + ", maxUncompressedBytes=" + b.maxUncompressedBytes + ", maxEntries=" + b.maxEntries
                + ", maxCellChars=" + b.maxCellChars + ", maxColumns=" + b.maxColumns + ", maxRows=" + b.maxRows + "]";
    }

    /** {@return a reader of the first sheet with the default limits} */
    public static RegisterXlsxReader defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the first sheet and the default limits} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder starting from this reader's settings} */
    public Builder toBuilder() {
        return settings.copy();
    }

    /**
     * Reads a register workbook; problems and notices name the file by its file name.
     *
     * @param file the register workbook
     * @return the entries read, with the problems and notices found
     * @throws RegisterFormatException listing every problem, when the file is not a readable register
     * @throws UncheckedIOException    naming the file, when it cannot be opened or read
     */
    public XlsxReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        String source = name == null ? file.toString() : name.toString();
        try {
            if (Files.size(file) > maxFileBytes) {
                throw WorkbookReader.fail(source, null,
                        new XlsxException("XLSX-FILE-TOO-LARGE", Long.toString(maxFileBytes)));
            }
            return workbook.read(file, source);
        } catch (NoSuchFileException e) {
            throw ioFailure(file.toString(), "XLSX-IO-MISSING", e);
        } catch (IOException | UncheckedIOException e) {
            throw ioFailure(file.toString(), "XLSX-IO", e);
        }
    }

    /**
     * Reads a register workbook from a stream, which is copied to a temporary file (a workbook's
     * parts can only be read in any order from a file) up to the file size limit, and not closed.
     *
     * @param in the workbook bytes
     * @param sourceName the name used in problems and notices, e.g. the file name
     * @return the entries read, with the problems and notices found
     * @throws RegisterFormatException listing every problem, when the stream is not a readable register
     * @throws UncheckedIOException    naming the source, when the stream fails
     */
    public XlsxReadResult read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Path tmp = null;
        try {
            tmp = Files.createTempFile("register-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[1 << 16];
                long total = 0;
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > maxFileBytes) {
                        throw WorkbookReader.fail(sourceName, null,
                                new XlsxException("XLSX-FILE-TOO-LARGE", Long.toString(maxFileBytes)));
                    }
                    out.write(buf, 0, n);
                }
            }
            return workbook.read(tmp, sourceName);
        } catch (IOException | UncheckedIOException e) {
            throw ioFailure(sourceName, "XLSX-IO", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file in the temporary directory
                }
            }
        }
    }

    private static UncheckedIOException ioFailure(String file, String code, Exception e) {
        String message = Messages.both(code, file, String.valueOf(e.getMessage()));
        return new UncheckedIOException(message, e instanceof IOException io ? io
                : (IOException) java.util.Objects.requireNonNull(e.getCause()));
    }

    @Override
    public String toString() {
        return description;
    }

    /** Builds a {@link RegisterXlsxReader}; limits must be positive. Not thread-safe. */
    public static final class Builder {
        private @Nullable String sheet;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private long maxUncompressedBytes = DEFAULT_MAX_UNCOMPRESSED_BYTES;
        private int maxEntries = DEFAULT_MAX_ENTRIES;
        private int maxCellChars = DEFAULT_MAX_CELL_CHARS;
        private int maxColumns = DEFAULT_MAX_COLUMNS;
        private int maxRows = DEFAULT_MAX_ROWS;

        private Builder() {
        }

        /**
         * The sheet to read, by the name on its tab (see {@link #firstSheet()} for the default).
         *
         * @param name the sheet's tab name
         * @return this builder
         */
        public Builder sheet(String name) {
            Objects.requireNonNull(name, "sheet");
            if (name.isBlank()) {
                throw new IllegalArgumentException(Messages.both("XLSX-ARG-SHEET-BLANK"));
            }
            sheet = name;
            return this;
        }

        /**
         * Reads the first sheet in tab order (the default).
         *
         * @return this builder
         */
        public Builder firstSheet() {
            sheet = null;
            return this;
        }

        private Builder copy() {
            Builder b = new Builder();
            b.sheet = sheet;
            b.maxFileBytes = maxFileBytes;
            b.maxUncompressedBytes = maxUncompressedBytes;
            b.maxEntries = maxEntries;
            b.maxCellChars = maxCellChars;
            b.maxColumns = maxColumns;
            b.maxRows = maxRows;
            return b;
        }

        /**
         * The largest file accepted, in bytes.
         *
         * @param v the file size limit in bytes
         * @return this builder
         */
        public Builder maxFileBytes(long v) {
            maxFileBytes = positive(v, "maxFileBytes");
            return this;
        }

        /**
         * The most bytes inflated from all the file's parts together (a ZIP bomb stops here).
         *
         * @param v the inflated size limit in bytes
         * @return this builder
         */
        public Builder maxUncompressedBytes(long v) {
            maxUncompressedBytes = positive(v, "maxUncompressedBytes");
            return this;
        }

        /**
         * The most parts (ZIP entries) the file may have.
         *
         * @param v the part count limit
         * @return this builder
         */
        public Builder maxEntries(int v) {
            maxEntries = (int) positive(v, "maxEntries");
            return this;
        }

        /**
         * The longest cell accepted, in characters.
         *
         * @param v the cell length limit in characters
         * @return this builder
         */
        public Builder maxCellChars(int v) {
            maxCellChars = (int) positive(v, "maxCellChars");
            return this;
        }

        /**
         * The most columns a row may have.
         *
         * @param v the column limit
         * @return this builder
         */
        public Builder maxColumns(int v) {
            maxColumns = (int) positive(v, "maxColumns");
            return this;
        }

        /**
         * The most data rows (empty rows, title rows and the header not counted).
         *
         * @param v the row limit
         * @return this builder
         */
        public Builder maxRows(int v) {
            maxRows = (int) positive(v, "maxRows");
            return this;
        }

        /** {@return a reader with the settings given to this builder} */
        public RegisterXlsxReader build() {
            return new RegisterXlsxReader(this);
        }

        private static long positive(long v, String name) {
            if (v <= 0) {
                throw new IllegalArgumentException(name + " must be positive, was " + v);
            }
            return v;
        }
    }
}
