package ua.opendata.passport.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import ua.opendata.passport.PassportException;

/**
 * Splits a CSV byte stream into records of cells (RFC 4180 quoting), streaming with a fixed
 * buffer: memory stays bounded by the cell and column limits whatever the file size.
 *
 * <p>Works on bytes: the structural characters (quote, delimiter, CR, LF) are ASCII and never occur
 * inside a multi-byte UTF-8 sequence or as a Windows-1251 letter, so cells are cut first and
 * decoded afterwards. The encoding is decided once, at the first non-ASCII bytes: a UTF-8 BOM, or
 * a look-ahead window that is valid UTF-8, means UTF-8; anything else is Windows-1251. Everything
 * before that point is ASCII and decodes the same either way, so nothing is read twice.
 *
 * <p>Physical lines are counted as LF, CRLF or a lone CR, also inside quoted cells, so that
 * {@link #recordLine()} is right for every record.
 */
public final class CsvTokenizer {

    /**
     * Receives problems found while cutting and decoding cells, by code (messages for them are in the
     * register codec's bundles): {@code CSV-UNSUPPORTED-ENCODING} (UTF-16), {@code CSV-FILE-TOO-LARGE}
     * (then {@link StopReading} is thrown), {@code CSV-CELL-TOO-LARGE}, {@code CSV-UNTERMINATED-QUOTE},
     * {@code CSV-TEXT-AFTER-QUOTE} and {@code CSV-BAD-ENCODING} (argument {@code UTF-8} or
     * {@code Windows-1251}).
     */
    public interface ProblemSink {
        /**
         * A problem at a physical line and 1-based column (0: the whole row or file).
         *
         * @param row the physical line; 0 for the whole file
         * @param column the 1-based column; 0 for the whole row or file
         * @param code the message key of the problem
         * @param arguments the values the message template inserts
         */
        void problem(int row, int column, String code, String... arguments);
    }

    /** Thrown after a problem that makes reading further pointless (file too large). */
    public static final class StopReading extends PassportException {
        private static final long serialVersionUID = 1L;

        /** Stops reading; the problem that says why is already recorded. */
        public StopReading() {
            super(null, null, false, false);
        }
    }

    /** The Windows-1251 charset. */
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private static final int DELIM = 0;
    private static final int EOL = 1;
    private static final int EOF = 2;
    private static final int LOOKAHEAD = 1 << 16;
    /** Cells up to this many bytes are looked up in their column's cache of repeated values. */
    private static final int CACHEABLE_BYTES = 128;
    private static final int MAX_CACHED_COLUMNS = 256;

    private static final long ONES = Utf8Cells.ONES;
    private static final long LF_WORD = Utf8Cells.LF_WORD;
    private static final long CR_WORD = Utf8Cells.CR_WORD;
    private static final long QUOTE_WORD = ONES * '"';

    private enum Encoding { UNDECIDED, UTF8, CP1251 }

    private final InputStream in;
    private final long maxFileBytes;
    private final int maxCellBytes;
    private final int maxColumns;
    private final ProblemSink sink;

    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private long total;
    private boolean eof;

    private byte delim = ',';
    private long delimWord = ONES * ',';
    private boolean bom;
    private Encoding encoding = Encoding.UNDECIDED;
    private boolean decodedAs1251;

    private int line = 1;
    private int recordLine = 1;

    private byte[] cell = new byte[256];
    private int cellLen;
    private boolean cellOverflow;
    private int cellColumn;

    private final Utf8Cells utf8 = new Utf8Cells();
    private ColumnCache[] caches = new ColumnCache[16];
    private int decodeProblems;
    private String[] cells = new String[32];
    private int width;

    /**
     * A tokenizer over {@code in}, which it does not close.
     *
     * @param in the CSV bytes
     * @param maxFileBytes the most bytes read before {@code CSV-FILE-TOO-LARGE} stops reading
     * @param maxCellBytes the largest cell in bytes; larger ones are reported and read as empty
     * @param maxColumns   the most cells kept per record; further ones are counted, not kept
     * @param sink receives the problems found while reading
     */
    public CsvTokenizer(InputStream in, long maxFileBytes, int maxCellBytes, int maxColumns, ProblemSink sink) {
        this.in = in;
        this.maxFileBytes = maxFileBytes;
        this.maxCellBytes = maxCellBytes;
        this.maxColumns = maxColumns;
        this.sink = sink;
    }

