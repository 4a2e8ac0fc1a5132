package ua.opendata.passport;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where each entry of a register, and each of its fields, came from in the file it was read from:
 * what a register reader keeps so that a finding about {@code distributionFormats[1]} of the fifth
 * entry can say {@code register.csv:6:8} or {@code register.xlsx:Sheet1!H6}. Immutable.
 *
 * <p><b>Compact.</b> Per entry only its row number is kept (an {@code int}); the columns are kept once
 * per file (the column of each register column's header), so a register of 100,000 rows costs about
 * 400 KB here, whatever its width.
 *
 * <p><b>Field paths.</b> {@link #locate(int, String)} takes the paths the rulebook reports about a
 * register entry: a component of {@link RegisterEntry} ({@code title}, {@code keywords[2]},
 * {@code distributionFormats[1]}, {@code publisher.edrpou}, {@code contactPoint.email},
 * {@code restriction.legalBasis}, {@code extraColumns[Примітка]}, …) maps to the cell of its column in
 * the entry's row; any other path, or a column the file does not have, to the entry's row and its
 * first column. A JSON register document has no columns: each entry is located where its object starts
 * ({@code register.json:12:5}).
 */
public final class RegisterLocations {

    // Data, not messages: the register's canonical column headers (as the CSV reader and writer name
    // them), by the field path of RegisterEntry that each column fills.
    private static final Map<String, String> COLUMN_OF_PATH = Map.ofEntries(
            Map.entry("identifier", "identifier"),
            Map.entry("title", "title"),
            Map.entry("description", "description"),
            Map.entry("accrualPeriodicity", "accrualPeriodicity"),
            Map.entry("keywords", "keyword"),
            Map.entry("purpose", "purpose"),
            Map.entry("landingPage", "landingPage"),
            Map.entry("distributionFormats", "distributionFormat"),
            Map.entry("publisher", "publisherName"),
            Map.entry("publisher.name", "publisherName"),
            Map.entry("publisher.edrpou", "publisherIdentifier"),
            Map.entry("contactPoint", "contactPointFn"),
            Map.entry("contactPoint.fullName", "contactPointFn"),
            Map.entry("contactPoint.email", "contactPointHasEmail"),
            Map.entry("status", "status"),
            Map.entry("annexDataset", "annexDataset"),
            Map.entry("restriction", "restrictionBasis"),
            Map.entry("restriction.legalBasis", "restrictionBasis"),
            Map.entry("restriction.since", "restrictedSince"),
            Map.entry("responsiblePerson", "responsiblePerson"),
            Map.entry("nextUpdateDue", "nextUpdateDue"));

    private static final RegisterLocations UNKNOWN = new RegisterLocations(null, null, new int[0], null, 0, Map.of(),
            Map.of(), 1);

    private final @Nullable String file;
    private final @Nullable String sheet;
    private final int[] rows;
    /** The column where each entry starts, when entries start at different columns (JSON); else null. */
    private final int @Nullable [] starts;
    private final int size;
    /** 1-based column by canonical header (or further column's header). */
    private final Map<String, Integer> columns;
    /** The header as found in the file, by 1-based column. */
    private final Map<Integer, String> headers;
    private final int firstColumn;

    private RegisterLocations(@Nullable String file, @Nullable String sheet, int[] rows, int @Nullable [] starts,
            int size, Map<String, Integer> columns, Map<Integer, String> headers, int firstColumn) {
        this.file = file;
        this.sheet = sheet;
        this.rows = rows;
        this.starts = starts;
        this.size = size;
        this.columns = columns;
        this.headers = headers;
        this.firstColumn = firstColumn;
    }

    /** {@return locations that know no file: every lookup is empty (a register built in code)} */
    public static RegisterLocations unknown() {
        return UNKNOWN;
    }

    /**
     * A builder for the register of a text file (CSV, JSON).
     *
     * @param file the file name as a person knows it, e.g. {@code register.csv}
     * @return a builder with no columns and no entries yet
     */
    public static Builder builder(String file) {
        return new Builder(Objects.requireNonNull(file, "file"), null);
    }

    /**
     * A builder for the register of a worksheet.
     *
     * @param file the workbook's file name, e.g. {@code register.xlsx}
     * @param sheet the worksheet's tab name
     * @return a builder with no columns and no entries yet
     */
    public static Builder builder(String file, String sheet) {
        return new Builder(Objects.requireNonNull(file, "file"), Objects.requireNonNull(sheet, "sheet"));
    }

    /** {@return the file name; empty for {@link #unknown()}} */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** {@return the worksheet's tab name, for a workbook} */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /** {@return the number of entries located} */
    public int size() {
        return size;
    }

    /**
     * The row of an entry, at its first column.
     *
     * @param index the entry's 0-based index in the register
     * @return where the entry's row starts; empty when the index is not located or the file unknown
     */
    public Optional<SourceLocation> entry(int index) {
        return locate(index, "");
    }

    /**
     * The whole file, for what concerns the register as a whole.
     *
     * @return the file (and sheet); empty when the file is unknown
     */
    public Optional<SourceLocation> whole() {
        if (file == null) {
            return Optional.empty();
        }
        return Optional.of(sheet == null ? SourceLocation.ofFile(file) : SourceLocation.ofSheet(file, sheet));
    }

    /**
     * Where a field of an entry came from: the cell of the field's column in the entry's row, or the
     * entry's row at its first column when the path names no column of the file (see the class comment).
     *
     * @param index the entry's 0-based index in the register
     * @param fieldPath the field path, e.g. {@code title}, {@code distributionFormats[1]}
     * @return the cell; empty when the index is not located or the file unknown
     */
    public Optional<SourceLocation> locate(int index, String fieldPath) {
        Objects.requireNonNull(fieldPath, "fieldPath");
        if (file == null || index < 0 || index >= size || rows[index] <= 0) {
            return Optional.empty();
        }
        int row = rows[index];
        Integer column = column(fieldPath);
        int c = column != null ? column : starts != null && starts[index] > 0 ? starts[index] : firstColumn;
        String header = headers.get(c);
        return Optional.of(sheet == null ? SourceLocation.ofCell(file, row, c, header)
                : SourceLocation.ofSheetCell(file, sheet, row, c, header));
    }

    /** The 1-based column of a field path, or {@code null}. */
    private @Nullable Integer column(String fieldPath) {
        if (fieldPath.startsWith("extraColumns[") && fieldPath.endsWith("]")) {
            return columns.get(fieldPath.substring("extraColumns[".length(), fieldPath.length() - 1));
        }
        String key = stripIndexes(fieldPath);
        String canonical = COLUMN_OF_PATH.get(key);
        if (canonical == null) {
            int dot = key.indexOf('.');
            canonical = dot < 0 ? null : COLUMN_OF_PATH.get(key.substring(0, dot));
        }
        return canonical == null ? null : columns.get(canonical);
    }

    /** {@code keywords[2]} → {@code keywords}; {@code a[1].b} → {@code a.b}. */
    private static String stripIndexes(String path) {
        if (path.indexOf('[') < 0) {
            return path;
        }
        StringBuilder b = new StringBuilder(path.length());
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            char ch = path.charAt(i);
            if (ch == '[') {
                depth++;
            } else if (ch == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                b.append(ch);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "RegisterLocations[" + (file == null ? "unknown" : file + (sheet == null ? "" : ":" + sheet))
                + ", entries=" + size + ", columns=" + columns.keySet() + "]";
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RegisterLocations l && Objects.equals(file, l.file) && Objects.equals(sheet, l.sheet)
                && size == l.size && Arrays.equals(rows, 0, size, l.rows, 0, l.size) && Arrays.equals(starts, l.starts)
                && columns.equals(l.columns)
                && headers.equals(l.headers) && firstColumn == l.firstColumn;
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, sheet, size, columns, firstColumn);
    }

    /** Builds {@link RegisterLocations} as a reader goes through a file. Not thread-safe. */
    public static final class Builder {
        private final String file;
        private final @Nullable String sheet;
        private final Map<String, Integer> columns = new HashMap<>();
        private final Map<Integer, String> headers = new HashMap<>();
        private int firstColumn;
        private int[] rows = new int[16];
        private int @Nullable [] starts;
        private int size;

        private Builder(String file, @Nullable String sheet) {
            this.file = file;
            this.sheet = sheet;
        }

        /**
         * Names a column of the file: a register column by its canonical header ({@code title},
         * {@code publisherIdentifier}, …, as {@link ua.opendata.passport.csv.RegisterCsvWriter} writes
         * them), or a further column by its header.
         *
         * @param name the canonical header, or a further column's header
         * @param column the 1-based column in the file
         * @param foundHeader the header as it stands in the file (an alias such as {@code Назва})
         * @return this builder
         */
        public Builder column(String name, int column, String foundHeader) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(foundHeader, "foundHeader");
            if (column <= 0) {
                throw new IllegalArgumentException("column must be 1 or more, was " + column);
            }
            columns.putIfAbsent(name, column);
            headers.putIfAbsent(column, foundHeader);
            firstColumn = firstColumn == 0 ? column : Math.min(firstColumn, column);
            return this;
        }

        /**
         * Adds the next entry, in register order.
         *
         * @param row the 1-based row (or line) where the entry stands
         * @return this builder
         */
        public Builder entry(int row) {
            if (row <= 0) {
                throw new IllegalArgumentException("row must be 1 or more, was " + row);
            }
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
                if (starts != null) {
                    starts = Arrays.copyOf(starts, rows.length);
                }
            }
            rows[size++] = row;
            return this;
        }

        /**
         * Adds the next entry, in register order, starting at a column of its own (an object of a JSON
         * document): its fields that name no column of the file are located there.
         *
         * @param row the 1-based line where the entry starts
         * @param column the 1-based column where the entry starts
         * @return this builder
         */
        public Builder entry(int row, int column) {
            if (column <= 0) {
                throw new IllegalArgumentException("column must be 1 or more, was " + column);
            }
            entry(row);
            if (starts == null) {
                starts = new int[rows.length];
            }
            starts[size - 1] = column;
            return this;
        }

        /** {@return the locations given to this builder} */
        public RegisterLocations build() {
            return new RegisterLocations(file, sheet, Arrays.copyOf(rows, size),
                    starts == null ? null : Arrays.copyOf(starts, size), size, Map.copyOf(columns),
                    Map.copyOf(headers), firstColumn == 0 ? 1 : firstColumn);
        }
    }
}
