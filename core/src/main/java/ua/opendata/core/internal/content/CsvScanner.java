package ua.opendata.core.internal.content;

import static ua.opendata.core.internal.content.WordScan.CR_WORD;
import static ua.opendata.core.internal.content.WordScan.HIGHS;
import static ua.opendata.core.internal.content.WordScan.LF_WORD;
import static ua.opendata.core.internal.content.WordScan.ONES;
import static ua.opendata.core.internal.content.WordScan.QUOTE_WORD;
import static ua.opendata.core.internal.content.WordScan.firstNonAscii;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.internal.content.CellRules.Kind;
import ua.opendata.core.internal.content.CellRules.LinkMemo;
import ua.opendata.passport.io.CsvStart;
import ua.opendata.passport.io.Utf8;

/**
 * Splits a CSV byte stream into records of cells (RFC 4180 quoting) for the content checks, without
 * decoding them: a cell is a range of the read buffer, which holds the whole current record. Cells
 * are decoded to strings only when asked ({@link #cell}), which the checks do only for the header
 * and for cells their byte-level fast paths do not accept.
 *
 * <p>Reads the same way as the passport reader's tokenizer (the structural characters quote,
 * delimiter, CR and LF are ASCII and never occur inside a multi-byte UTF-8 sequence or as a
 * Windows-1251 letter): the encoding is decided once, at the first non-ASCII bytes (a UTF-8 BOM, or
 * a look-ahead window of 64 KiB that is valid UTF-8, means UTF-8; anything else Windows-1251); every
 * cell is validated in that encoding on its bytes; physical lines are counted as LF, CRLF or a lone
 * CR, also inside quoted cells. The buffer grows only for a record longer than itself, bounded by the
 * cell and column limits; cells beyond the column limit and cells over the size limit are dropped.
 */
public final class CsvScanner {

    /** Receives problems found while cutting and validating cells. */
    public interface ProblemSink {
        /** A problem at a physical line and 1-based column (0: the whole row or file). */
        void problem(long row, int column, String code, String... arguments);
    }

    /** Thrown after a problem that makes reading further pointless (file too large). */
    public static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /** The Windows-1251 charset. */
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** The read buffer used unless another size is asked for: 1 MiB. */
    public static final int DEFAULT_BUFFER = 1 << 20;

    private static final int DELIM = 0;
    private static final int EOL = 1;
    private static final int EOF = 2;
    private static final int LOOKAHEAD = 1 << 16;

    private static final byte ASCII = 1;
    private static final byte BAD = 2;

    private enum Encoding { UNDECIDED, UTF8, CP1251 }

    private final InputStream in;
    private final long maxFileBytes;
    private final int maxCellBytes;
    private final int maxColumns;
    private final ProblemSink sink;

    private byte[] buf;
    private int pos;
    private int lim;
    private long total;
    private boolean eof;

    private byte delim = ',';
    private long delimWord = ONES * ',';
    private boolean bom;
    private Encoding encoding = Encoding.UNDECIDED;

    private long line = 1;
    private long recordLine = 1;

    /** The current cell's content is {@code buf[cellStart, w)}; {@code w <= pos} (quotes removed). */
    private int cellStart;
    private int w;
    private boolean cellOverflow;
    private int cellColumn;
    /** The search for the end of the current cell, with what it learnt of the cell's bytes. */
    private final WordScan scan = new WordScan();

    private int[] offsets = new int[32];
    private int[] lengths = new int[32];
    private byte[] flags = new byte[32];
    private int width;

