package ua.opendata.passport.internal.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.internal.csv.Column;
import ua.opendata.passport.internal.csv.Locations;
import ua.opendata.passport.internal.csv.Messages;
import ua.opendata.passport.internal.csv.Findings;
import ua.opendata.passport.internal.csv.RegisterParser;
import ua.opendata.passport.internal.csv.Rows;

/**
 * The rows of one worksheet, streamed from its XML, as the text cells {@link RegisterParser} maps:
 * shared and inline strings as they are, numbers as a person reads them, numbers with a date style
 * as ISO dates, booleans as {@code TRUE}/{@code FALSE}, formulas as their cached value. Cells whose
 * stored type does not fit their column are reported (a number in a date column, an EDRPOU code that
 * lost its leading zeros, an identifier stored as a number).
 *
 * <p>Merged cells are listed at the end of the sheet's XML, after the rows: a first pass collects
 * them ({@link #merges()}); when there are any, the reader reads the sheet again with them known, and
 * then the covered cells of a merged range in the data take the range's value, a header merged over
 * the row below becomes a two-row header, and a merged header cell is reported.
 */
public final class SheetRows implements Rows {
    private static final int MAX_TITLE_ROWS = 5;
    /** The most merged ranges kept (a register has a handful; a hostile sheet could list millions). */
    static final int MAX_MERGES = 100_000;

    private final XlsxPackage pkg;
    private final String part;
    private final String[] sst;
    private final boolean[] dateStyles;
    private final boolean date1904;
    private final int maxCellChars;
    private final int maxColumns;
    /** Known merges (second pass), sorted by first row; {@code null} in the first pass. */
    private final int @Nullable [][] known;
    private final List<int[]> found = new ArrayList<>();
    private @Nullable Findings sink;

    private @Nullable InputStream in;
    private @Nullable XMLStreamReader xml;
    private boolean ended;

    private String[] cells = new String[16];
    private int width;
    private int row;
    private int lastRow;
    private @Nullable Column @Nullable [] columns;
    private int titleRows;
    private int headerRow;

    /** A row read ahead and given back (the row below a header that was not a sub-header). */
    private String @Nullable [] pushedCells;
    private int pushedWidth;
    private int pushedRow;

    private final List<int[]> active = new ArrayList<>();
    private final List<String> activeValues = new ArrayList<>();
    private int nextMerge;

    /**
     * The rows of a worksheet part.
     *
     * @param merges the merged ranges found by a first pass ({@code {firstRow, lastRow, firstCol,
     *               lastCol}}, 1-based), or {@code null} for the first pass
     */
    public SheetRows(XlsxPackage pkg, String part, String[] sst, boolean[] dateStyles, int maxCellChars,
            int maxColumns, @Nullable List<int[]> merges) {
        this.pkg = pkg;
        this.part = part;
        this.sst = sst;
        this.dateStyles = dateStyles;
        this.date1904 = pkg.date1904();
        this.maxCellChars = maxCellChars;
        this.maxColumns = maxColumns;
        if (merges == null) {
            this.known = null;
        } else {
            int[][] m = merges.toArray(new int[0][]);
            Arrays.sort(m, Comparator.comparingInt(a -> a[0]));
            this.known = m;
        }
        Arrays.fill(cells, "");
    }

    /** Where problems and notices go: the parser reading these rows. */
    public void sink(Findings parser) {
        this.sink = parser;
    }

    private Findings out() {
        return java.util.Objects.requireNonNull(sink, "sink");
    }

    @Override
    public boolean open() throws IOException {
        in = pkg.open(part);
        xml = Xml.open(in, part);
        return true;
    }

    @Override
    public boolean next() throws IOException {
        while (true) {
            if (!advance()) {
                return false;
            }
            if (columns != null) {
                fillMerged();
                return true;
            }
            if (blank()) {
                return true;
            }
            if (titleRows < MAX_TITLE_ROWS && isTitleRow()) {
                titleRows++;
                out().notice(row, 0, "XLSX-TITLE-ROW", Messages.quote(firstText()));
                continue;
            }
            headerRow = row;
            if (known != null) {
                header();
            }
            return true;
        }
    }

    /** A row above the header: one cell of text that names no register column (the register's title). */
    private boolean isTitleRow() {
        int n = 0;
        String text = "";
        for (int i = 0; i < Math.min(width, maxColumns); i++) {
            if (!cells[i].isBlank()) {
                n++;
                text = cells[i];
            }
        }
        return n == 1 && Column.lookup(text) == null;
    }

