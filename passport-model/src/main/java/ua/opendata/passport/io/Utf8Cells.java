package ua.opendata.passport.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the UTF-8 cells of {@link CsvTokenizer} eight bytes at a time where a word holds only
 * ASCII or only two-byte sequences (Latin, Cyrillic), into a reused char buffer; finds the words
 * without structural bytes. Not thread-safe (one per tokenizer).
 */
final class Utf8Cells {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    static final long LF_WORD = ONES * '\n';
    static final long CR_WORD = ONES * '\r';
    /** In a little-endian word of four two-byte UTF-8 sequences: lead bytes 110xxxxx, then 10xxxxxx. */
    private static final long TWO_BYTE_MASK = 0xC0E0C0E0C0E0C0E0L;
    private static final long TWO_BYTE_BITS = 0x80C080C080C080C0L;
    /** The lead bits that must not all be zero (an overlong C0/C1 lead). */
    private static final long LEAD_PAYLOAD = 0x001E001E001E001EL;
    private static final long LANE_ONES = 0x0001000100010001L;
    private static final long LANE_HIGHS = 0x8000800080008000L;


    private char[] chars = new char[256];
    /** The number of chars {@link #toTerminator} decoded into {@link #chars}. */
    private int decodedLength;

    /** The cell {@link #toTerminator} decoded. */
    String decoded() {
        return decodedLength == 0 ? "" : new String(chars, 0, decodedLength);
    }

    /**
     * Decodes UTF-8 from {@code b[i]} until the delimiter {@code d} (repeated in every byte of
     * {@code dw}) or a line end, and returns the terminator's index ({@link #decoded()} is the cell); or -1 when the buffer
     * ends first or a sequence is not a valid one- to three-byte one, and the caller must take the
     * general path, which reports what is wrong. The structural bytes are ASCII, so a word of
     * two-byte sequences (Cyrillic) holds none of them.
     */
    int toTerminator(byte[] b, int i, int end, byte d, long dw) {
        if (chars.length < end - i) {
            chars = new char[Math.max(end - i, chars.length * 2)];
        }
        char[] out = chars;
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

    /**
     * Decodes and validates UTF-8 in one pass into a reused char buffer; {@code null} when a
     * sequence is invalid (the caller reports it and decodes with replacement characters).
     */
    @Nullable String decode(byte[] b, int off, int len) {
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
                    return null;
                }
                out[n++] = ch;
                i += 3;
            } else if ((c & 0xF8) == 0xF0 && i + 3 < end && (b[i + 1] & 0xC0) == 0x80
                    && (b[i + 2] & 0xC0) == 0x80 && (b[i + 3] & 0xC0) == 0x80) {
                int cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
                if (cp < 0x10000 || cp > 0x10FFFF) {
                    return null;
                }
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                return null;
            }
        }
        return new String(out, 0, n);
    }

    /**
     * Skips, eight bytes at a time, the words of {@code b[i, end)} that hold none of three bytes
     * (each given repeated in every byte of a word); returns where a byte-wise scan must go on.
     */
    static int skipWords(byte[] b, int i, int end, long w1, long w2, long w3) {
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
}