    /**
     * Reads the start of the file: the BOM, the delimiter (the most frequent of {@code , ; TAB}
     * outside quotes in the first non-empty line; {@code ,} on a tie) and, when the first bytes
     * show it, the encoding.
     *
     * @return false when the file is in an unsupported encoding (reported)
     * @throws IOException when reading the underlying stream fails
     */
    public boolean open() throws IOException {
        fillAppend(4);
        int bomLength = CsvStart.bomLength(buf, lim);
        if (bomLength == CsvStart.UTF16) {
            sink.problem(1, 0, "CSV-UNSUPPORTED-ENCODING", "UTF-16");
            return false;
        }
        if (bomLength > 0) {
            bom = true;
            encoding = Encoding.UTF8;
            pos = bomLength;
        }
        detectDelimiter();
        if (encoding == Encoding.UNDECIDED) {
            fillAppend(LOOKAHEAD);
            for (int i = pos; i < lim; i++) {
                if (buf[i] < 0) {
                    decide(buf, i, lim - i, true);
                    break;
                }
            }
        }
        return true;
    }

    private void detectDelimiter() throws IOException {
        CsvStart.DelimiterVote vote = new CsvStart.DelimiterVote();
        int k = 0; // offset from pos: pos itself may move when the buffer is compacted
        int cap = Math.max(maxCellBytes, 1 << 20);
        while (true) {
            if (pos + k >= lim) {
                if (eof || k >= cap) {
                    break;
                }
                fillAppend(k + (1 << 16));
                if (pos + k >= lim) {
                    break;
                }
            }
            if (!vote.add(buf[pos + k++])) {
                break;
            }
        }
        delim = vote.delimiter();
        delimWord = ONES * delim;
    }

