package ua.opendata.passport.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.RegisterLocations;
import ua.opendata.passport.Restriction;
import ua.opendata.passport.UpdateFrequency;
import ua.opendata.passport.io.CsvTokenizer;

/**
 * Reads the rows of one register file into a register: header mapping, cell conversion (by
 * {@link CellValues}), problem and notice collection (in {@link Findings}). The caller names the
 * file in what it reports. One instance per file; not thread-safe.
 */
public final class RegisterParser {

    /** What a file column holds. */
    private enum Kind { KNOWN, EXTRA, UNNAMED, IGNORED }

    private final int maxRows;
    private final int maxColumns;
    private final Rows tokenizer;
    private final Findings findings;
    private final @Nullable CsvTokenizer csv;

    private String[] headers = new String[0];
    private Kind[] kinds = new Kind[0];
    private @Nullable Column[] columns = new Column[0];
    private CellValues values;
    /** The row of each entry read, in register order (compact: one int per entry). */
    private int[] entryRows = new int[64];
    private int entryCount;

    private RegisterParser(Rows rows, @Nullable CsvTokenizer csv, Findings findings, int maxColumns, int maxRows) {
        this.tokenizer = rows;
        this.csv = csv;
        this.findings = findings;
        this.maxColumns = maxColumns;
        this.maxRows = maxRows;
        this.values = new CellValues(findings, 0);
    }

    /**
     * A parser of a CSV stream, which it does not close.
     *
     * @param maxFileBytes the file size limit in bytes
     * @param maxCellBytes the cell size limit in bytes
     * @param maxColumns   the most columns a row may have
     * @param maxRows      the most data rows
     */
    public static RegisterParser csv(InputStream in, long maxFileBytes, int maxCellBytes, int maxColumns,
            int maxRows) {
        Findings findings = new Findings();
        CsvTokenizer csv = new CsvTokenizer(in, maxFileBytes, maxCellBytes, maxColumns, findings);
        return new RegisterParser(new CsvRows(csv), csv, findings, maxColumns, maxRows);
    }

    /**
     * A parser of rows that are not CSV (a worksheet); what the rows find while reading goes to
     * {@code findings} too.
     *
     * @param maxColumns the most columns a row may have
     * @param maxRows    the most data rows
     */
    public static RegisterParser rows(Rows rows, Findings findings, int maxColumns, int maxRows) {
        return new RegisterParser(rows, null, findings, maxColumns, maxRows);
    }

    /** The problems and notices found so far. */
    public Findings findings() {
        return findings;
    }

    /** The CSV tokenizer of a {@link #csv} parser: its charset, BOM and delimiter once read. */
    public CsvTokenizer tokenizer() {
        return java.util.Objects.requireNonNull(csv, "a CSV parser");
    }

    /**
     * Reads every row into a register; when there are problems ({@link Findings#hasProblems()}) the
     * caller throws them, the register then being incomplete. A Windows-1251 CSV file gets the notice
     * {@code CSV-ENCODING-WINDOWS-1251} first.
     *
     * @throws IOException when the source fails
     */
    public Register parse() throws IOException {
        List<RegisterEntry> entries = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        try {
            if (tokenizer.open()) {
                parseBody(entries, extras);
            }
        } catch (CsvTokenizer.StopReading stop) {
            // the problem is recorded; report what was found so far
        }
        if (csv != null && csv.charset().equals(CsvTokenizer.WINDOWS_1251)) {
            findings.firstNotice(1, "CSV-ENCODING-WINDOWS-1251");
        }
        return new Register(entries, extras);
    }

    private void parseBody(List<RegisterEntry> entries, List<String> extras) throws IOException {
        boolean found = false;
        while (tokenizer.next()) {
            if (!tokenizer.blank()) {
                found = true;
                break;
            }
        }
        if (!found) {
            findings.problem(tokenizer.line(), 0, "CSV-EMPTY-FILE");
            return;
        }
        if (!readHeader(extras)) {
            return;
        }
        int rows = 0;
        while (tokenizer.next()) {
            if (tokenizer.blank()) {
                continue;
            }
            if (++rows > maxRows) {
                findings.problem(tokenizer.recordLine(), 0, "CSV-TOO-MANY-ROWS", Integer.toString(maxRows));
                return;
            }
            int line = tokenizer.recordLine();
            RegisterEntry e = readRow();
            if (!findings.hasProblems()) {
                entries.add(e);
                addEntryRow(line);
            }
        }
    }

