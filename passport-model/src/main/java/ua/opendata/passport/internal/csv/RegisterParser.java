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
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.Restriction;
import ua.opendata.passport.UpdateFrequency;
import ua.opendata.passport.csv.CsvNotice;
import ua.opendata.passport.csv.CsvProblem;
import ua.opendata.passport.csv.RegisterFormatException;
import ua.opendata.passport.csv.RegisterReadResult;

/**
 * Reads one register file: header mapping, cell conversion, problem and notice collection. One
 * instance per file; not thread-safe.
 */
public final class RegisterParser implements CsvTokenizer.ProblemSink {

    /** What a file column holds. */
    private enum Kind { KNOWN, EXTRA, UNNAMED, IGNORED }

    private static final String STATUSES = "planned, published, restricted, withdrawn, "
            + "заплановано, оприлюднено, обмежено, вилучено";
    /** Repeated short values (publisher, contacts, formats) are shared, up to this many distinct ones. */
    private static final int CACHE_LIMIT = 4096;
    private static final int CACHEABLE_LENGTH = 200;
    private static final Publisher NO_PUBLISHER = new Publisher(null, null);
    private static final ResponsiblePerson NO_CONTACT = ResponsiblePerson.of(null, null);

    private final String source;
    private final int maxRows;
    private final int maxColumns;
    private final @Nullable String sheet;
    private final Rows tokenizer;
    private final @Nullable CsvTokenizer csv;
    private final List<CsvProblem> problems = new ArrayList<>();
    private final List<CsvNotice> notices = new ArrayList<>();

    private String[] headers = new String[0];
    /** Per column, the last cell given to {@link #shared(int, String)} and its answer. */
    private @Nullable String[] lastCells = new String[0];
    private @Nullable String[] lastShared = new String[0];
    private Kind[] kinds = new Kind[0];
    private @Nullable Column[] columns = new Column[0];

    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, UpdateFrequency> frequencies = new HashMap<>();
    private final Map<String, DataFormat> formats = new HashMap<>();
    private final Map<String, List<DataFormat>> formatLists = new HashMap<>();
    private final Map<String, EntryStatus> statuses = new HashMap<>();
    private final Map<Publisher, Publisher> publishers = new HashMap<>();
    private final Map<ResponsiblePerson, ResponsiblePerson> people = new HashMap<>();
    private final String[] keywordTable = new String[2 * CACHE_LIMIT];
    private int keywordCount;
    private Publisher lastPublisher = NO_PUBLISHER;
    private ResponsiblePerson lastContact = NO_CONTACT;

    /**
     * A parser for one stream.
     *
     * @param source       the name used in problems and notices
     * @param maxFileBytes the file size limit in bytes
     * @param maxCellBytes the cell size limit in bytes
     * @param maxColumns   the most columns a row may have
     * @param maxRows      the most data rows
     */
    public RegisterParser(InputStream in, String source, long maxFileBytes, int maxCellBytes, int maxColumns,
            int maxRows) {
        this.source = source;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
        this.sheet = null;
        this.csv = new CsvTokenizer(in, maxFileBytes, maxCellBytes, maxColumns, this);
        this.tokenizer = csv;
    }

    /**
     * A parser for rows that are not CSV (a worksheet).
     *
     * @param rows       the rows; problems and notices found while reading them go to this parser
     * @param source     the file name used in problems and notices
     * @param sheet      the worksheet name put in problems and notices
     * @param maxColumns the most columns a row may have
     * @param maxRows    the most data rows
     */
    public RegisterParser(Rows rows, String source, String sheet, int maxColumns, int maxRows) {
        this.source = source;
        this.sheet = sheet;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
        this.csv = null;
        this.tokenizer = rows;
    }

    @Override
    public void problem(int row, int column, String code, String... arguments) {
        problems.add(new CsvProblem(source, row, column, headerAt(column), code, List.of(arguments), sheet));
    }

    /** Records a notice at a row and 1-based column (0: the whole row or file). */
    public void notice(int row, int column, String code, String... arguments) {
        notices.add(new CsvNotice(source, row, column, headerAt(column), code, List.of(arguments), sheet));
    }

    /** Whether a problem has been recorded. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The problems recorded so far. */
    public List<CsvProblem> problems() {
        return problems;
    }

    /** The notices recorded so far. */
    public List<CsvNotice> notices() {
        return notices;
    }

    private @Nullable String headerAt(int column) {
        return column >= 1 && column <= headers.length && !headers[column - 1].isEmpty() ? headers[column - 1] : null;
    }

