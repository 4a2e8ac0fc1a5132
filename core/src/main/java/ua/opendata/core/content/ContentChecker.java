package ua.opendata.core.content;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.internal.content.CellRules;
import ua.opendata.core.internal.content.CellRules;
import ua.opendata.core.internal.content.CellRules.Kind;
import ua.opendata.core.internal.content.CellRules.LinkMemo;
import ua.opendata.core.internal.content.CsvScanner;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.text.Messages;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.StructureField;

/**
 * Checks a CSV file against its data structure: the encoding (UTF-8 expected, Windows-1251
 * reported), the shape (header, duplicate columns, rows as wide as the header), the columns against
 * the structure, and every cell against its column's datatype and {@code required} flag — dates
 * {@code YYYY-MM-DD}, numbers with a decimal point, EDRPOU codes with their check digit, absolute
 * http(s) links; {@code null} and «не застосовується» are accepted where a value is not required.
 *
 * <p>Streams the file once with a fixed buffer: memory stays bounded by the cell and column limits
 * and by the number of problems kept, whatever the file size. Works on the bytes: cells are
 * validated as UTF-8 (or Windows-1251) in place and checked by byte-level fast paths; only the
 * header and the cells those fast paths do not accept are decoded to strings. Immutable and
 * thread-safe.
 */
public final class ContentChecker {

    private static final String TEXTS = Messages.CONTENT;
    private static final int EXCERPT = 80;

    private final long maxFileBytes;
    private final int maxCellBytes;
    private final int maxColumns;
    private final int maxProblemsKept;
    private final int readBuffer;

    private ContentChecker(Builder b) {
        this.maxFileBytes = b.maxFileBytes;
        this.maxCellBytes = b.maxCellBytes;
        this.maxColumns = b.maxColumns;
        this.maxProblemsKept = b.maxProblemsKept;
        this.readBuffer = b.readBuffer;
    }

