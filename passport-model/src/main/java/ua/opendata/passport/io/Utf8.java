package ua.opendata.passport.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte-level UTF-8 validation (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF),
 * eight bytes at a time where a word holds only ASCII and two-byte characters (Latin, Cyrillic);
 * words with longer sequences, and anything wrong, go byte by byte. Shared by the register reader
 * and core's content checks.
 */
public final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LOW_1E = 0x1E1E1E1E1E1E1E1EL;
    private static final long LOW_7F = 0x7F7F7F7F7F7F7F7FL;

    private Utf8() {
    }

    /**
     * Whether {@code b[from, to)} is valid UTF-8.
     *
     * @param b the bytes
     * @param from the first index to check
     * @param to the index after the last to check
     * @param truncatedEndOk whether a sequence cut off by the end of the range counts as valid (for
     *                       a look-ahead window that ends in the middle of a character)
     * @return {@code true} when the range is valid UTF-8
     */
    public static boolean isValid(byte[] b, int from, int to, boolean truncatedEndOk) {
        int i = from;
        while (i < to) {
            // Eight bytes at a time while they hold only ASCII and two-byte sequences with leads
            // C2..DF; a lead in a word's top byte carries into the next word. The words are
            // independent of each other but for that carry, so the loads are not serialised.
            long carry = 0;
            while (true) {
                int n = to - i;
                long v;
                if (n >= 8) {
                    v = (long) LONGS.get(b, i);
                } else if (n > 0 && i + 8 <= b.length) {
                    v = (long) LONGS.get(b, i) & ((1L << (n << 3)) - 1); // the last bytes; zeros after them
                } else {
                    break;
                }
                long hi = v & HIGHS;
                long bit6 = (v << 1) & HIGHS; // each byte's bit 6, moved to its bit 7
                long bit5 = (v << 2) & HIGHS;
                long lead = hi & bit6 & ~bit5; // 110xxxxx
                long cont = hi & ~bit6;        // 10xxxxxx
                long notOverlong = ((v & LOW_1E) + LOW_7F) & HIGHS; // some of bits 1..4 set: not C0, C1
                long bad = (hi & bit6 & bit5) | (lead & ~notOverlong) | (cont ^ ((lead << 8) | carry));
                if (bad != 0) {
                    break;
                }
                carry = (lead >>> 56) & 0x80;
                i += 8;
                if (i >= to && carry == 0) {
                    return true;
                }
            }
            if (carry != 0) {
                i--; // back to the lead at the end of the last word
            }
            if (i >= to) {
                break;
            }
            // one character, byte by byte
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            if (c >= 0xC2 && c <= 0xDF) { // two bytes: Cyrillic is all here
                if (i + 1 >= to) {
                    return truncatedEndOk;
                }
                if ((b[i + 1] & 0xC0) != 0x80) {
                    return false;
                }
                i += 2;
            } else if (c >= 0xE0 && c <= 0xF4) { // three or four bytes
                int need = c >= 0xF0 ? 3 : 2;
                int cp = c & (0x3F >> need);
                for (int j = 1; j <= need; j++) {
                    if (i + j >= to) {
                        return truncatedEndOk;
                    }
                    int cc = b[i + j];
                    if ((cc & 0xC0) != 0x80) {
                        return false;
                    }
                    cp = (cp << 6) | (cc & 0x3F);
                }
                if (cp < (need == 2 ? 0x800 : 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    return false; // overlong, above U+10FFFF, or a surrogate
                }
                i += need + 1;
            } else {
                return false;
            }
        }
        return true;
    }
}
