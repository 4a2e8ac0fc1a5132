package ua.opendata.core.internal.content;

/** UTF-8 validation on bytes (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF). */
final class Utf8Bytes {

    private Utf8Bytes() {
    }

    /**
     * Whether {@code b[from, to)} is valid UTF-8.
     *
     * @param truncatedEndOk whether a sequence cut off by the end of the range counts as valid (for
     *                       a look-ahead window that ends in the middle of a character)
     */
    static boolean isValid(byte[] b, int from, int to, boolean truncatedEndOk) {
        int i = from;
        while (i < to) {
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
