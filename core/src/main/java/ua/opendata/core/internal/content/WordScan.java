package ua.opendata.core.internal.content;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The byte-level search of {@link CsvScanner}: finds the byte that ends a cell eight bytes at a time
 * (one little-endian word) and, in the same pass, keeps what the scanner needs to know of the
 * current cell's bytes without a second pass: whether they are all ASCII ({@link #high}) and whether
 * they were checked to be valid UTF-8 ({@link #utf8Checked}). The scanner resets both at the start
 * of every cell.
 */
final class WordScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final long ONES = 0x0101010101010101L;
    static final long HIGHS = 0x8080808080808080L;
    static final long LF_WORD = ONES * '\n';
    static final long CR_WORD = ONES * '\r';
    static final long QUOTE_WORD = ONES * '"';
    private static final long LOW_1E = 0x1E1E1E1E1E1E1E1EL;
    private static final long LOW_7F = 0x7F7F7F7F7F7F7F7FL;

    /** The OR of the current cell's bytes scanned so far: its high bits say whether all are ASCII. */
    long high;
    /**
     * Whether every part of the current cell was found to hold only ASCII and two-byte UTF-8
     * sequences while it was cut; the parts are joined with ASCII bytes or nothing, so the cell is
     * then valid UTF-8.
     */
    boolean utf8Checked;

    /** The index of the first byte of {@code b[from, to)} with its high bit set, or {@code to}. */
    static int firstNonAscii(byte[] b, int from, int to) {
        int i = from;
        while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGHS) == 0) {
            i += 8;
        }
        while (i < to && b[i] >= 0) {
            i++;
        }
        return i;
    }

    /**
     * The index of the first byte of {@code b[i, end)} equal to {@code c1}, {@code c2} or {@code c3}
     * (given also repeated in every byte of a word: {@code w1..w3}), or {@code end}; looks at eight
     * bytes at a time. ORs the bytes before it into {@link #high}, so that a cell's high bits are
     * known without a second pass.
     */
    int find(byte[] b, int i, int end, long w1, long w2, long w3, byte c1, byte c2, byte c3) {
        utf8Checked = false; // no check on the way
        long acc = 0;
        while (i + 8 <= end) {
            long v = (long) LONGS.get(b, i);
            long m = zeroByte(v ^ w1) | zeroByte(v ^ w2) | zeroByte(v ^ w3);
            if (m != 0) {
                // the lowest flagged byte is exact: false flags only occur above a true one
                int k = Long.numberOfTrailingZeros(m) >>> 3;
                high |= acc | (v & ((1L << (k << 3)) - 1));
                return i + k;
            }
            acc |= v;
            i += 8;
        }
        while (i < end) {
            byte c = b[i];
            if (c == c1 || c == c2 || c == c3) {
                break;
            }
            acc |= c;
            i++;
        }
        high |= acc;
        return i;
    }

    /**
     * {@link #find} for {@code c1} (the delimiter or the quote) and line ends that also checks, in
     * the same pass, that the bytes before the one found are ASCII and complete two-byte UTF-8
     * sequences with leads C2..DF (Latin and Cyrillic text). Anything else (longer sequences, bad
     * bytes, the last bytes of the buffer) clears {@link #utf8Checked}, and the cell is validated
     * on its own when it ends.
     */
    int findValidating(byte[] b, int i, int end, long w1, byte c1) {
        long acc = 0;
        long bad = 0;
        long carry = 0;
        while (i + 8 <= end) {
            long v = (long) LONGS.get(b, i);
            long m = zeroByte(v ^ w1) | zeroByte(v ^ LF_WORD) | zeroByte(v ^ CR_WORD);
            int k = 8;
            if (m != 0) {
                k = Long.numberOfTrailingZeros(m) >>> 3; // the lowest flagged byte is exact
                v &= (1L << (k << 3)) - 1;               // the cell's bytes only; zeros (ASCII) after them
            }
            acc |= v;
            long hi = v & HIGHS;
            if ((hi | carry) != 0) { // ASCII words after ASCII or complete sequences are valid as they are
                long bit6 = (v << 1) & HIGHS;
                long bit5 = (v << 2) & HIGHS;
                long lead = hi & bit6 & ~bit5;
                long cont = hi & ~bit6;
                bad |= (hi & bit6 & bit5) | (lead & ~(((v & LOW_1E) + LOW_7F) & HIGHS)) | (cont ^ ((lead << 8) | carry));
                carry = (lead >>> 56) & 0x80;
            }
            if (m != 0) {
                high |= acc;
                if (bad != 0) { // a lead just before the byte found is caught too: the byte after it is zero
                    utf8Checked = false;
                }
                return i + k;
            }
            i += 8;
        }
        high |= acc;
        return find(b, i, end, w1, LF_WORD, CR_WORD, c1, (byte) '\n', (byte) '\r');
    }

    /** Non-zero exactly when some byte of {@code v} is zero. */
    private static long zeroByte(long v) {
        return (v - ONES) & ~v & HIGHS;
    }
}