    /** Reads until at least {@code want} bytes from {@code pos} are buffered or the input ends. */
    private void fillAppend(int want) throws IOException {
        if (pos > 0 && lim - pos < want) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (want > buf.length) {
            buf = Arrays.copyOf(buf, want);
        }
        while (!eof && lim - pos < want && lim < buf.length) {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
            } else {
                count(n);
                lim += n;
            }
        }
    }

    /** Refills an exhausted buffer; false at end of input. */
    private boolean refill() throws IOException {
        if (eof) {
            return false;
        }
        pos = 0;
        lim = 0;
        while (lim == 0) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                return false;
            }
            count(n);
            lim = n;
        }
        return true;
    }

    private void count(int n) {
        total += n;
        if (total > maxFileBytes) {
            sink.problem(line, 0, "CSV-FILE-TOO-LARGE", Long.toString(maxFileBytes));
            throw new StopReading();
        }
    }

    private void decide(byte[] b, int off, int len, boolean truncatedEndOk) {
        if (Utf8.isValid(b, off, off + len, truncatedEndOk)) {
            encoding = Encoding.UTF8;
        } else {
            encoding = Encoding.CP1251;
            decodedAs1251 = true;
        }
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input
     * @throws IOException when reading the underlying stream fails
     */
    public boolean next() throws IOException {
        if (pos >= lim && !refill()) {
            return false;
        }
        recordLine = line;
        width = 0;
        while (true) {
            int term = readCell();
            if (term != DELIM) {
                return true;
            }
        }
    }

    private int readCell() throws IOException {
        cellLen = 0;
        cellOverflow = false;
        cellColumn = width + 1;
        if (pos >= lim && !refill()) {
            store("");
            return EOF;
        }
        if (buf[pos] == '"') {
            pos++;
            return readQuoted();
        }
        // fast path: an unquoted cell that ends inside the buffer is decoded in place
        byte[] b = buf;
        int start = pos;
        int end = lim;
        if (encoding == Encoding.UTF8 && !cacheInUse(cellColumn - 1)) {
            // one pass that finds the cell's end while it decodes it
            int t = utf8.toTerminator(b, start, end, delim, delimWord);
            if (t >= 0) {
                if (t - start > maxCellBytes) {
                    overflow();
                    store("");
                } else {
                    store(utf8.decoded());
                }
                pos = t;
                return terminator();
            }
        }
        byte d = delim;
        int i = Utf8Cells.skipWords(b, start, end, delimWord, LF_WORD, CR_WORD);
        while (i < end) {
            byte c = b[i];
            if (c == d || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        if (i < end) {
            if (i - start > maxCellBytes) {
                overflow();
            }
            store(cellOverflow ? "" : cached(b, start, i - start));
            pos = i;
            return terminator();
        }
        append(b, start, i - start);
        pos = i;
        return readUnquotedRest();
    }

    private int readUnquotedRest() throws IOException {
        while (true) {
            if (pos >= lim && !refill()) {
                store(cellString());
                return EOF;
            }
            byte[] b = buf;
            int start = pos;
            int end = lim;
            byte d = delim;
            int i = Utf8Cells.skipWords(b, start, end, delimWord, LF_WORD, CR_WORD);
            while (i < end) {
                byte c = b[i];
                if (c == d || c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            append(b, start, i - start);
            pos = i;
            if (i < end) {
                store(cellString());
                return terminator();
            }
        }
    }

    private int readQuoted() throws IOException {
        while (true) {
            if (pos >= lim && !refill()) {
                sink.problem(recordLine, cellColumn, "CSV-UNTERMINATED-QUOTE");
                store(cellString());
                return EOF;
            }
            byte[] b = buf;
            int start = pos;
            int end = lim;
            int i = Utf8Cells.skipWords(b, start, end, QUOTE_WORD, LF_WORD, CR_WORD);
            while (i < end) {
                byte c = b[i];
                if (c == '"' || c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            append(b, start, i - start);
            pos = i;
            if (i == end) {
                continue;
            }
            byte c = b[i];
            pos++;
            if (c == '\n') {
                line++;
                append(b, i, 1);
            } else if (c == '\r') {
                line++;
                append(b, i, 1);
                if ((pos < lim || refill()) && buf[pos] == '\n') {
                    append(buf, pos, 1);
                    pos++;
                }
            } else { // a quote: the end of the cell or an escaped quote
                if (pos >= lim && !refill()) {
                    store(cellString());
                    return EOF;
                }
                byte n = buf[pos];
                if (n == '"') {
                    append(buf, pos, 1);
                    pos++;
                } else if (n == delim || n == '\n' || n == '\r') {
                    store(cellString());
                    return terminator();
                } else {
                    sink.problem(recordLine, cellColumn, "CSV-TEXT-AFTER-QUOTE");
                    return readUnquotedRest();
                }
            }
        }
    }

    /** Consumes the delimiter or line end at {@code pos}. */
    private int terminator() throws IOException {
        byte c = buf[pos++];
        if (c == delim) {
            return DELIM;
        }
        line++;
        if (c == '\r' && (pos < lim || refill()) && buf[pos] == '\n') {
            pos++;
        }
        return EOL;
    }

    private void append(byte[] b, int off, int len) {
        if (len == 0 || cellOverflow) {
            return;
        }
        int need = cellLen + len;
        if (need > maxCellBytes) {
            overflow();
            return;
        }
        if (need > cell.length) {
            cell = Arrays.copyOf(cell, Math.min(Math.max(need, cell.length * 2), maxCellBytes));
        }
        System.arraycopy(b, off, cell, cellLen, len);
        cellLen = need;
    }

    /** Marks the current cell as too large and reports it at once (reading may stop before the cell ends). */
    private void overflow() {
        cellOverflow = true;
        sink.problem(recordLine, cellColumn, "CSV-CELL-TOO-LARGE", Integer.toString(maxCellBytes));
    }

    private String cellString() {
        return cellOverflow ? "" : cached(cell, 0, cellLen);
    }

    private void store(String value) {
        if (width < maxColumns) {
            if (width == cells.length) {
                cells = Arrays.copyOf(cells, Math.min(cells.length * 2, maxColumns));
            }
            cells[width] = value;
        }
        width++;
    }

    /**
     * The decoded cell, shared with an equal earlier cell of the same column when the column repeats
     * its values (publisher, contacts, formats, statuses): registers repeat them on every row, and a
     * shared string costs neither a decode nor an allocation, and its hash is already computed.
     */
    private String cached(byte[] b, int off, int len) {
        if (len == 0) {
            return "";
        }
        int column = cellColumn - 1;
        if (column >= MAX_CACHED_COLUMNS) {
            return decode(b, off, len);
        }
        if (column >= caches.length) {
            caches = Arrays.copyOf(caches, Math.min(Math.max(column + 1, caches.length * 2), MAX_CACHED_COLUMNS));
        }
        ColumnCache cache = caches[column];
        if (cache == null) {
            cache = new ColumnCache();
            caches[column] = cache;
        }
        if (cache.isOff()) {
            return decode(b, off, len);
        }
        if (len > CACHEABLE_BYTES) {
            cache.miss(); // long cells (titles, descriptions) count against the column's cache
            return decode(b, off, len);
        }
        String found = cache.find(b, off, len);
        if (found != null) {
            return found;
        }
        int problemsBefore = decodeProblems;
        String value = decode(b, off, len);
        if (decodeProblems == problemsBefore) { // a cell with an encoding problem must be reported each time
            cache.add(b, off, len, value);
        }
        return value;
    }

    /**
     * Whether cells of this column still go through its cache of repeated values (during its trial,
     * and after when the column repeats); other cells take the one-pass {@link Utf8Cells#toTerminator}.
     */
    private boolean cacheInUse(int column) {
        if (column >= MAX_CACHED_COLUMNS) {
            return false;
        }
        ColumnCache cache = column < caches.length ? caches[column] : null;
        return cache == null || !cache.isOff();
    }

    private String decode(byte[] b, int off, int len) {
        if (len == 0) {
            return "";
        }
        if (encoding == Encoding.UNDECIDED) {
            int i = off;
            int end = off + len;
            while (i < end && b[i] >= 0) {
                i++;
            }
            if (i == end) {
                return new String(b, off, len, StandardCharsets.ISO_8859_1);
            }
            decide(b, i, end - i, false);
        }
        if (encoding == Encoding.UTF8) {
            String s = utf8.decode(b, off, len);
            return s != null ? s : invalidUtf8(b, off, len);
        }
        String s = new String(b, off, len, WINDOWS_1251);
        if (s.indexOf('\uFFFD') >= 0) {
            decodeProblems++;
            sink.problem(recordLine, cellColumn, "CSV-BAD-ENCODING", "Windows-1251");
        }
        return s;
    }

    private String invalidUtf8(byte[] b, int off, int len) {
        decodeProblems++;
        sink.problem(recordLine, cellColumn, "CSV-BAD-ENCODING", "UTF-8");
        return new String(b, off, len, StandardCharsets.UTF_8);
    }

    /** {@return the physical line (1-based) where the current record starts} */
    public int recordLine() {
        return recordLine;
    }

    /** {@return the physical line the tokenizer has reached} */
    public int line() {
        return line;
    }

    /** {@return the number of cells in the current record, including any beyond the column limit} */
    public int width() {
        return width;
    }

    /**
     * The cell at {@code index} (0-based) of the current record; {@code index < min(width, maxColumns)}.
     *
     * @param index the 0-based cell index
     * @return the cell text
     */
    public String cell(int index) {
        return cells[index];
    }

    /** {@return whether every kept cell of the current record is empty or whitespace} */
    public boolean blank() {
        int n = Math.min(width, maxColumns);
        for (int i = 0; i < n; i++) {
            if (!cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** {@return the delimiter in use} */
    public char delimiter() {
        return (char) delim;
    }

    /** {@return whether the file started with a UTF-8 BOM} */
    public boolean bom() {
        return bom;
    }

    /** {@return the charset the cells were decoded with (UTF-8 when the file was all ASCII)} */
    public Charset charset() {
        return decodedAs1251 ? WINDOWS_1251 : StandardCharsets.UTF_8;
    }
}
