package ua.opendata.core.content;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.internal.content.CellRules;
import ua.opendata.core.internal.content.CellRules.Kind;
import ua.opendata.core.internal.text.Bundle;
import ua.opendata.core.rules.Severity;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.StructureField;
import ua.opendata.passport.io.CsvTokenizer;

/**
 * The content check as it was before it worked on bytes: the passport reader's tokenizer decodes
 * every cell to a string and {@link CellRules#check} checks it. The tests compare
 * {@link ContentChecker} with it on random files; it is the behaviour the fast paths must keep.
 */
final class ReferenceContentChecker {

    private static final Bundle TEXTS = new Bundle("ua.opendata.core.content.ContentMessages");
    private static final int EXCERPT = 80;

    private final long maxFileBytes;
    private final int maxCellBytes;
    private final int maxColumns;
    private final int maxProblemsKept;

    ReferenceContentChecker(long maxFileBytes, int maxCellBytes, int maxColumns, int maxProblemsKept) {
        this.maxFileBytes = maxFileBytes;
        this.maxCellBytes = maxCellBytes;
        this.maxColumns = maxColumns;
        this.maxProblemsKept = maxProblemsKept;
    }

    /** Checks a stream, which it does not close; {@code source} names it in the report. */
    ContentReport check(InputStream in, String source, @Nullable DataStructure structure) throws IOException {
        Run run = new Run(source);
        Counting counting = new Counting(in);
        CsvTokenizer tokenizer = new CsvTokenizer(counting, maxFileBytes, maxCellBytes, maxColumns,
                (row, column, code, args) -> run.add(row, column, null, code, Severity.ERROR, null, (Object[]) args));
        List<String> header = List.of();
        try {
            if (tokenizer.open()) {
                run.scan(tokenizer, structure);
                header = run.header;
            }
        } catch (CsvTokenizer.StopReading stop) {
            header = run.header;
        }
        if (tokenizer.charset().equals(CsvTokenizer.WINDOWS_1251)) {
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

        void scan(CsvTokenizer t, @Nullable DataStructure structure) throws IOException {
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
            while (t.next()) {
                if (t.blank() && t.width() <= 1) {
                    continue;
                }
                rows++;
                int w = t.width();
                if (w != header.size()) {
                    add(t.recordLine(), 0, null, "CONTENT-ROW-WIDTH", Severity.ERROR, null, String.valueOf(w),
                            String.valueOf(header.size()));
                }
                int n = Math.min(Math.min(w, width), maxColumns);
                for (int i = 0; i < n; i++) {
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
                    TEXTS.text(code + ".message", a), TEXTS.text(code + ".fix"), excerpt(value)));
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

}