    /**
     * A scanner over {@code in}, which it does not close.
     *
     * @param maxFileBytes the most bytes read; {@code CSV-FILE-TOO-LARGE} stops reading beyond them
     * @param maxCellBytes the largest cell in bytes; larger ones are reported and read as empty
     * @param maxColumns   the most cells kept per record; further ones are validated and counted, not kept
     * @param bufferSize   the size of the read buffer in bytes (it grows for longer records)
     */
    public CsvScanner(InputStream in, long maxFileBytes, int maxCellBytes, int maxColumns, int bufferSize,
                      ProblemSink sink) {
        this.in = in;
        this.maxFileBytes = maxFileBytes;
        this.maxCellBytes = maxCellBytes;
        this.maxColumns = maxColumns;
        this.sink = sink;
        this.buf = new byte[Math.max(bufferSize, 16)];
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
        int scanned = detectDelimiter();
        if (encoding == Encoding.UNDECIDED) {
            fillAppend(LOOKAHEAD);
            int end = (int) Math.min(lim, (long) pos + Math.max(LOOKAHEAD, scanned));
            int i = firstNonAscii(buf, pos, end);
            if (i < end) {
                decide(buf, i, end, true);
            }
        }
        return true;
    }

    /** Sets the delimiter; returns how many bytes it looked at. */
    private int detectDelimiter() throws IOException {
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
        return k;
    }

    /** Reads until at least {@code want} bytes from {@code pos} are buffered or the input ends (open only). */
    private void fillAppend(int want) throws IOException {
        if (pos > 0 && lim - pos < want) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (want > buf.length) {
            buf = Arrays.copyOf(buf, want);
        }
        // the look-ahead stops at the size limit; reading on past it is reported when the records need it
        while (!eof && lim - pos < want && lim < buf.length && total < maxFileBytes) {
            int n = read(lim, buf.length - lim);
            if (n < 0) {
                eof = true;
            } else {
                lim += n;
            }
        }
    }

    /**
     * Reads into {@code buf[off, off+len)}; never past {@code maxFileBytes}: when that many bytes
     * have been read and the input has more, reports {@code CSV-FILE-TOO-LARGE} and stops.
     */
    private int read(int off, int len) throws IOException {
        long allowed = maxFileBytes - total;
        if (allowed <= 0) {
            int n = in.read(buf, off, 1);
            if (n > 0) {
                total += n;
                sink.problem(line, 0, "CSV-FILE-TOO-LARGE", Long.toString(maxFileBytes));
                throw new StopReading();
            }
            return n;
        }
        int n = in.read(buf, off, (int) Math.min(len, allowed));
        if (n > 0) {
            total += n;
        }
        return n;
    }

    /** Refills an exhausted buffer between records; false at end of input. */
    private boolean refill() throws IOException {
        pos = 0;
        lim = 0;
        while (!eof && lim == 0) {
            int n = read(0, buf.length);
            if (n < 0) {
                eof = true;
            } else {
                lim = n;
            }
        }
        return lim > 0;
    }

