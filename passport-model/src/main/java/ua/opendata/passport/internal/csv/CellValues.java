package ua.opendata.passport.internal.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.UpdateFrequency;
import ua.opendata.passport.io.Dates;

/**
 * Turns the text cells of register rows into values, reporting what cannot be read or is not
 * recognised. Registers repeat short values (publisher, contacts, formats, keywords) on every row:
 * equal values are shared, and a cell the tokenizer hands out again as the same string reuses the
 * previous answer without a lookup. One instance per file; not thread-safe.
 */
final class CellValues {
    /**
     * The status words a person may write, quoted in the message of an unknown status. Data (the
     * words {@link EntryStatus#parse} accepts), not a message.
     */
    private static final String STATUSES = "planned, published, restricted, withdrawn, "
            + "заплановано, оприлюднено, обмежено, вилучено";
    /** Repeated short values (publisher, contacts, formats) are shared, up to this many distinct ones. */
    private static final int CACHE_LIMIT = 4096;
    private static final int CACHEABLE_LENGTH = 200;
    private static final Publisher NO_PUBLISHER = new Publisher(null, null);
    private static final ResponsiblePerson NO_CONTACT = ResponsiblePerson.of(null, null);

    private final Findings findings;
    /** Per column, the last cell given to {@link #shared(int, String)} and its answer. */
    private final @Nullable String[] lastCells;
    private final @Nullable String[] lastShared;

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

    /** Values for a file of {@code width} columns, reporting to {@code findings}. */
    CellValues(Findings findings, int width) {
        this.findings = findings;
        this.lastCells = new String[width];
        this.lastShared = new String[width];
    }

    /** The publisher of a row: the previous row's when its cells are the same shared strings, as they mostly are. */
    Publisher publisher(@Nullable String name, @Nullable String id) {
        Publisher last = lastPublisher;
        if (last.name() == name && last.edrpou() == id) {
            return last;
        }
        Publisher p = name == null && id == null ? NO_PUBLISHER
                : publishers.computeIfAbsent(new Publisher(name, id), Function.identity());
        lastPublisher = p;
        return p;
    }

    ResponsiblePerson contact(@Nullable String fn, @Nullable String email) {
        ResponsiblePerson last = lastContact;
        if (last.fullName() == fn && last.email() == email) {
            return last;
        }
        ResponsiblePerson p = fn == null && email == null ? NO_CONTACT
                : people.computeIfAbsent(ResponsiblePerson.of(fn, email), Function.identity());
        lastContact = p;
        return p;
    }

    static @Nullable String text(String v) {
        return v.isBlank() ? null : v;
    }

    /**
     * {@link #shared(String)} for the cell of column {@code i}: the tokenizer hands out the same
     * string for a cell its column repeats, so the previous row's answer is reused without a lookup.
     */
    @Nullable String shared(int i, String v) {
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

    @Nullable UpdateFrequency frequency(String v, int line, int col) {
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
            findings.notice(line, col, "CSV-UNKNOWN-FREQUENCY", Messages.quote(v));
        }
        return f;
    }

    List<String> keywords(String v) {
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
    List<DataFormat> formats(String v, int line, int col) {
        if (v.isEmpty()) {
            return List.of();
        }
        List<DataFormat> known = formatLists.get(v);
        if (known != null) {
            for (DataFormat f : known) {
                if (!f.isKnown()) {
                    findings.notice(line, col, "CSV-UNKNOWN-FORMAT", Messages.quote(f.raw()));
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
                    findings.notice(line, col, "CSV-UNKNOWN-FORMAT", Messages.quote(raw));
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

    @Nullable EntryStatus status(String v, int line, int col) {
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
            findings.problem(line, col, "CSV-UNKNOWN-STATUS", Messages.quote(v), STATUSES);
        }
        return s;
    }

    @Nullable LocalDate date(String v, int line, int col) {
        if (v.isBlank()) {
            return null;
        }
        LocalDate d = Dates.parse(v);
        if (d == null) {
            findings.problem(line, col, "CSV-BAD-DATE", Messages.quote(v));
        }
        return d;
    }

}