    /** {@return a checker with the defaults: no file size limit, 1 MiB cells, 1,000 columns, the first 1,000 problems kept} */
    public static ContentChecker defaults() {
        return builder().build();
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a local file's encoding and shape only (no structure to check the columns against).
     *
     * @param file the file
     * @return what was found
     * @throws UncheckedIOException when the file cannot be read (the message names it)
     */
    public ContentReport check(Path file) {
        return checkFile(file, null);
    }

    /**
     * Checks a local file against the dataset's structure.
     *
     * @param file      the file
     * @param structure the dataset's structure
     * @return what was found
     * @throws UncheckedIOException when the file cannot be read (the message names it)
     */
    public ContentReport check(Path file, DataStructure structure) {
        return checkFile(file, Objects.requireNonNull(structure, "structure"));
    }

    /**
     * Checks a stream's encoding and shape only, which it does not close; {@code source} names it in the report.
     *
     * @param in     the CSV's bytes, read to the end (or to the size limit); not closed
     * @param source the name shown for the input in the report and in error messages, e.g. a file name or link
     * @return what was found
     * @throws UncheckedIOException when the stream cannot be read (the message names {@code source})
     */
    public ContentReport check(InputStream in, String source) {
        return checkInput(in, source, null);
    }

    private ContentReport checkFile(Path file, @Nullable DataStructure structure) {
        try (InputStream in = Files.newInputStream(file)) {
            return checkStream(in, file.toString(), structure);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks a stream against the dataset's structure, which it does not close; {@code source} names it in the
     * report.
     *
     * @param in        the CSV's bytes, read to the end (or to the size limit); not closed
     * @param source    the name shown for the input in the report and in error messages, e.g. a file name
     *                  or link
     * @param structure the dataset's structure
     * @return what was found
     * @throws UncheckedIOException when the stream cannot be read (the message names {@code source})
     */
    public ContentReport check(InputStream in, String source, DataStructure structure) {
        return checkInput(in, source, Objects.requireNonNull(structure, "structure"));
    }

    /** Checks a stream against a structure, or its encoding and shape only for none. */
    private ContentReport checkInput(InputStream in, String source, @Nullable DataStructure structure) {
        try {
            return checkStream(in, source, structure);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source + ": " + e.getMessage(), e);
        }
    }

    private ContentReport checkStream(InputStream in, String source, @Nullable DataStructure structure)
            throws IOException {
        Run run = new Run(source);
        Counting counting = new Counting(in);
        CsvScanner tokenizer = new CsvScanner(counting, maxFileBytes, maxCellBytes, maxColumns, readBuffer,
                (row, column, code, args) -> run.add(row, column, null, code, Severity.ERROR, null, (Object[]) args));
        List<String> header = List.of();
        try {
            if (tokenizer.open()) {
                run.scan(tokenizer, structure);
                header = run.header;
            }
        } catch (CsvScanner.StopReading stop) {
            header = run.header;
        }
        if (tokenizer.charset().equals(CsvScanner.WINDOWS_1251)) {
            run.add(0, 0, null, "CONTENT-ENCODING-1251", Severity.WARNING, null);
        }
        return new ContentReport(source, counting.count, run.rows, tokenizer.charset(), tokenizer.bom(),
                tokenizer.delimiter(), header, run.kept, run.counts, run.errors);
    }

    /** The state of one check. */
    private final class Run {
        private final String source;
        private final List<ContentProblem> kept = new ArrayList<>();
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private long errors;
        private long rows;
        private List<String> header = List.of();

        Run(String source) {
            this.source = source;
        }

        void scan(CsvScanner t, @Nullable DataStructure structure) throws IOException {
            // The header: the first record that is not blank.
            while (t.next()) {
                if (!t.blank()) {
                    break;
                }
            }
            int width = Math.min(t.width(), maxColumns);
            if (t.width() == 0 || t.blank()) {
                add(0, 0, null, "CONTENT-EMPTY", Severity.ERROR, null);
                return;
            }
            List<String> names = new ArrayList<>(width);
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < width; i++) {
                String name = t.cell(i).strip();
                names.add(name);
                if (seen.putIfAbsent(key(name), i) != null) {
                    add(t.recordLine(), i + 1, name, "CONTENT-DUPLICATE-COLUMN", Severity.ERROR, name, name);
                }
            }
            header = List.copyOf(names);
            Kind[] kinds = new Kind[width];
            boolean[] required = new boolean[width];
            java.util.Arrays.fill(kinds, Kind.TEXT);
            if (structure != null && !structure.fields().isEmpty()) {
                Map<String, StructureField> fields = new LinkedHashMap<>();
                for (StructureField f : structure.fields()) {
                    if (f.name() != null) {
                        fields.putIfAbsent(key(f.name()), f);
                    }
                }
                for (StructureField f : fields.values()) {
                    if (!seen.containsKey(key(f.name()))) {
                        add(t.recordLine(), 0, f.name(), "CONTENT-MISSING-COLUMN", Severity.ERROR, f.name(), f.name());
                    }
                }
                for (int i = 0; i < width; i++) {
                    StructureField f = fields.get(key(names.get(i)));
                    if (f == null) {
                        add(t.recordLine(), i + 1, names.get(i), "CONTENT-EXTRA-COLUMN", Severity.WARNING,
                                names.get(i), names.get(i));
                    } else {
                        kinds[i] = CellRules.kind(f.datatype(), f.name());
                        required[i] = f.required();
                    }
                }
            } else {
                for (int i = 0; i < width; i++) {
                    kinds[i] = CellRules.kind(null, names.get(i));
                }
            }
            @Nullable LinkMemo[] links = new LinkMemo[width];
            for (int i = 0; i < width; i++) {
                links[i] = kinds[i] == Kind.URL ? new LinkMemo() : null;
            }
            while (t.next()) {
                int w = t.width();
                if (w <= 1 && t.blank()) {
                    continue;
                }
                rows++;
                if (w != header.size()) {
                    add(t.recordLine(), 0, null, "CONTENT-ROW-WIDTH", Severity.ERROR, null, String.valueOf(w),
                            String.valueOf(header.size()));
                }
                int n = Math.min(Math.min(w, width), maxColumns);
                for (int i = 0; i < n; i++) {
                    if (t.fine(kinds[i], required[i], i, links[i])) {
                        continue; // the byte-level fast path: certainly fine, nothing decoded
                    }
                    String v = t.cell(i);
                    String code = CellRules.check(kinds[i], required[i], v);
                    if (code != null) {
                        add(t.recordLine(), i + 1, names.get(i), code, Severity.ERROR, v, v, names.get(i));
                    }
                }
            }
        }

        void add(long row, int column, @Nullable String headerName, String code, Severity severity,
                 @Nullable String value, Object... args) {
            counts.merge(code, 1L, Long::sum);
            if (severity == Severity.ERROR) {
                errors++;
            }
            if (kept.size() >= maxProblemsKept) {
                return;
            }
            Object[] a = args.length == 0 ? new Object[] {""} : args;
            kept.add(new ContentProblem(row, column, headerName, code, severity,
                    LocalizedText.of(TEXTS, code + ".message", a), LocalizedText.of(TEXTS, code + ".fix"),
                    excerpt(value)));
        }
    }

    private static @Nullable String excerpt(@Nullable String v) {
        if (v == null) {
            return null;
        }
        String one = v.replace('\n', ' ').replace('\r', ' ');
        return one.length() <= EXCERPT ? one : one.substring(0, EXCERPT - 1) + "…";
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Counts the bytes read. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** Builds a {@link ContentChecker}. */
    public static final class Builder {
        private long maxFileBytes = Long.MAX_VALUE;
        private int maxCellBytes = 1 << 20;
        private int maxColumns = 1000;
        private int maxProblemsKept = 1000;
        private int readBuffer = CsvScanner.DEFAULT_BUFFER;

        private Builder() {
        }

        /**
         * The most bytes read; reading stops with a problem beyond it. Default: no limit.
         *
         * @param bytes the limit, positive
         * @return this builder
         */
        public Builder maxFileBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxFileBytes must be positive");
            }
            this.maxFileBytes = bytes;
            return this;
        }

        /**
         * The largest cell in bytes; larger cells are reported and skipped. Default 1 MiB.
         *
         * @param bytes the limit, at least 16
         * @return this builder
         */
        public Builder maxCellBytes(int bytes) {
            if (bytes < 16) {
                throw new IllegalArgumentException("maxCellBytes must be at least 16");
            }
            this.maxCellBytes = bytes;
            return this;
        }

        /**
         * The most columns checked. Default 1,000.
         *
         * @param columns the limit, positive
         * @return this builder
         */
        public Builder maxColumns(int columns) {
            if (columns < 1) {
                throw new IllegalArgumentException("maxColumns must be positive");
            }
            this.maxColumns = columns;
            return this;
        }

        /**
         * How many problems are kept with their details; all are counted. Default 1,000.
         *
         * @param problems the number kept, 0 or more
         * @return this builder
         */
        public Builder maxProblemsKept(int problems) {
            if (problems < 0) {
                throw new IllegalArgumentException("maxProblemsKept cannot be negative");
            }
            this.maxProblemsKept = problems;
            return this;
        }

        /** The size of the read buffer in bytes (tests use tiny ones to cut cells at buffer ends). */
        Builder readBuffer(int bytes) {
            if (bytes < 16) {
                throw new IllegalArgumentException("readBuffer must be at least 16");
            }
            this.readBuffer = bytes;
            return this;
        }

        /** {@return the checker} */
        public ContentChecker build() {
            return new ContentChecker(this);
        }
    }

}
