package ua.opendata.passport.internal.xlsx;

/**
 * The OOXML escape of characters XML cannot carry ({@code ST_Xstring}): {@code _xHHHH_} is the
 * UTF-16 unit {@code HHHH}; a literal {@code _x} followed by four hex digits and {@code _} is
 * written with its underscore escaped ({@code _x005F_}).
 */
final class XString {
    private XString() {
    }

    /** The text with {@code _xHHHH_} escapes replaced by their characters. */
    static String decode(String s) {
        int i = s.indexOf("_x");
        if (i < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int from = 0;
        while (i >= 0) {
            if (i + 7 <= s.length() && s.charAt(i + 6) == '_' && hex(s, i + 2, i + 6) >= 0) {
                b.append(s, from, i).append((char) hex(s, i + 2, i + 6));
                from = i + 7;
                i = s.indexOf("_x", from);
            } else {
                i = s.indexOf("_x", i + 1);
            }
        }
        return b.append(s, from, s.length()).toString();
    }

    /** Whether {@code c} must be escaped: a character XML 1.0 cannot carry, or a lone surrogate (checked by the caller). */
    static boolean illegalInXml(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
    }

    /** Whether the text at {@code i} is {@code _xHHHH_}, which must be escaped to survive a round trip. */
    static boolean looksEscaped(String s, int i) {
        return s.startsWith("_x", i) && i + 7 <= s.length() && s.charAt(i + 6) == '_' && hex(s, i + 2, i + 6) >= 0;
    }

    private static int hex(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