    /**
     * Reads more input inside a record ({@code pos == lim}): first moves the kept cells of the
     * record and the current cell to the start of the buffer (dropping what is not kept), growing
     * the buffer only when they fill it. False at the end of the input.
     */
    private boolean more() throws IOException {
        if (eof) {
            return false;
        }
        int dst = 0;
        int kept = Math.min(width, maxColumns);
        for (int c = 0; c < kept; c++) {
            int len = lengths[c];
            if (len > 0 && offsets[c] != dst) {
                System.arraycopy(buf, offsets[c], buf, dst, len);
            }
            offsets[c] = dst;
            dst += len;
        }
        int len = cellOverflow ? 0 : w - cellStart;
        if (len > 0 && cellStart != dst) {
            System.arraycopy(buf, cellStart, buf, dst, len);
        }
        cellStart = dst;
        w = dst + len;
        dst = w;
        int unread = lim - pos;
        if (unread > 0) {
            System.arraycopy(buf, pos, buf, dst, unread);
        }
        pos = dst;
        lim = dst + unread;
        if (lim >= buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        while (lim == pos) {
            int n = read(lim, buf.length - lim);
            if (n < 0) {
                eof = true;
                return false;
            }
            lim += n;
        }
        return true;
    }

    private void decide(byte[] b, int from, int to, boolean truncatedEndOk) {
        encoding = Utf8.isValid(b, from, to, truncatedEndOk) ? Encoding.UTF8 : Encoding.CP1251;
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
        while (readCell() == DELIM) {
            // next cell
        }
        return true;
    }

    private int readCell() throws IOException {
        cellOverflow = false;
        scan.high = 0;
        scan.utf8Checked = true; // until a part of the cell is scanned without the check
        cellColumn = width + 1;
        cellStart = pos;
        w = pos;
        if (pos >= lim && !more()) {
            store();
            return EOF;
        }
        if (buf[pos] == '"') {
            pos++;
            cellStart = pos;
            w = pos;
            return readQuoted();
        }
        // the common case: an unquoted cell that ends inside the buffer
        int end = lim;
        int i = scan.findValidating(buf, pos, end, delimWord, delim);
        if (i < end) {
            pos = i;
            w = i;
            if (i - cellStart > maxCellBytes) {
                overflow();
            }
            store();
            return terminator();
        }
        return readUnquoted();
    }

    /** An unquoted cell, or the rest of a quoted one after text following its closing quote. */
    private int readUnquoted() throws IOException {
        while (true) {
            if (pos >= lim && !more()) {
                store();
                return EOF;
            }
            int start = pos;
            int end = lim;
            int i = scan.find(buf, start, end, delimWord, LF_WORD, CR_WORD, delim, (byte) '\n', (byte) '\r');
            keep(start, i);
            pos = i;
            if (i < end) {
                store();
                return terminator();
            }
        }
    }

    private int readQuoted() throws IOException {
        while (true) {
            if (pos >= lim && !more()) {
                sink.problem(recordLine, cellColumn, "CSV-UNTERMINATED-QUOTE");
                store();
                return EOF;
            }
            byte[] b = buf;
            int start = pos;
            int end = lim;
            int i = scan.findValidating(b, start, end, QUOTE_WORD, (byte) '"');
            keep(start, i);
            pos = i;
            if (i == end) {
                continue;
            }
            byte c = b[i];
            if (c == '\n') {
                line++;
                keep(i, i + 1);
                pos = i + 1;
            } else if (c == '\r') {
                line++;
                keep(i, i + 1);
                pos = i + 1;
                if ((pos < lim || more()) && buf[pos] == '\n') {
                    keep(pos, pos + 1);
                    pos++;
                }
            } else { // a quote: the end of the cell or an escaped quote
                pos = i + 1;
                if (pos >= lim && !more()) {
                    store();
                    return EOF;
                }
                byte n = buf[pos];
                if (n == '"') {
                    keep(pos, pos + 1);
                    pos++;
                } else if (n == delim || n == '\n' || n == '\r') {
                    store();
                    return terminator();
                } else {
                    sink.problem(recordLine, cellColumn, "CSV-TEXT-AFTER-QUOTE");
                    return readUnquoted();
                }
            }
        }
    }

    /** Appends {@code buf[from, to)} to the current cell, moving it down when quotes were removed. */
    private void keep(int from, int to) {
        int len = to - from;
        if (len == 0 || cellOverflow) {
            return;
        }
        if (w - cellStart + len > maxCellBytes) {
            overflow();
            return;
        }
        if (w != from) {
            System.arraycopy(buf, from, buf, w, len);
        }
        w += len;
    }

    /** Consumes the delimiter or line end at {@code pos}. */
    private int terminator() throws IOException {
        byte c = buf[pos++];
        if (c == delim) {
            return DELIM;
        }
        line++;
        if (c == '\r' && (pos < lim || more()) && buf[pos] == '\n') {
            pos++;
        }
        return EOL;
    }

    /** Marks the current cell as too large and reports it at once (reading may stop before the cell ends). */
    private void overflow() {
        cellOverflow = true;
        sink.problem(recordLine, cellColumn, "CSV-CELL-TOO-LARGE", Integer.toString(maxCellBytes));
    }

    /** Ends the current cell: validates its encoding and keeps its range when within the column limit. */
    private void store() {
        int len = cellOverflow ? 0 : w - cellStart;
        byte f;
        if (len == 0 || (scan.high & HIGHS) == 0) {
            f = ASCII;
        } else if (scan.utf8Checked && encoding == Encoding.UTF8) {
            f = 0; // valid UTF-8, checked while the cell was cut
        } else {
            f = classify(cellStart, cellStart + len);
        }
        if (width < maxColumns) {
            if (width == offsets.length) {
                int n = Math.min(offsets.length * 2, maxColumns);
                offsets = Arrays.copyOf(offsets, n);
                lengths = Arrays.copyOf(lengths, n);
                flags = Arrays.copyOf(flags, n);
            }
            offsets[width] = cellStart;
            lengths[width] = len;
            flags[width] = f;
        }
        width++;
        cellOverflow = false;
        cellStart = pos;
        w = pos;
    }

    /** ASCII, valid, or BAD (reported) in the file's encoding; decides the encoding at the first non-ASCII cell. */
    private byte classify(int from, int to) {
        byte[] b = buf;
        int i = firstNonAscii(b, from, to);
        if (i == to) {
            return ASCII;
        }
        if (encoding == Encoding.UNDECIDED) {
            decide(b, i, to, false);
        }
        if (encoding == Encoding.UTF8) {
            if (Utf8.isValid(b, i, to, false)) {
                return 0;
            }
            sink.problem(recordLine, cellColumn, "CSV-BAD-ENCODING", "UTF-8");
            return BAD;
        }
        for (; i < to; i++) {
            if (b[i] == (byte) 0x98) { // the one byte Windows-1251 leaves undefined
                sink.problem(recordLine, cellColumn, "CSV-BAD-ENCODING", "Windows-1251");
                return BAD;
            }
        }
        return 0;
    }


    /** The physical line (1-based) where the current record starts. */
    public long recordLine() {
        return recordLine;
    }

    /** The number of cells in the current record, including any beyond the column limit. */
    public int width() {
        return width;
    }

    /**
     * The cell at {@code index} (0-based, below {@code min(width, maxColumns)}) of the current record,
     * decoded (with replacement characters where its encoding is bad).
     */
    public String cell(int index) {
        int len = lengths[index];
        if (len == 0) {
            return "";
        }
        return new String(buf, offsets[index], len,
                encoding == Encoding.CP1251 ? WINDOWS_1251 : StandardCharsets.UTF_8);
    }

    /**
     * Whether {@link CellRules#check} certainly finds nothing wrong with the cell at {@code index};
     * false means: decode it with {@link #cell} and ask {@link CellRules#check}.
     *
     * @param links the column's memory of links (URL columns); {@code null} for none
     */
    public boolean fine(Kind kind, boolean required, int index, @Nullable LinkMemo links) {
        if (kind == Kind.TEXT && !required) {
            return true;
        }
        byte f = flags[index];
        if ((f & BAD) != 0 || (f == 0 && encoding == Encoding.CP1251)) {
            return false;
        }
        return CellRules.fine(kind, required, buf, offsets[index], lengths[index], f == ASCII, links);
    }

    /** Whether every kept cell of the current record is empty or whitespace. */
    public boolean blank() {
        int n = Math.min(width, maxColumns);
        for (int i = 0; i < n; i++) {
            int off = offsets[i];
            int end = off + lengths[i];
            for (int k = off; k < end; k++) {
                byte c = buf[k];
                if (c < 0) {
                    if (!cell(i).isBlank()) {
                        return false;
                    }
                    break;
                }
                if (!CellRules.isAsciiWhitespace(c)) {
                    return false;
                }
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

    /** The charset the cells are decoded with (UTF-8 when the file was all ASCII). */
    public Charset charset() {
        return encoding == Encoding.CP1251 ? WINDOWS_1251 : StandardCharsets.UTF_8;
    }
}
