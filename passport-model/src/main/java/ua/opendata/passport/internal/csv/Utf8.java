package ua.opendata.passport.internal.csv;

/** Byte-level UTF-8 validation (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF). */
final class Utf8 {
    private Utf8() {
    }

    /**
     * Whether {@code b[off, off+len)} is valid UTF-8.
     *
     * @param truncatedEndOk whether a sequence cut off by the end of the range counts as valid (for
     *                       a look-ahead window that ends in the middle of a character)
     */
    static boolean isValid(byte[] b, int off, int len, boolean truncatedEndOk) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return false;
            }
            int cp = c & (0x3F >> need);
            int j = 1;
            for (; j <= need; j++) {
                if (i + j >= end) {
                    return truncatedEndOk;
                }
                int cc = b[i + j] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += need + 1;
        }
        return true;
    }
}