    private void addEntryRow(int line) {
        if (entryCount == entryRows.length) {
            entryRows = Arrays.copyOf(entryRows, entryRows.length * 2);
        }
        entryRows[entryCount++] = line;
    }

    /**
     * Where the entries of the last {@link #parse()} came from: the column of each header and the row
     * of each entry, added to {@code where}.
     *
     * @param where the builder of the file's (and sheet's) locations
     * @return the locations built
     */
    public RegisterLocations locations(RegisterLocations.Builder where) {
        for (int i = 0; i < headers.length; i++) {
            Column c = columns[i];
            if (kinds[i] == Kind.KNOWN && c != null) {
                where.column(c.header(), i + 1, headers[i]);
            } else if (kinds[i] == Kind.EXTRA) {
                where.column(headers[i], i + 1, headers[i]);
            }
        }
        for (int i = 0; i < entryCount; i++) {
            where.entry(entryRows[i]);
        }
        return where.build();
    }

    private boolean readHeader(List<String> extras) {
        int line = tokenizer.recordLine();
        int width = tokenizer.width();
        if (width > maxColumns) {
            findings.problem(line, 0, "CSV-TOO-MANY-COLUMNS", Integer.toString(maxColumns));
            return false;
        }
        headers = new String[width];
        kinds = new Kind[width];
        columns = new Column[width];
        values = new CellValues(findings, width);
        for (int i = 0; i < width; i++) {
            headers[i] = stripHeader(tokenizer.cell(i));
        }
        findings.headers(headers);
        Map<Column, Integer> seen = new EnumMap<>(Column.class);
        Map<String, Integer> extraSeen = new HashMap<>();
        for (int i = 0; i < width; i++) {
            mapHeader(line, i, seen, extraSeen, extras);
        }
        tokenizer.header(columns.clone());
        for (Column c : Column.all()) {
            if (c.required() && !seen.containsKey(c)) {
                missingHeader(line, c);
            }
        }
        return true;
    }

    /** Decides what column {@code i} holds, reporting repeated, alias and further headers. */
    private void mapHeader(int line, int i, Map<Column, Integer> seen, Map<String, Integer> extraSeen,
            List<String> extras) {
        String name = headers[i];
        if (name.isEmpty()) {
            kinds[i] = Kind.UNNAMED;
            return;
        }
        Column c = Column.lookup(name);
        Integer first = c != null ? seen.putIfAbsent(c, i + 1) : extraSeen.putIfAbsent(name, i + 1);
        if (first != null) {
            kinds[i] = Kind.IGNORED;
            findings.problem(line, i + 1, "CSV-DUPLICATE-HEADER", name, first.toString());
            return;
        }
        if (c != null) {
            kinds[i] = Kind.KNOWN;
            columns[i] = c;
            if (c.isAlias(name)) {
                findings.notice(line, i + 1, "CSV-HEADER-ALIAS", Messages.quote(name), c.header());
            }
            return;
        }
        kinds[i] = Kind.EXTRA;
        extras.add(name);
        Optional<Column.Near> near = Column.closest(name);
        if (near.isPresent()) {
            findings.notice(line, i + 1, "CSV-EXTRA-COLUMN-NEAR", Messages.quote(name), near.get().label(),
                    near.get().column().header());
        } else {
            findings.notice(line, i + 1, "CSV-EXTRA-COLUMN", Messages.quote(name));
        }
    }

    private void missingHeader(int line, Column c) {
        int near = nearHeader(c);
        if (near > 0) {
            findings.problem(line, near, "CSV-MISSING-HEADER-NEAR", c.header(), Messages.quote(headers[near - 1]),
                    Column.closest(headers[near - 1]).map(Column.Near::label).orElse(c.header()));
        } else {
            findings.problem(line, 0, "CSV-MISSING-HEADER", c.header());
        }
    }

