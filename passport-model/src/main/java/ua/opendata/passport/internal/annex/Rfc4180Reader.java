package ua.opendata.passport.internal.annex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 describes them: cells separated by commas, records by
 * CRLF or LF, cells optionally in double quotes, a double quote inside a quoted cell written twice.
 * Quoted cells may hold commas, line breaks and typographic quotes. A leading byte-order mark is
 * skipped. Input is limited in size so that a hostile file cannot exhaust memory. One instance per
 * input; not thread-safe.
 */
public final class Rfc4180Reader {

    /** One record and the line it starts on (1-based). */
    public record Row(int line, List<String> cells) {
        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A malformed input: the line and column (1-based) where reading stopped, and what was wrong as
     * a message key of the annex bundles ({@code csv.tooLarge}, {@code csv.afterQuote},
     * {@code csv.unclosedQuote}) with its arguments; the API that reads formats it.
     */
    public static final class MalformedCsvException extends AnnexInputException {
        private static final long serialVersionUID = 1L;

        MalformedCsvException(int line, int column, String key, String... arguments) {
            super(line, column, key, arguments);
        }
    }

    private final Reader in;
    private final long maxChars;
    private final List<Row> rows = new ArrayList<>();
    private List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private int line = 1;
    private int column;
    private int rowLine = 1;
    private long count;
    private boolean quoted;
    /** A quoted cell has been closed: only a separator may follow. */
    private boolean afterQuote;
    private boolean cellStarted;
    private int quoteLine;
    private int quoteColumn;

    private Rfc4180Reader(Reader source, long maxChars) {
        this.in = source.markSupported() ? source : new BufferedReader(source);
        this.maxChars = maxChars;
    }

    /**
     * Reads every record. Blank trailing lines are ignored.
     *
     * @param source   the text
     * @param maxChars the largest input accepted, in characters
     * @throws MalformedCsvException on an unclosed quote, text after a closing quote, or too much input
     * @throws IOException           when reading fails
     */
    public static List<Row> read(Reader source, long maxChars) throws IOException, MalformedCsvException {
        return new Rfc4180Reader(source, maxChars).readAll();
    }

    private List<Row> readAll() throws IOException {
        boolean first = true;
        int c;
        while ((c = in.read()) >= 0) {
            if (++count > maxChars) {
                throw new MalformedCsvException(line, column, "csv.tooLarge", Long.toString(maxChars));
            }
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            column++;
            if (quoted) {
                quotedChar(c);
            } else {
                plainChar(c);
            }
        }
        if (quoted) {
            throw new MalformedCsvException(quoteLine, quoteColumn, "csv.unclosedQuote");
        }
        endRow();
        return rows;
    }

    /** A character inside a quoted cell. */
    private void quotedChar(int c) throws IOException {
        if (c == '"') {
            in.mark(1);
            int next = in.read();
            if (next == '"') {
                cell.append('"');
                column++;
                count++;
            } else {
                quoted = false;
                afterQuote = true;
                if (next >= 0) {
                    in.reset();
                }
            }
            return;
        }
        if (c == '\n') {
            line++;
            column = 0;
        }
        cell.append((char) c);
    }

    /** A character outside quotes. */
    private void plainChar(int c) throws IOException {
        if (c == ',') {
            cells.add(cell.toString());
            cell.setLength(0);
            afterQuote = false;
            cellStarted = true;
        } else if (c == '\r' || c == '\n') {
            lineEnd(c);
        } else if (afterQuote) {
            throw new MalformedCsvException(line, column, "csv.afterQuote");
        } else if (c == '"' && cell.length() == 0) {
            quoted = true;
            cellStarted = true;
            quoteLine = line;
            quoteColumn = column;
        } else {
            cell.append((char) c);
            cellStarted = true;
        }
    }

    /** CR, LF or CRLF outside quotes: the end of a record. */
    private void lineEnd(int c) throws IOException {
        if (c == '\r') {
            in.mark(1);
            int next = in.read();
            if (next != '\n' && next >= 0) {
                in.reset();
            } else if (next == '\n') {
                count++;
            }
        }
        endRow();
        cells = new ArrayList<>();
        cell.setLength(0);
        afterQuote = false;
        cellStarted = false;
        line++;
        column = 0;
        rowLine = line;
    }

    /** Keeps the record read so far unless the line was blank. */
    private void endRow() {
        if (cellStarted || cell.length() > 0 || afterQuote || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, cells));
        }
    }
}