    private String firstText() {
        for (int i = 0; i < Math.min(width, maxColumns); i++) {
            if (!cells[i].isBlank()) {
                return cells[i];
            }
        }
        return "";
    }

    @Override
    public void header(@Nullable Column[] mapped) {
        this.columns = mapped;
    }

    /** With the merges known: a header merged over the row below takes that row as its sub-header. */
    private void header() throws IOException {
        int[][] merges = java.util.Objects.requireNonNull(known);
        boolean twoRows = false;
        List<int[]> horizontal = new ArrayList<>();
        for (int[] m : merges) {
            if (m[0] == row) {
                if (m[1] > row) {
                    twoRows = true;
                }
                if (m[3] > m[2]) {
                    horizontal.add(m);
                }
            }
        }
        if (horizontal.isEmpty() && !twoRows) {
            return;
        }
        String[] top = Arrays.copyOf(cells, Math.max(cells.length, width));
        int topWidth = width;
        int topRow = row;
        String[] group = new String[Math.min(Math.max(topWidth, maxCol(horizontal)), maxColumns)];
        for (int[] m : horizontal) {
            for (int c = m[2]; c <= m[3] && c <= group.length; c++) {
                group[c - 1] = top[m[2] - 1];
            }
        }
        boolean below = advance() && row == topRow + 1;
        if (below && !twoRows) {
            for (int[] m : horizontal) {
                for (int c = m[2]; c <= m[3] && c <= Math.min(width, maxColumns); c++) {
                    twoRows |= !cells[c - 1].isBlank() && Column.lookup(cells[c - 1]) != null;
                }
            }
        }
        if (!below || !twoRows) {
            if (row != topRow) {
                pushBack();
            }
            restore(top, topWidth, topRow);
            for (int[] m : horizontal) {
                // the covered columns belong to the header, without a name: their cells are reported as such
                int last = Math.min(m[3], maxColumns);
                if (last > width) {
                    ensure(last);
                    Arrays.fill(cells, width, last, "");
                    width = last;
                }
                out().notice(topRow, m[2], "XLSX-MERGED-HEADER", Messages.quote(top[m[2] - 1]),
                        Locations.cell(m[0], m[2]) + ":" + Locations.cell(m[1], m[3]), Locations.columnName(m[2]));
            }
            return;
        }
        int n = Math.min(Math.max(Math.max(topWidth, width), group.length), maxColumns);
        String[] combined = new String[Math.max(n, 16)];
        Arrays.fill(combined, "");
        List<Column> used = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String sub = i < width ? cells[i] : "";
            String upper = i < topWidth ? top[i] : "";
            String label = i < group.length && group[i] != null ? group[i] : upper;
            String name;
            if (sub.isBlank()) {
                name = label;
            } else if (Column.lookup(sub) != null && !used.contains(Column.lookup(sub)) || label.isBlank()
                    || Column.lookup(label) == null || used.contains(Column.lookup(label))) {
                // the cell below names the column, unless it names one already taken (a generic
                // «Найменування» under «Розпорядник інформації») and the group's label names a free one
                name = sub;
            } else {
                name = label;
            }
            Column c = Column.lookup(name);
            if (c != null) {
                used.add(c);
            }
            combined[i] = name;
        }
        out().notice(topRow, 0, "XLSX-TWO-ROW-HEADER", Integer.toString(topRow), Integer.toString(topRow + 1));
        restore(combined, n, topRow);
    }

    private static int maxCol(List<int[]> merges) {
        int max = 0;
        for (int[] m : merges) {
            max = Math.max(max, m[3]);
        }
        return max;
    }

    private void pushBack() {
        pushedCells = Arrays.copyOf(cells, cells.length);
        pushedWidth = width;
        pushedRow = row;
    }

    private void restore(String[] c, int w, int r) {
        cells = c;
        width = w;
        row = r;
    }

    /** The covered cells of merged ranges in the data take the value of the range's first cell. */
    private void fillMerged() {
        int[][] merges = known;
        if (merges == null) {
            return;
        }
        while (nextMerge < merges.length && merges[nextMerge][0] <= row) {
            int[] m = merges[nextMerge++];
            if (m[1] >= row && m[0] > headerRow) {
                active.add(m);
                String v = m[2] <= Math.min(width, maxColumns) ? cells[m[2] - 1] : "";
                activeValues.add(v);
                if (!v.isBlank()) {
                    out().notice(m[0], m[2], "XLSX-MERGED-CELLS",
                            Locations.cell(m[0], m[2]) + ":" + Locations.cell(m[1], m[3]));
                }
            }
        }
        for (int k = active.size() - 1; k >= 0; k--) {
            int[] m = active.get(k);
            if (m[1] < row) {
                active.remove(k);
                activeValues.remove(k);
                continue;
            }
            String v = activeValues.get(k);
            for (int c = m[2]; c <= m[3] && c <= maxColumns; c++) {
                ensure(c);
                if (c > width) {
                    Arrays.fill(cells, width, c, "");
                    width = c;
                }
                if (cells[c - 1].isEmpty()) {
                    cells[c - 1] = v;
                }
            }
        }
    }

    /** Reads the next {@code row} element into the cells; {@code false} at the end of the sheet. */
    private boolean advance() throws IOException {
        if (pushedCells != null) {
            restore(pushedCells, pushedWidth, pushedRow);
            pushedCells = null;
            return true;
        }
        XMLStreamReader r = java.util.Objects.requireNonNull(xml);
        if (ended) {
            return false;
        }
        while (true) {
            int e = Xml.next(r, part);
            if (e == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if ("row".equals(name)) {
                    break;
                }
                if ("mergeCell".equals(name)) {
                    merge(r.getAttributeValue(null, "ref"));
                }
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                ended = true;
                return false;
            }
        }
        String ref = r.getAttributeValue(null, "r");
        int n = ref == null ? -1 : Cells.row(ref.strip());
        row = n > 0 ? n : lastRow + 1;
        lastRow = row;
        Arrays.fill(cells, 0, Math.min(width, cells.length), "");
        width = 0;
        int col = 0;
        while (true) {
            int e = Xml.next(r, part);
            if (e == XMLStreamConstants.START_ELEMENT && "c".equals(r.getLocalName())) {
                String cref = r.getAttributeValue(null, "r");
                int c = cref == null ? -1 : Cells.column(cref);
                col = c > 0 ? c : col + 1;
                cell(r, col);
            } else if (e == XMLStreamConstants.END_ELEMENT && "row".equals(r.getLocalName())) {
                return true;
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                throw new XlsxException("XLSX-DAMAGED", part, "the last row is not closed");
            }
        }
    }

    private void cell(XMLStreamReader r, int col) {
        String type = r.getAttributeValue(null, "t");
        String s = r.getAttributeValue(null, "s");
        String value = null;
        boolean formula = false;
        StringBuilder inline = null;
        int depth = 1;
        while (depth > 0) {
            int e = Xml.next(r, part);
            if (e == XMLStreamConstants.START_ELEMENT) {
                String n = r.getLocalName();
                if ("v".equals(n)) {
                    value = Xml.text(r, part);
                } else if ("f".equals(n)) {
                    formula = true;
                    Xml.text(r, part);
                } else if ("t".equals(n) && depth >= 2) {
                    String t = Xml.text(r, part);
                    if (inline == null) {
                        inline = new StringBuilder(t);
                    } else {
                        inline.append(t);
                    }
                } else if ("rPh".equals(n)) {
                    Xml.text(r, part); // phonetic reading: not the cell's text
                } else {
                    depth++;
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if ("inlineStr".equals(type)) {
            value = inline == null ? "" : XString.decode(inline.toString());
        }
        String text = convert(col, type, value, s, formula);
        if (text.isEmpty()) {
            return;
        }
        if (text.length() > maxCellChars) {
            out().problem(row, col, "XLSX-CELL-TOO-LARGE", Integer.toString(maxCellChars));
            text = text.substring(0, maxCellChars);
        }
        if (col > width) {
            width = col;
        }
        if (col <= maxColumns) {
            ensure(col);
            cells[col - 1] = text;
        }
    }

    private void ensure(int col) {
        if (col > cells.length) {
            int old = cells.length;
            cells = Arrays.copyOf(cells, Math.min(Math.max(col, old * 2), maxColumns));
            Arrays.fill(cells, old, cells.length, "");
        }
    }

    /** The text of a stored value as its column expects it; problems and notices are recorded here. */
    private String convert(int col, @Nullable String type, @Nullable String value, @Nullable String style,
            boolean formula) {
        @Nullable Column[] cols = columns;
        Column column = cols == null || col > cols.length ? null : cols[col - 1];
        if (type != null && !"n".equals(type)) {
            switch (type) {
                case "s":
                    return shared(col, value);
                case "str":
                case "inlineStr":
                    return value == null ? "" : XString.decode(value);
                case "b":
                    return value == null ? "" : "1".equals(value.strip()) ? "TRUE" : "FALSE";
                case "e":
                    out().problem(row, col, "XLSX-ERROR-VALUE", Messages.quote(value == null ? "" : value));
                    return "";
                case "d":
                    LocalDate d = value == null || value.length() < 10 ? null
                            : ua.opendata.passport.io.Dates.parseIso(value, 0, 10);
                    return d == null ? value == null ? "" : value : d.toString();
                default:
                    break;
            }
        }
        if (value == null || value.isBlank()) {
            if (formula) {
                out().problem(row, col, "XLSX-FORMULA-WITHOUT-VALUE");
            }
            return "";
        }
        if (isDate(style)) {
            LocalDate d = Cells.date(value, date1904);
            if (d == null) {
                out().problem(row, col, "XLSX-BAD-DATE-SERIAL", Messages.quote(value));
                return "";
            }
            return d.toString();
        }
        String plain = Cells.plain(value);
        if (plain == null) {
            out().problem(row, col, "XLSX-BAD-NUMBER", Messages.quote(value));
            return "";
        }
        if (column == Column.RESTRICTED_SINCE || column == Column.NEXT_UPDATE_DUE) {
            out().problem(row, col, "XLSX-NUMBER-NOT-DATE", plain);
            return "";
        }
        if (column == Column.PUBLISHER_IDENTIFIER && Cells.isDigits(plain) && plain.length() < 8) {
            out().problem(row, col, "XLSX-EDRPOU-LOST-ZEROS", plain, "0".repeat(8 - plain.length()) + plain,
                    Locations.columnName(col));
        } else if (column == Column.IDENTIFIER) {
            out().notice(row, col, "XLSX-NUMBER-IDENTIFIER", plain, Locations.columnName(col));
        }
        return plain;
    }

    private String shared(int col, @Nullable String value) {
        int i;
        try {
            i = value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            i = -1;
        }
        if (i < 0 || i >= sst.length) {
            out().problem(row, col, "XLSX-BAD-SHARED-STRING", Messages.quote(value == null ? "" : value));
            return "";
        }
        return sst[i];
    }

    private boolean isDate(@Nullable String style) {
        if (style == null || dateStyles.length == 0) {
            return false;
        }
        try {
            int s = Integer.parseInt(style);
            return s >= 0 && s < dateStyles.length && dateStyles[s];
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void merge(@Nullable String ref) {
        if (ref == null) {
            return;
        }
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return;
        }
        String a = ref.substring(0, colon).strip();
        String b = ref.substring(colon + 1).strip();
        int r1 = Cells.row(a);
        int r2 = Cells.row(b);
        int c1 = Cells.column(a);
        int c2 = Cells.column(b);
        if (r1 > 0 && r2 >= r1 && c1 > 0 && c2 >= c1 && (r2 > r1 || c2 > c1)) {
            if (found.size() == MAX_MERGES) {
                throw new XlsxException("XLSX-TOO-MANY-MERGES", Integer.toString(MAX_MERGES));
            }
            found.add(new int[] {r1, r2, c1, c2});
        }
    }

    /** Reads the rest of the sheet (after the last row the parser took) to collect its merged ranges. */
    public void finish() throws IOException {
        XMLStreamReader r = xml;
        if (r == null) {
            return;
        }
        while (!ended) {
            int e = Xml.next(r, part);
            if (e == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(r.getLocalName())) {
                merge(r.getAttributeValue(null, "ref"));
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                ended = true;
            }
        }
    }

    /** The merged ranges found so far that matter: those that reach the header row or below. */
    public List<int[]> merges() {
        List<int[]> out = new ArrayList<>();
        for (int[] m : found) {
            if (m[1] >= headerRow) {
                out.add(m);
            }
        }
        return out;
    }

    /** Closes the part. */
    public void close() throws IOException {
        if (xml != null) {
            Xml.close(xml);
        }
        if (in != null) {
            in.close();
        }
    }

    @Override
    public boolean blank() {
        for (int i = 0, n = Math.min(width, Math.min(maxColumns, cells.length)); i < n; i++) {
            if (!cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public String cell(int index) {
        return index < cells.length ? cells[index] : "";
    }

    @Override
    public int recordLine() {
        return row;
    }

    @Override
    public int line() {
        return row;
    }
}
