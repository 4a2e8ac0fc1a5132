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
 * skipped. Input is limited in size so that a hostile file cannot exhaust memory.
 */
public final class Rfc4180Reader {

    /** One record and the line it starts on (1-based). */
    public record Row(int line, List<String> cells) {
        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A malformed input: the line and column (1-based) where reading stopped, and what was wrong. */
    public static final class MalformedCsvException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final String problemUk;

        MalformedCsvException(int line, int column, String problemEn, String problemUk) {
            super(problemEn);
            this.line = line;
            this.column = column;
            this.problemUk = problemUk;
        }

        /** The 1-based line. */
        public int line() {
            return line;
        }

        /** The 1-based column. */
        public int column() {
            return column;
        }

        /** The problem in Ukrainian. */
        public String problemUk() {
            return problemUk;
        }
    }

    private Rfc4180Reader() {
    }

    /**
     * Reads every record. Blank trailing lines are ignored.
     *
     * @param in       the text
     * @param maxChars the largest input accepted, in characters
     * @throws MalformedCsvException on an unclosed quote, text after a closing quote, or too much input
     * @throws IOException           when reading fails
     */
    public static List<Row> read(Reader source, long maxChars) throws IOException, MalformedCsvException {
        Reader in = source.markSupported() ? source : new BufferedReader(source);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int column = 0;
        int rowLine = 1;
        long count = 0;
        boolean quoted = false;
        boolean afterQuote = false; // a quoted cell has been closed, only a separator may follow
        boolean cellStarted = false;
        boolean first = true;
        int quoteLine = 0;
        int quoteColumn = 0;
        int c;
        while ((c = in.read()) >= 0) {
            if (++count > maxChars) {
                throw new MalformedCsvException(line, column, "the input is larger than " + maxChars
                        + " characters; split the file or raise the limit",
                        "файл більший за " + maxChars + " символів; розділіть файл або збільште обмеження");
            }
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            column++;
            if (quoted) {
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
                } else {
                    if (c == '\n') {
                        line++;
                        column = 0;
                    }
                    cell.append((char) c);
                }
                continue;
            }
            if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                cellStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    in.mark(1);
                    int next = in.read();
                    if (next != '\n' && next >= 0) {
                        in.reset();
                    } else if (next == '\n') {
                        count++;
                    }
                }
                if (cellStarted || cell.length() > 0 || afterQuote || !cells.isEmpty()) {
                    cells.add(cell.toString());
                    rows.add(new Row(rowLine, cells));
                }
                cells = new ArrayList<>();
                cell.setLength(0);
                afterQuote = false;
                cellStarted = false;
                line++;
                column = 0;
                rowLine = line;
            } else if (afterQuote) {
                throw new MalformedCsvException(line, column, "text after the closing quote of a cell; "
                        + "put the whole cell in quotes and write a quote inside it twice (\"\")",
                        "текст після закривальних лапок клітинки; візьміть усю клітинку в лапки, "
                                + "а лапки всередині подвойте (\"\")");
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
        if (quoted) {
            throw new MalformedCsvException(quoteLine, quoteColumn, "the quoted cell opened here is not closed before the end "
                    + "of the file; add the closing quote", "клітинку, що відкривається тут лапками, не закрито до кінця "
                    + "файлу; додайте закривальні лапки");
        }
        if (cellStarted || cell.length() > 0 || afterQuote || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, cells));
        }
        return rows;
    }
}
