package ua.opendata.passport.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

    /** Receives problems found while cutting and decoding cells. */
    public interface ProblemSink {
        /** A problem at a physical line and 1-based column (0: the whole row or file). */
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

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LF_WORD = ONES * '\n';
    private static final long CR_WORD = ONES * '\r';
    private static final long QUOTE_WORD = ONES * '"';
    /** In a little-endian word of four two-byte UTF-8 sequences: lead bytes 110xxxxx, then 10xxxxxx. */
    private static final long TWO_BYTE_MASK = 0xC0E0C0E0C0E0C0E0L;
    private static final long TWO_BYTE_BITS = 0x80C080C080C080C0L;
    /** The lead bits that must not all be zero (an overlong C0/C1 lead). */
    private static final long LEAD_PAYLOAD = 0x001E001E001E001EL;
    private static final long LANE_ONES = 0x0001000100010001L;
    private static final long LANE_HIGHS = 0x8000800080008000L;

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

    private char[] chars = new char[256];
    /** The number of chars {@link #decodeToTerminator} decoded into {@link #chars}. */
    private int decodedLength;
    private ColumnCache[] caches = new ColumnCache[16];
    private int decodeProblems;
    private String[] cells = new String[32];
    private int width;

    /**
     * A tokenizer over {@code in}, which it does not close.
     *
     * @param maxFileBytes the most bytes read before {@code CSV-FILE-TOO-LARGE} stops reading
     * @param maxCellBytes the largest cell in bytes; larger ones are reported and read as empty
     * @param maxColumns   the most cells kept per record; further ones are counted, not kept
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

    /**
     * Skips, eight bytes at a time, the words of {@code b[i, end)} that hold none of three bytes
     * (each given repeated in every byte of a word); returns where a byte-wise scan must go on.
     */
    private static int skipWords(byte[] b, int i, int end, long w1, long w2, long w3) {
        while (i + 8 <= end) {
            long w = (long) LONGS.get(b, i);
            // the structural bytes are ASCII: a word of non-ASCII bytes only (Cyrillic text) has none
            if ((w & HIGHS) != HIGHS && (zeroByte(w ^ w1) | zeroByte(w ^ w2) | zeroByte(w ^ w3)) != 0) {
                break;
            }
            i += 8;
        }
        return i;
    }

    /** Writes the first {@code pairs} two-byte UTF-8 sequences of {@code w} as chars from {@code out[n]}. */
    private static void putPairs(long w, int pairs, char[] out, int n) {
        for (int k = 0; k < pairs; k++) {
            out[n + k] = (char) ((w >>> (k << 4) & 0x1F) << 6 | (w >>> ((k << 4) + 8) & 0x3F));
        }
    }

    /** Writes the eight ASCII bytes of {@code w} as chars from {@code out[n]}. */
    private static void putAscii(long w, char[] out, int n) {
        for (int k = 0; k < 8; k++) {
            out[n + k] = (char) (w >>> (k << 3) & 0x7F);
        }
    }

    /**
     * How many two-byte UTF-8 sequences (lead 0xC2–0xDF, then a continuation byte) the
     * little-endian word {@code w} starts with: 0 to 4.
     */
    private static int twoBytePairs(long w) {
        // per 16-bit lane: non-zero when the lane is not lead + continuation, or its lead is C0/C1
        long bad = ((w & TWO_BYTE_MASK) ^ TWO_BYTE_BITS) | zeroLane(w & LEAD_PAYLOAD);
        return Long.numberOfTrailingZeros(bad) >>> 4;
    }

    /**
     * Non-zero when some 16-bit lane of {@code v} is zero, with the lowest such lane's top bit set
     * exactly (lanes above it may be marked too); each lane must be below 0x8000.
     */
    private static long zeroLane(long v) {
        return (v - LANE_ONES) & ~v & LANE_HIGHS;
    }

    /** Non-zero exactly when some byte of {@code v} is zero. */
    private static long zeroByte(long v) {
        return (v - ONES) & ~v & HIGHS;
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
            int t = decodeToTerminator(b, start, end);
            if (t >= 0) {
                if (t - start > maxCellBytes) {
                    overflow();
                    store("");
                } else {
                    store(decodedLength == 0 ? "" : new String(chars, 0, decodedLength));
                }
                pos = t;
                return terminator();
            }
        }
        byte d = delim;
        int i = skipWords(b, start, end, delimWord, LF_WORD, CR_WORD);
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
            int i = skipWords(b, start, end, delimWord, LF_WORD, CR_WORD);
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
            int i = skipWords(b, start, end, QUOTE_WORD, LF_WORD, CR_WORD);
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
        if (cache.off) {
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

    /** The last few distinct short values of one column; switched off when the column hardly repeats. */
    private static final class ColumnCache {
        private static final int WAYS = 8;
        private static final int TRIAL = 64;

        private final byte[][] keys = new byte[WAYS][];
        private final String[] values = new String[WAYS];
        private int size;
        private int next;
        private int lookups;
        private int hits;
        private boolean off;

        @org.jspecify.annotations.Nullable String find(byte[] b, int off, int len) {
            for (int k = 0; k < size; k++) {
                byte[] key = keys[k];
                if (key.length == len && Arrays.equals(key, 0, len, b, off, off + len)) {
                    lookups++;
                    hits++;
                    return values[k];
                }
            }
            miss();
            return null;
        }

        void miss() {
            lookups++;
            if (lookups == TRIAL && hits * 4 < lookups) {
                this.off = true;
            }
        }

        void add(byte[] b, int off, int len, String value) {
            keys[next] = Arrays.copyOfRange(b, off, off + len);
            values[next] = value;
            next = (next + 1) % WAYS;
            size = Math.max(size, next == 0 ? WAYS : next);
        }
    }

    /**
     * Whether cells of this column still go through its cache of repeated values (during its trial,
     * and after when the column repeats); other cells take the one-pass {@link #decodeToTerminator}.
     */
    private boolean cacheInUse(int column) {
        if (column >= MAX_CACHED_COLUMNS) {
            return false;
        }
        ColumnCache cache = column < caches.length ? caches[column] : null;
        return cache == null || !cache.off;
    }

    /**
     * Decodes UTF-8 from {@code b[i]} into {@link #chars} until the delimiter or a line end, and
     * returns the terminator's index ({@link #decodedLength} chars decoded); or -1 when the buffer
     * ends first or a sequence is not a valid one- to three-byte one, and the caller must take the
     * general path, which reports what is wrong. The structural bytes are ASCII, so a word of
     * two-byte sequences (Cyrillic) holds none of them.
     */
    private int decodeToTerminator(byte[] b, int i, int end) {
        if (chars.length < end - i) {
            chars = new char[Math.max(end - i, chars.length * 2)];
        }
        char[] out = chars;
        byte d = delim;
        long dw = delimWord;
        int n = 0;
        while (true) {
            while (i + 8 <= end) {
                long w = (long) LONGS.get(b, i);
                int pairs = twoBytePairs(w);
                if (pairs == 4) {
                    putPairs(w, 4, out, n);
                    n += 4;
                    i += 8;
                } else if (pairs > 0) { // the end of a word: its last letters, then the general step
                    putPairs(w, pairs, out, n);
                    n += pairs;
                    i += pairs << 1;
                    break;
                } else if ((w & HIGHS) == 0 && (zeroByte(w ^ dw) | zeroByte(w ^ LF_WORD) | zeroByte(w ^ CR_WORD)) == 0) {
                    putAscii(w, out, n);
                    n += 8;
                    i += 8;
                } else {
                    break;
                }
            }
            if (i >= end) {
                return -1;
            }
            int c = b[i];
            if (c >= 0) {
                if (c == d || c == '\n' || c == '\r') {
                    decodedLength = n;
                    return i;
                }
                out[n++] = (char) c;
                i++;
            } else if ((c & 0xE0) == 0xC0 && i + 1 < end && (b[i + 1] & 0xC0) == 0x80 && (c & 0x1E) != 0) {
                out[n++] = (char) (((c & 0x1F) << 6) | (b[i + 1] & 0x3F));
                i += 2;
            } else if ((c & 0xF0) == 0xE0 && i + 2 < end && (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80) {
                char ch = (char) (((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F));
                if (ch < 0x800 || Character.isSurrogate(ch)) {
                    return -1;
                }
                out[n++] = ch;
                i += 3;
            } else {
                return -1;
            }
        }
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
            return decodeUtf8(b, off, len);
        }
        String s = new String(b, off, len, WINDOWS_1251);
        if (s.indexOf('\uFFFD') >= 0) {
            decodeProblems++;
            sink.problem(recordLine, cellColumn, "CSV-BAD-ENCODING", "Windows-1251");
        }
        return s;
    }

    /**
     * Decodes and validates UTF-8 in one pass into a reused char buffer; an invalid sequence is
     * reported and the cell decoded with replacement characters.
     */
    private String decodeUtf8(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end && b[i] >= 0) {
            i++;
        }
        if (i == end) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        char[] out = chars;
        if (out.length < len) {
            out = new char[Math.max(len, out.length * 2)];
            chars = out;
        }
        int n = 0;
        for (int k = off; k < i; k++) {
            out[n++] = (char) b[k];
        }
        while (i < end) {
            // eight bytes at a time while they are all ASCII or all four two-byte sequences (Cyrillic)
            while (i + 8 <= end) {
                long w = (long) LONGS.get(b, i);
                int pairs = twoBytePairs(w);
                if (pairs == 4) {
                    putPairs(w, 4, out, n);
                    n += 4;
                    i += 8;
                } else if (pairs > 0) {
                    putPairs(w, pairs, out, n);
                    n += pairs;
                    i += pairs << 1;
                    break;
                } else if ((w & HIGHS) == 0) {
                    putAscii(w, out, n);
                    n += 8;
                    i += 8;
                } else {
                    break;
                }
            }
            if (i >= end) {
                break;
            }
            int c = b[i];
            if (c >= 0) {
                out[n++] = (char) c;
                i++;
            } else if ((c & 0xE0) == 0xC0 && i + 1 < end && (b[i + 1] & 0xC0) == 0x80 && (c & 0x1E) != 0) {
                out[n++] = (char) (((c & 0x1F) << 6) | (b[i + 1] & 0x3F));
                i += 2;
            } else if ((c & 0xF0) == 0xE0 && i + 2 < end && (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80) {
                char ch = (char) (((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F));
                if (ch < 0x800 || Character.isSurrogate(ch)) {
                    return invalidUtf8(b, off, len);
                }
                out[n++] = ch;
                i += 3;
            } else if ((c & 0xF8) == 0xF0 && i + 3 < end && (b[i + 1] & 0xC0) == 0x80
                    && (b[i + 2] & 0xC0) == 0x80 && (b[i + 3] & 0xC0) == 0x80) {
                int cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
                if (cp < 0x10000 || cp > 0x10FFFF) {
                    return invalidUtf8(b, off, len);
                }
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                return invalidUtf8(b, off, len);
            }
        }
        return new String(out, 0, n);
    }

    private String invalidUtf8(byte[] b, int off, int len) {
        decodeProblems++;
        sink.problem(recordLine, cellColumn, "CSV-BAD-ENCODING", "UTF-8");
        return new String(b, off, len, StandardCharsets.UTF_8);
    }

    /** The physical line (1-based) where the current record starts. */
    public int recordLine() {
        return recordLine;
    }

    /** The physical line the tokenizer has reached. */
    public int line() {
        return line;
    }

    /** The number of cells in the current record, including any beyond the column limit. */
    public int width() {
        return width;
    }

    /** The cell at {@code index} (0-based) of the current record; {@code index < min(width, maxColumns)}. */
    public String cell(int index) {
        return cells[index];
    }

    /** Whether every kept cell of the current record is empty or whitespace. */
    public boolean blank() {
        int n = Math.min(width, maxColumns);
        for (int i = 0; i < n; i++) {
            if (!cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The delimiter in use. */
    public char delimiter() {
        return (char) delim;
    }

    /** Whether the file started with a UTF-8 BOM. */
    public boolean bom() {
        return bom;
    }

    /** The charset the cells were decoded with (UTF-8 when the file was all ASCII). */
    public Charset charset() {
        return decodedAs1251 ? WINDOWS_1251 : StandardCharsets.UTF_8;
    }
}