    /** The 1-based column of an unknown header close to {@code c}'s name or an alias; 0 when none. */
    private int nearHeader(Column c) {
        for (int i = 0; i < headers.length; i++) {
            if (!headers[i].isEmpty() && Column.lookup(headers[i]) == null
                    && Column.closest(headers[i]).map(n -> n.column() == c).orElse(false)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A header as found, without a BOM and surrounding whitespace (inner text unchanged). */
    static String stripHeader(String raw) {
        String s = raw;
        while (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s.strip();
    }

    private RegisterEntry readRow() {
        int line = tokenizer.recordLine();
        int width = tokenizer.width();
        int n = Math.min(Math.min(width, maxColumns), headers.length);
        Row row = new Row();
        for (int i = 0; i < n; i++) {
            String v = tokenizer.cell(i);
            switch (kinds[i]) {
                case KNOWN -> known(row, java.util.Objects.requireNonNull(columns[i]), i, v, line);
                case EXTRA -> row.extra(headers[i], values.shared(i, v));
                case UNNAMED -> {
                    if (!v.isBlank()) {
                        findings.problem(line, i + 1, "CSV-EMPTY-HEADER");
                    }
                }
                default -> {
                    // a repeated header: reported once, its cells ignored
                }
            }
        }
        checkWidth(line, width);
        return row.entry(values);
    }

    private void checkWidth(int line, int width) {
        if (width > maxColumns) {
            findings.problem(line, 0, "CSV-TOO-MANY-COLUMNS", Integer.toString(maxColumns));
        } else if (width > headers.length) {
            for (int i = headers.length; i < width; i++) {
                if (!tokenizer.cell(i).isEmpty()) {
                    findings.problem(line, 0, "CSV-TOO-MANY-CELLS", Integer.toString(width),
                            Integer.toString(headers.length));
                    break;
                }
            }
        }
    }

    /** Reads the cell {@code v} of register column {@code c} (0-based {@code i}) into {@code row}. */
    private void known(Row row, Column c, int i, String v, int line) {
        int col = i + 1;
        switch (c) {
            case IDENTIFIER -> row.identifier = CellValues.text(v);
            case TITLE -> row.title = CellValues.text(v);
            case DESCRIPTION -> row.description = CellValues.text(v);
            case ACCRUAL_PERIODICITY -> row.frequency = values.frequency(v, line, col);
            case KEYWORD -> row.keywords = values.keywords(v);
            case PURPOSE -> row.purpose = CellValues.text(v);
            case LANDING_PAGE -> row.landingPage = CellValues.text(v);
            case DISTRIBUTION_FORMAT -> row.formats = values.formats(v, line, col);
            case PUBLISHER_NAME -> row.publisherName = values.shared(i, v);
            case PUBLISHER_IDENTIFIER -> row.publisherId = values.shared(i, v);
            case CONTACT_POINT_FN -> row.fn = values.shared(i, v);
            case CONTACT_POINT_HAS_EMAIL -> row.email = values.shared(i, v);
            case STATUS -> row.status = values.status(v, line, col);
            case ANNEX_DATASET -> row.annexDataset = values.shared(i, v);
            case RESTRICTION_BASIS -> row.basis = values.shared(i, v);
            case RESTRICTED_SINCE -> row.since = values.date(v, line, col);
            case RESPONSIBLE_PERSON -> row.responsiblePerson = values.shared(i, v);
            case NEXT_UPDATE_DUE -> row.nextUpdateDue = values.date(v, line, col);
            default -> throw new IllegalStateException(c.toString());
        }
    }

    /** The values of one row as they are read. */
    private static final class Row {
        @Nullable String identifier;
        @Nullable String title;
        @Nullable String description;
        @Nullable UpdateFrequency frequency;
        List<String> keywords = List.of();
        @Nullable String purpose;
        @Nullable String landingPage;
        List<DataFormat> formats = List.of();
        @Nullable EntryStatus status;
        @Nullable String annexDataset;
        @Nullable String responsiblePerson;
        @Nullable LocalDate nextUpdateDue;
        @Nullable String publisherName;
        @Nullable String publisherId;
        @Nullable String fn;
        @Nullable String email;
        @Nullable String basis;
        @Nullable LocalDate since;
        @Nullable Map<String, String> extra;

        void extra(String header, @Nullable String value) {
            if (value != null) {
                if (extra == null) {
                    extra = new LinkedHashMap<>();
                }
                extra.put(header, value);
            }
        }

        RegisterEntry entry(CellValues values) {
            Restriction restriction = basis == null && since == null ? null : new Restriction(basis, since);
            // the canonical constructor: immutable lists pass List.copyOf without a copy, formats are shared
            return new RegisterEntry(identifier, title, description, frequency, keywords, purpose, landingPage,
                    formats, values.publisher(publisherName, publisherId), values.contact(fn, email), status,
                    annexDataset, restriction, responsiblePerson, nextUpdateDue, extra == null ? Map.of() : extra);
        }
    }

    @Override
    public String toString() {
        return "RegisterParser[headers=" + Arrays.toString(headers) + "]";
    }
}
