package ua.opendata.passport.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterLocations;
import ua.opendata.passport.internal.csv.Findings;
import ua.opendata.passport.internal.csv.Messages;
import ua.opendata.passport.internal.csv.RegisterParser;
import ua.opendata.passport.io.CsvTokenizer;

/**
 * Reads a register of datasets from CSV as publishers export it from Excel.
 *
 * <p><b>What it accepts.</b> UTF-8 with or without BOM, or Windows-1251 (detected from the bytes
 * and reported as a notice); {@code ,}, {@code ;} or tab as delimiter (detected from the header
 * row, outside quotes); RFC 4180 quoting with {@code ""} escapes and multi-line cells; CRLF, LF or
 * CR line ends; empty rows anywhere (skipped); headers in any order and case, with surrounding
 * spaces, and the Ukrainian header names Excel registers use ({@code Назва}, {@code Код ЄДРПОУ}, …);
 * dates as {@code dd.MM.yyyy}, {@code d.M.yyyy} or {@code yyyy-MM-dd}.
 *
 * <p><b>Encoding.</b> The file is read once, streaming, in bounded memory (the whole file is never
 * held). A UTF-8 BOM means UTF-8. Otherwise the encoding is decided at the first non-ASCII bytes:
 * when the look-ahead from there (up to 64 KiB) is valid UTF-8 the file is UTF-8, else it is
 * decoded as Windows-1251 with the notice {@code CSV-ENCODING-WINDOWS-1251}. Bytes that are invalid
 * in the chosen encoding are problems ({@code CSV-BAD-ENCODING}): in a Windows-1251 file only the
 * undefined byte {@code 0x98}; in a UTF-8 file any invalid sequence, also one that appears after
 * the look-ahead (a file that mixes encodings is reported, not silently re-read). UTF-16 files are
 * refused ({@code CSV-UNSUPPORTED-ENCODING}).
 *
 * <p><b>Required headers.</b> The Ministry's twelve standard columns are required; the internal
 * columns ({@code status, annexDataset, restrictionBasis, restrictedSince, responsiblePerson,
 * nextUpdateDue}) are optional. Any other column is kept in
 * {@link ua.opendata.passport.RegisterEntry#extraColumns()} under its header (trimmed).
 *
 * <p><b>Cells.</b> A cell that is empty or only whitespace is {@code null} (absent, for further
 * columns); any other text cell is kept exactly as found, surrounding spaces included. The update
 * frequency keeps the cell as found as its raw text. {@code keyword} and {@code distributionFormat}
 * are split on {@code ,}; each part is trimmed and empty parts are dropped; a format's raw text is
 * the trimmed part. Business rules (EDRPOU check digit, e-mail form, lengths) are not checked here.
 * A row with fewer cells than headers has empty cells at the end; more cells are a problem unless
 * the surplus cells are all empty.
 *
 * <p><b>Errors.</b> A bad file is read to its end (unless a limit stops reading) and every problem
 * is thrown at once in a {@link RegisterFormatException}; a partial register is never returned.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RegisterCsvReader {

    /** Default file size limit: 64 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;
    /** Default cell size limit: 1 MiB. */
    public static final int DEFAULT_MAX_CELL_BYTES = 1 << 20;
    /** Default column limit: 1,000. */
    public static final int DEFAULT_MAX_COLUMNS = 1_000;
    /** Default data row limit: 1,000,000. */
    public static final int DEFAULT_MAX_ROWS = 1_000_000;

    private static final RegisterCsvReader DEFAULTS = builder().build();

    private final long maxFileBytes;
    private final int maxCellBytes;
    private final int maxColumns;
    private final int maxRows;

    private RegisterCsvReader(Builder b) {
        this.maxFileBytes = b.maxFileBytes;
        this.maxCellBytes = b.maxCellBytes;
        this.maxColumns = b.maxColumns;
        this.maxRows = b.maxRows;
    }

    /** {@return a reader with the default limits (64 MiB file, 1 MiB cell, 1,000 columns, 1,000,000 rows)} */
    public static RegisterCsvReader defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the default limits} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder starting from this reader's settings} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxFileBytes = maxFileBytes;
        b.maxCellBytes = maxCellBytes;
        b.maxColumns = maxColumns;
        b.maxRows = maxRows;
        return b;
    }

    /**
     * Reads a register file; problems and notices name the file by its file name.
     *
     * @param file the register CSV file
     * @return the entries read, with the problems and notices found
     * @throws RegisterFormatException listing every problem, when the file is not a readable register
     * @throws UncheckedIOException    naming the file, when it cannot be opened or read
     */
    public RegisterReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        String source = name == null ? file.toString() : name.toString();
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new RegisterFormatException(source, List.of(new CsvProblem(source, 1, 0, null,
                        "CSV-FILE-TOO-LARGE", List.of(Long.toString(maxFileBytes)))), List.of());
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(Messages.both("CSV-IO-MISSING", file.toString()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.both("CSV-IO-FILE", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.both("CSV-IO-FILE", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Reads a register from a stream, which is read to its end (or to the first limit exceeded) and
     * not closed.
     *
     * @param in the register CSV bytes
     * @param sourceName the name used in problems and notices, e.g. the file name
     * @return the entries read, with the problems and notices found
     * @throws RegisterFormatException listing every problem, when the stream is not a readable register
     * @throws UncheckedIOException    naming the source, when the stream fails
     */
    public RegisterReadResult read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        RegisterParser parser = RegisterParser.csv(in, maxFileBytes, maxCellBytes, maxColumns, maxRows);
        Register register;
        try {
            register = parser.parse();
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.both("CSV-IO-STREAM", sourceName, String.valueOf(e.getMessage())), e);
        }
        Findings findings = parser.findings();
        List<CsvNotice> notices = findings.notices().stream().map(f -> new CsvNotice(sourceName, f.row(), f.column(),
                f.header(), f.code(), f.arguments())).toList();
        if (findings.hasProblems()) {
            throw new RegisterFormatException(sourceName, findings.problems().stream().map(f -> new CsvProblem(
                    sourceName, f.row(), f.column(), f.header(), f.code(), f.arguments())).toList(), notices);
        }
        CsvTokenizer t = parser.tokenizer();
        return new RegisterReadResult(register, t.charset(), t.bom(), t.delimiter(), notices,
                parser.locations(RegisterLocations.builder(sourceName)));
    }

    @Override
    public String toString() {
        return "RegisterCsvReader[maxFileBytes=" + maxFileBytes + ", maxCellBytes=" + maxCellBytes
                + ", maxColumns=" + maxColumns + ", maxRows=" + maxRows + "]";
    }

    /** Builds a {@link RegisterCsvReader}; limits must be positive. Not thread-safe. */
    public static final class Builder {
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private int maxCellBytes = DEFAULT_MAX_CELL_BYTES;
        private int maxColumns = DEFAULT_MAX_COLUMNS;
        private int maxRows = DEFAULT_MAX_ROWS;

        private Builder() {
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
         * The largest cell accepted, in bytes as stored in the file (quotes excluded).
         *
         * @param v the cell size limit in bytes
         * @return this builder
         */
        public Builder maxCellBytes(int v) {
            maxCellBytes = (int) positive(v, "maxCellBytes");
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
         * The most data rows (empty rows and the header not counted).
         *
         * @param v the row limit
         * @return this builder
         */
        public Builder maxRows(int v) {
            maxRows = (int) positive(v, "maxRows");
            return this;
        }

        /** {@return a reader with the settings given to this builder} */
        public RegisterCsvReader build() {
            return new RegisterCsvReader(this);
        }

        private static long positive(long v, String name) {
            if (v <= 0) {
                throw new IllegalArgumentException(name + " must be positive, was " + v);
            }
            return v;
        }
    }
}