    /**
     * Reads the whole stream.
     *
     * @throws RegisterFormatException with every problem, when there is any
     * @throws IOException             when the stream fails
     */
    public RegisterReadResult parse() throws IOException {
        CsvTokenizer tokenizer = java.util.Objects.requireNonNull(csv, "a CSV parser");
        List<RegisterEntry> entries = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        try {
            if (tokenizer.open()) {
                parseBody(entries, extras);
            }
        } catch (CsvTokenizer.StopReading stop) {
            // the problem is recorded; report what was found so far
        }
        if (tokenizer.charset().equals(CsvTokenizer.WINDOWS_1251)) {
            notices.add(0, new CsvNotice(source, 1, 0, null, "CSV-ENCODING-WINDOWS-1251", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new RegisterFormatException(source, problems, notices);
        }
        return new RegisterReadResult(new Register(entries, extras), tokenizer.charset(), tokenizer.bom(),
                tokenizer.delimiter(), notices);
    }

    /**
     * Reads every row of a non-CSV source into a register; the caller throws the problems, when
     * there are any ({@link #hasProblems()}), the register then being incomplete.
     *
     * @throws IOException when the source fails
     */
    public Register parseRows() throws IOException {
        List<RegisterEntry> entries = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        try {
            if (tokenizer.open()) {
                parseBody(entries, extras);
            }
        } catch (CsvTokenizer.StopReading stop) {
            // the problem is recorded; report what was found so far
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
            problem(tokenizer.line(), 0, "CSV-EMPTY-FILE");
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
                problem(tokenizer.recordLine(), 0, "CSV-TOO-MANY-ROWS", Integer.toString(maxRows));
                return;
            }
            RegisterEntry e = readRow();
            if (problems.isEmpty()) {
                entries.add(e);
            }
        }
    }

    private boolean readHeader(List<String> extras) {
        int line = tokenizer.recordLine();
        int width = tokenizer.width();
        if (width > maxColumns) {
            problem(line, 0, "CSV-TOO-MANY-COLUMNS", Integer.toString(maxColumns));
            return false;
        }
        headers = new String[width];
        lastCells = new String[width];
        lastShared = new String[width];
        kinds = new Kind[width];
        columns = new Column[width];
        Map<Column, Integer> seen = new EnumMap<>(Column.class);
        Map<String, Integer> extraSeen = new HashMap<>();
        for (int i = 0; i < width; i++) {
            String raw = tokenizer.cell(i);
            String name = stripHeader(raw);
            headers[i] = name;
        }
        for (int i = 0; i < width; i++) {
            String name = headers[i];
            if (name.isEmpty()) {
                kinds[i] = Kind.UNNAMED;
                continue;
            }
            Column c = Column.lookup(name);
            if (c != null) {
                Integer first = seen.putIfAbsent(c, i + 1);
                if (first != null) {
                    kinds[i] = Kind.IGNORED;
                    problem(line, i + 1, "CSV-DUPLICATE-HEADER", name, first.toString());
                    continue;
                }
                kinds[i] = Kind.KNOWN;
                columns[i] = c;
                if (c.isAlias(name)) {
                    notice(line, i + 1, "CSV-HEADER-ALIAS", Messages.quote(name), c.header());
                }
            } else {
                Integer first = extraSeen.putIfAbsent(name, i + 1);
                if (first != null) {
                    kinds[i] = Kind.IGNORED;
                    problem(line, i + 1, "CSV-DUPLICATE-HEADER", name, first.toString());
                    continue;
                }
                kinds[i] = Kind.EXTRA;
                extras.add(name);
                java.util.Optional<Column.Near> near = Column.closest(name);
                if (near.isPresent()) {
                    notice(line, i + 1, "CSV-EXTRA-COLUMN-NEAR", Messages.quote(name), near.get().label(),
                            near.get().column().header());
                } else {
                    notice(line, i + 1, "CSV-EXTRA-COLUMN", Messages.quote(name));
                }
            }
        }
        tokenizer.header(columns.clone());
        for (Column c : Column.all()) {
            if (c.required() && !seen.containsKey(c)) {
                int near = nearHeader(c);
                if (near > 0) {
                    problem(line, near, "CSV-MISSING-HEADER-NEAR", c.header(), Messages.quote(headers[near - 1]),
                            Column.closest(headers[near - 1]).map(Column.Near::label).orElse(c.header()));
                } else {
                    problem(line, 0, "CSV-MISSING-HEADER", c.header());
                }
            }
        }
        return true;
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
        int kept = Math.min(width, maxColumns);
        int n = Math.min(kept, headers.length);
        @Nullable String identifier = null;
        @Nullable String title = null;
        @Nullable String description = null;
        @Nullable UpdateFrequency frequency = null;
        List<String> keywords = List.of();
        @Nullable String purpose = null;
        @Nullable String landingPage = null;
        List<DataFormat> formatList = List.of();
        @Nullable EntryStatus status = null;
        @Nullable String annexDataset = null;
        @Nullable String responsiblePerson = null;
        @Nullable LocalDate nextUpdateDue = null;
        @Nullable String publisherName = null;
        @Nullable String publisherId = null;
        @Nullable String fn = null;
        @Nullable String email = null;
        @Nullable String basis = null;
        @Nullable LocalDate since = null;
        Map<String, String> extra = null;
        for (int i = 0; i < n; i++) {
            String v = tokenizer.cell(i);
            int col = i + 1;
            switch (kinds[i]) {
                case KNOWN:
                    Column c = columns[i];
                    switch (c) {
                        case IDENTIFIER: identifier = text(v); break;
                        case TITLE: title = text(v); break;
                        case DESCRIPTION: description = text(v); break;
                        case ACCRUAL_PERIODICITY: frequency = frequency(v, line, col); break;
                        case KEYWORD: keywords = keywords(v); break;
                        case PURPOSE: purpose = text(v); break;
                        case LANDING_PAGE: landingPage = text(v); break;
                        case DISTRIBUTION_FORMAT: formatList = formats(v, line, col); break;
                        case PUBLISHER_NAME: publisherName = shared(i, v); break;
                        case PUBLISHER_IDENTIFIER: publisherId = shared(i, v); break;
                        case CONTACT_POINT_FN: fn = shared(i, v); break;
                        case CONTACT_POINT_HAS_EMAIL: email = shared(i, v); break;
                        case STATUS: status = status(v, line, col); break;
                        case ANNEX_DATASET: annexDataset = shared(i, v); break;
                        case RESTRICTION_BASIS: basis = shared(i, v); break;
                        case RESTRICTED_SINCE: since = date(v, line, col); break;
                        case RESPONSIBLE_PERSON: responsiblePerson = shared(i, v); break;
                        case NEXT_UPDATE_DUE: nextUpdateDue = date(v, line, col); break;
                        default: throw new IllegalStateException(c.toString());
                    }
                    break;
                case EXTRA:
                    String t = shared(i, v);
                    if (t != null) {
                        if (extra == null) {
                            extra = new LinkedHashMap<>();
                        }
                        extra.put(headers[i], t);
                    }
                    break;
                case UNNAMED:
                    if (!v.isBlank()) {
                        problem(line, col, "CSV-EMPTY-HEADER");
                    }
                    break;
                default:
                    break;
            }
        }
        if (width > maxColumns) {
            problem(line, 0, "CSV-TOO-MANY-COLUMNS", Integer.toString(maxColumns));
        } else if (width > headers.length) {
            for (int i = headers.length; i < width; i++) {
                if (!tokenizer.cell(i).isEmpty()) {
                    problem(line, 0, "CSV-TOO-MANY-CELLS", Integer.toString(width), Integer.toString(headers.length));
                    break;
                }
            }
        }
        Publisher publisher = publisher(publisherName, publisherId);
        ResponsiblePerson contact = contact(fn, email);
        Restriction restriction = basis == null && since == null ? null : new Restriction(basis, since);
        // the canonical constructor: immutable lists pass List.copyOf without a copy, formats are shared
        return new RegisterEntry(identifier, title, description, frequency, keywords, purpose, landingPage,
                formatList, publisher, contact, status, annexDataset, restriction, responsiblePerson, nextUpdateDue,
                extra == null ? Map.of() : extra);
    }

    /** The publisher of a row: the previous row's when its cells are the same shared strings, as they mostly are. */
    private Publisher publisher(@Nullable String name, @Nullable String id) {
        Publisher last = lastPublisher;
        if (last.name() == name && last.edrpou() == id) {
            return last;
        }
        Publisher p = name == null && id == null ? NO_PUBLISHER
                : publishers.computeIfAbsent(new Publisher(name, id), Function.identity());
        lastPublisher = p;
        return p;
    }

    private ResponsiblePerson contact(@Nullable String fn, @Nullable String email) {
        ResponsiblePerson last = lastContact;
        if (last.fullName() == fn && last.email() == email) {
            return last;
        }
        ResponsiblePerson p = fn == null && email == null ? NO_CONTACT
                : people.computeIfAbsent(ResponsiblePerson.of(fn, email), Function.identity());
        lastContact = p;
        return p;
    }

    private static @Nullable String text(String v) {
        return v.isBlank() ? null : v;
    }

    /**
     * {@link #shared(String)} for the cell of column {@code i}: the tokenizer hands out the same
     * string for a cell its column repeats, so the previous row's answer is reused without a lookup.
     */
    private @Nullable String shared(int i, String v) {
        if (v == lastCells[i]) {
            return lastShared[i];
        }
        String s = shared(v);
        lastCells[i] = v;
        lastShared[i] = s;
        return s;
    }

    /** A text cell, shared with equal earlier cells when short (registers repeat publisher and contacts). */
    private @Nullable String shared(String v) {
        if (v.isBlank()) {
            return null;
        }
        if (v.length() > CACHEABLE_LENGTH) {
            return v;
        }
        String s = strings.get(v);
        if (s != null) {
            return s;
        }
        if (strings.size() < CACHE_LIMIT) {
            strings.put(v, v);
        }
        return v;
    }

    private @Nullable UpdateFrequency frequency(String v, int line, int col) {
        if (v.isBlank()) {
            return null;
        }
        UpdateFrequency f = frequencies.get(v);
        if (f == null) {
            f = UpdateFrequency.parse(v);
            if (frequencies.size() < CACHE_LIMIT) {
                frequencies.put(v, f);
            }
        }
        if (!f.isKnown()) {
            notice(line, col, "CSV-UNKNOWN-FREQUENCY", Messages.quote(v));
        }
        return f;
    }

    private List<String> keywords(String v) {
        if (v.isEmpty()) {
            return List.of();
        }
        String[] out = new String[4];
        int n = 0;
        int start = 0;
        int len = v.length();
        while (start <= len) {
            int comma = v.indexOf(',', start);
            int end = comma < 0 ? len : comma;
            int a = start;
            int z = end;
            while (a < z && Character.isWhitespace(v.charAt(a))) {
                a++;
            }
            while (z > a && Character.isWhitespace(v.charAt(z - 1))) {
                z--;
            }
            if (a < z) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = keyword(v, a, z);
            }
            start = end + 1;
        }
        return n == out.length ? List.of(out) : List.of(Arrays.copyOf(out, n));
    }

    /**
     * The keyword {@code v[from, to)}, shared with an equal earlier one without cutting it out first
     * (registers repeat a small vocabulary of keywords).
     */
    private String keyword(String v, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + v.charAt(i);
        }
        int len = to - from;
        int mask = keywordTable.length - 1;
        for (int probe = 0, slot = (h ^ h >>> 16) & mask; probe < 8; probe++, slot = (slot + 1) & mask) {
            String k = keywordTable[slot];
            if (k == null) {
                String made = v.substring(from, to);
                if (keywordCount < CACHE_LIMIT) {
                    keywordTable[slot] = made;
                    keywordCount++;
                }
                return made;
            }
            if (k.length() == len && v.regionMatches(from, k, 0, len)) {
                return k;
            }
        }
        return v.substring(from, to);
    }

    /** The formats of a cell; the list is shared by cells with the same text (notices still per cell). */
    private List<DataFormat> formats(String v, int line, int col) {
        if (v.isEmpty()) {
            return List.of();
        }
        List<DataFormat> known = formatLists.get(v);
        if (known != null) {
            for (DataFormat f : known) {
                if (!f.isKnown()) {
                    notice(line, col, "CSV-UNKNOWN-FORMAT", Messages.quote(f.raw()));
                }
            }
            return known;
        }
        List<DataFormat> out = new ArrayList<>(2);
        int start = 0;
        int len = v.length();
        while (start <= len) {
            int comma = v.indexOf(',', start);
            int end = comma < 0 ? len : comma;
            String raw = v.substring(start, end).strip();
            if (!raw.isEmpty()) {
                DataFormat f = formats.get(raw);
                if (f == null) {
                    f = DataFormat.parse(raw);
                    if (formats.size() < CACHE_LIMIT) {
                        formats.put(raw, f);
                    }
                }
                if (!f.isKnown()) {
                    notice(line, col, "CSV-UNKNOWN-FORMAT", Messages.quote(raw));
                }
                out.add(f);
            }
            start = end + 1;
        }
        List<DataFormat> list = List.copyOf(out);
        if (formatLists.size() < CACHE_LIMIT && v.length() <= CACHEABLE_LENGTH) {
            formatLists.put(v, list);
        }
        return list;
    }

    private @Nullable EntryStatus status(String v, int line, int col) {
        if (v.isBlank()) {
            return null;
        }
        EntryStatus s = statuses.get(v);
        if (s == null) {
            s = EntryStatus.parse(v).orElse(null);
            if (s != null && statuses.size() < CACHE_LIMIT) {
                statuses.put(v, s);
            }
        }
        if (s == null) {
            problem(line, col, "CSV-UNKNOWN-STATUS", Messages.quote(v), STATUSES);
        }
        return s;
    }

    private @Nullable LocalDate date(String v, int line, int col) {
        if (v.isBlank()) {
            return null;
        }
        LocalDate d = Dates.parse(v);
        if (d == null) {
            problem(line, col, "CSV-BAD-DATE", Messages.quote(v));
        }
        return d;
    }

    @Override
    public String toString() {
        return "RegisterParser[" + source + ", headers=" + Arrays.toString(headers) + "]";
    }
}
