package ua.opendata.core.internal.content;

import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.Arrays;
import java.time.Year;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.Edrpou;
import ua.opendata.passport.constraints.HttpUrlValidator;
import ua.opendata.passport.io.Dates;

/**
 * Cell checks after the Ministry's standards: what a column's datatype (CSVW / XSD names) asks of
 * each cell. Allocation-free on valid cells.
 *
 * <p>{@link #check} is the rule, on the decoded cell. {@link #fine} is a fast path on the cell's
 * bytes that only ever answers "certainly fine": when it says false, the caller decodes the cell
 * and asks {@link #check}, so the fast path can never let a bad cell through that {@link #check}
 * would report (the tests compare the two on random cells).
 */
public final class CellRules {

    /** What a column holds. */
    public enum Kind { TEXT, DATE, DATETIME, INTEGER, NUMBER, BOOLEAN, URL, EDRPOU }

    private static final String NOT_APPLICABLE = "не застосовується";
    private static final byte[] NOT_APPLICABLE_UTF8 = NOT_APPLICABLE.getBytes(StandardCharsets.UTF_8);

    /** Byte classes for the plain-URL fast path: letters and digits, and what a path takes unescaped. */
    private static final byte[] URL_CLASS = new byte[256];
    private static final byte ALNUM = 1;
    private static final byte REST = 2;

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            URL_CLASS[c] = ALNUM | REST;
            URL_CLASS[c - 'a' + 'A'] = ALNUM | REST;
        }
        for (char c = '0'; c <= '9'; c++) {
            URL_CLASS[c] = ALNUM | REST;
        }
        for (char c : "-._~:/?@!$&'()*+,;=".toCharArray()) {
            URL_CLASS[c] = REST;
        }
    }

    private CellRules() {
    }

    /** What a column of links last had in common: the start of the last link accepted, up to its last {@code /}. */
    public static final class LinkMemo {
        static final int MAX = 256;
        final byte[] prefix = new byte[MAX];
        int length;

        /** An empty memory. */
        public LinkMemo() {
        }
    }

    /** The kind of a column from its declared datatype, else from its name (EDRPOU columns). */
    public static Kind kind(@Nullable String datatype, @Nullable String name) {
        String d = datatype == null ? "" : datatype.strip().toLowerCase(Locale.ROOT);
        int colon = d.indexOf(':');
        if (colon >= 0) {
            d = d.substring(colon + 1); // xsd:date
        }
        switch (d) {
            case "date":
                return Kind.DATE;
            case "datetime":
            case "date-time":
            case "datetimestamp":
                return Kind.DATETIME;
            case "integer":
            case "int":
            case "long":
            case "short":
            case "nonnegativeinteger":
            case "positiveinteger":
                return Kind.INTEGER;
            case "number":
            case "decimal":
            case "double":
            case "float":
                return Kind.NUMBER;
            case "boolean":
                return Kind.BOOLEAN;
            case "anyuri":
            case "uri":
            case "url":
                return Kind.URL;
            case "edrpou":
                return Kind.EDRPOU;
            default:
                break;
        }
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.contains("edrpou") || n.contains("єдрпоу")) {
            return Kind.EDRPOU;
        }
        return Kind.TEXT;
    }

    /**
     * Checks one cell.
     *
     * @return the problem code, or {@code null} when the cell is fine
     */
    public static @Nullable String check(Kind kind, boolean required, String cell) {
        if (isAbsent(cell)) {
            return required && !NOT_APPLICABLE.equals(cell.strip()) ? "CONTENT-REQUIRED" : null;
        }
        if (NOT_APPLICABLE.equals(cell)) {
            return null;
        }
        switch (kind) {
            case TEXT:
                return null;
            case DATE:
                return isIsoDate(cell, 0, cell.length()) ? null : "CONTENT-DATE";
            case DATETIME:
                return isIsoDateTime(cell) ? null : "CONTENT-DATETIME";
            case INTEGER:
                return isInteger(cell, 0, cell.length()) ? null : "CONTENT-INTEGER";
            case NUMBER:
                return isNumber(cell) ? null : "CONTENT-NUMBER";
            case BOOLEAN:
                return isBoolean(cell) ? null : "CONTENT-BOOLEAN";
            case URL:
                return HttpUrlValidator.isHttpUrl(cell) ? null : "CONTENT-URL";
            case EDRPOU:
                return Edrpou.isValid(cell) ? null : "CONTENT-EDRPOU";
            default:
                return null;
        }
    }

    /** Empty, blank, or the Ministry's {@code null} marker. */
    static boolean isAbsent(String cell) {
        return cell.isBlank() || cell.equals("null") || cell.strip().equals(NOT_APPLICABLE);
    }

    static boolean isIsoDate(String s, int from, int to) {
        return Dates.parseIso(s, from, to) != null;
    }

    static boolean isIsoDateTime(String s) {
        if (s.length() < 16 || (s.charAt(10) != 'T' && s.charAt(10) != ' ') || !isIsoDate(s, 0, 10)) {
            return false;
        }
        try {
            String t = s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            java.time.format.DateTimeFormatter.ISO_DATE_TIME.parse(t);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    static boolean isInteger(String s, int from, int to) {
        int i = from;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        if (i >= to) {
            return false;
        }
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isNumber(String s) {
        int n = s.length();
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        int mantissaEnd = e >= 0 ? e : n;
        if (e >= 0 && !isInteger(s, e + 1, n)) {
            return false;
        }
        int dot = s.indexOf('.');
        if (dot < 0 || dot >= mantissaEnd) {
            return isInteger(s, 0, mantissaEnd);
        }
        boolean intPart = dot == 0 || isInteger(s, 0, dot) || (dot == 1 && (s.charAt(0) == '-' || s.charAt(0) == '+'));
        return intPart && dot + 1 < mantissaEnd && isInteger(s, dot + 1, mantissaEnd)
                && s.charAt(dot + 1) != '-' && s.charAt(dot + 1) != '+';
    }

    static boolean isBoolean(String s) {
        return s.equals("true") || s.equals("false") || s.equals("1") || s.equals("0")
                || s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
    }

    /** Whether {@code c} is an ASCII character that {@link Character#isWhitespace(int)} accepts. */
    public static boolean isAsciiWhitespace(byte c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }

    /**
     * Whether {@link #check}{@code (kind, required, cell)} certainly returns {@code null} for the cell
     * whose valid UTF-8 bytes are {@code b[off, off+len)}. False means "not sure": decode the cell and
     * call {@link #check}. Answers on the bytes: plain ASCII values get exact answers; cells that may
     * start or end with non-ASCII whitespace, and non-ASCII values of typed columns, are left to
     * {@link #check}.
     *
     * @param ascii whether every byte of the cell is ASCII
     * @param links the column's memory of links, for {@link Kind#URL}; {@code null} for none
     */
    public static boolean fine(Kind kind, boolean required, byte[] b, int off, int len, boolean ascii,
                               @Nullable LinkMemo links) {
        if (kind == Kind.TEXT && !required) {
            return true;
        }
        if (len == 0) {
            return !required;
        }
        int end = off + len;
        byte c0 = b[off];
        if (c0 >= 0) {
            if (isAsciiWhitespace(c0)) {
                return false; // blank, or surrounded by whitespace: rare, the rule decides
            }
            if (c0 == 'n' && len == 4 && b[off + 1] == 'u' && b[off + 2] == 'l' && b[off + 3] == 'l') {
                return !required;
            }
        } else if (c0 == (byte) 0xD0 && startsWith(b, off, end, NOT_APPLICABLE_UTF8)) {
            for (int i = off + NOT_APPLICABLE_UTF8.length; i < end; i++) {
                if (b[i] < 0) {
                    return false; // maybe non-ASCII whitespace after the marker
                }
                if (!isAsciiWhitespace(b[i])) {
                    return kind == Kind.TEXT; // a value that starts with the marker
                }
            }
            return true; // the marker: fine, required or not
        } else if (c0 == (byte) 0xE1 || c0 == (byte) 0xE2 || c0 == (byte) 0xE3) {
            return false; // may be non-ASCII whitespace
        }
        // Not absent: the first character is no whitespace, so the cell is not blank and, stripped,
        // still starts with it (not the marker, checked above); and it is not "null".
        if (kind == Kind.TEXT) {
            return true;
        }
        if (!ascii) {
            return false;
        }
        switch (kind) {
            case DATE:
                return isIsoDate(b, off, len);
            case DATETIME:
                return isIsoDateTime(b, off, len);
            case INTEGER:
                return isInteger(b, off, end);
            case NUMBER:
                return isNumber(b, off, end);
            case BOOLEAN:
                return isBoolean(b, off, len);
            case URL:
                return links == null ? isPlainHttpUrl(b, off, end) : isPlainHttpUrl(b, off, end, links);
            case EDRPOU:
                return isEdrpou(b, off, len);
            default:
                return false;
        }
    }

    private static boolean startsWith(byte[] b, int off, int end, byte[] prefix) {
        if (end - off < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[off + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII number in {@code b[from, to)}, or -1 when a byte is not a digit. */
    private static int digits(byte[] b, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    static boolean isIsoDate(byte[] b, int off, int len) {
        if (len != 10 || b[off + 4] != '-' || b[off + 7] != '-') {
            return false;
        }
        int y = digits(b, off, off + 4);
        int m = digits(b, off + 5, off + 7);
        int d = digits(b, off + 8, off + 10);
        return y >= 0 && m >= 1 && m <= 12 && d >= 1 && (d <= 28 || d <= Month.of(m).length(Year.isLeap(y)));
    }

    /** Only {@code yyyy-MM-ddTHH:mm} and {@code yyyy-MM-ddTHH:mm:ss} (or a space for T); anything else: not sure. */
    static boolean isIsoDateTime(byte[] b, int off, int len) {
        if ((len != 16 && len != 19) || (b[off + 10] != 'T' && b[off + 10] != ' ') || !isIsoDate(b, off, 10)
                || b[off + 13] != ':') {
            return false;
        }
        int h = digits(b, off + 11, off + 13);
        int m = digits(b, off + 14, off + 16);
        if (h < 0 || h > 23 || m < 0 || m > 59) {
            return false;
        }
        if (len == 16) {
            return true;
        }
        int s = digits(b, off + 17, off + 19);
        return b[off + 16] == ':' && s >= 0 && s <= 59;
    }

    static boolean isInteger(byte[] b, int from, int to) {
        int i = from;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            i++;
        }
        if (i >= to) {
            return false;
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@link #isNumber(String)} on ASCII bytes. */
    static boolean isNumber(byte[] b, int from, int to) {
        // the common case first: digits, or digits, a point and at least one digit
        int i = from;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        if (i == to) {
            return i > from;
        }
        if (b[i] == '.') {
            int point = i++;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == to && i > point + 1) {
                return true;
            }
        }
        return isNumberInGeneral(b, from, to);
    }

    private static boolean isNumberInGeneral(byte[] b, int from, int to) {
        int lowerE = -1;
        int upperE = -1;
        int dot = -1;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == 'e' && lowerE < 0) {
                lowerE = i;
            } else if (c == 'E' && upperE < 0) {
                upperE = i;
            } else if (c == '.' && dot < 0) {
                dot = i;
            }
        }
        int e = Math.max(lowerE, upperE); // as the rule on strings takes it
        int mantissaEnd = e >= 0 ? e : to;
        if (e >= 0 && !isInteger(b, e + 1, to)) {
            return false;
        }
        if (dot < 0 || dot >= mantissaEnd) {
            return isInteger(b, from, mantissaEnd);
        }
        boolean intPart = dot == from || isInteger(b, from, dot)
                || (dot == from + 1 && (b[from] == '-' || b[from] == '+'));
        return intPart && dot + 1 < mantissaEnd && isInteger(b, dot + 1, mantissaEnd)
                && b[dot + 1] != '-' && b[dot + 1] != '+';
    }

    static boolean isBoolean(byte[] b, int off, int len) {
        if (len == 1) {
            return b[off] == '0' || b[off] == '1';
        }
        if (len == 4) {
            return (b[off] | 0x20) == 't' && (b[off + 1] | 0x20) == 'r' && (b[off + 2] | 0x20) == 'u'
                    && (b[off + 3] | 0x20) == 'e';
        }
        return len == 5 && (b[off] | 0x20) == 'f' && (b[off + 1] | 0x20) == 'a' && (b[off + 2] | 0x20) == 'l'
                && (b[off + 3] | 0x20) == 's' && (b[off + 4] | 0x20) == 'e';
    }

    /**
     * The plain-URL fast path of {@code HttpUrlValidator} on ASCII bytes: {@code http(s)://}, a DNS
     * host (letters, digits, inner hyphens; the last label starts with a letter), an optional port,
     * then only characters {@link java.net.URI} takes unescaped and valid {@code %XX} escapes, with
     * at most one {@code #}. True only for links {@code HttpUrlValidator.isHttpUrl} accepts.
     */
    static boolean isPlainHttpUrl(byte[] b, int from, int to) {
        int rest = plainUrlRest(b, from, to);
        return rest >= 0 && plainUrlRestFine(b, rest, to);
    }

    /**
     * {@link #isPlainHttpUrl(byte[], int, int)} that first compares the link with the start of the
     * last one the column accepted, up to its last {@code /}: links in a column mostly share their
     * scheme, host and path, and what follows a {@code /} is checked alike whatever came before.
     */
    static boolean isPlainHttpUrl(byte[] b, int from, int to, LinkMemo links) {
        int m = links.length;
        if (m > 0 && to - from >= m && Arrays.equals(b, from, from + m, links.prefix, 0, m)) {
            return plainUrlRestFine(b, from + m, to);
        }
        int rest = plainUrlRest(b, from, to);
        if (rest < 0 || !plainUrlRestFine(b, rest, to)) {
            return false;
        }
        int slash = to - 1;
        while (slash >= rest && b[slash] != '/') {
            slash--;
        }
        if (slash >= rest && slash + 1 - from <= LinkMemo.MAX) {
            for (int k = rest; k < slash; k++) {
                if (b[k] == '#') {
                    return true; // a fragment has begun: the state after the prefix would differ
                }
            }
            System.arraycopy(b, from, links.prefix, 0, slash + 1 - from);
            links.length = slash + 1 - from;
        }
        return true;
    }

    /**
     * Where the path, query or fragment of a plain http(s) link starts (or {@code to} when there is
     * none), after the scheme, a DNS host and an optional port; -1 when the link is not plain.
     */
    private static int plainUrlRest(byte[] b, int from, int to) {
        int i;
        if (to - from < 7 || b[from] != 'h' || b[from + 1] != 't' || b[from + 2] != 't' || b[from + 3] != 'p') {
            return -1;
        }
        if (b[from + 4] == ':' && b[from + 5] == '/' && b[from + 6] == '/') {
            i = from + 7;
        } else if (to - from >= 8 && b[from + 4] == 's' && b[from + 5] == ':' && b[from + 6] == '/'
                && b[from + 7] == '/') {
            i = from + 8;
        } else {
            return -1;
        }
        int hostStart = i;
        int labelStart = i;
        boolean lastLabelAlphaStart = false;
        byte prev = '.';
        while (i < to) {
            byte c = b[i];
            if (c == '.') {
                if (prev == '.' || prev == '-') {
                    return -1;
                }
                labelStart = i + 1;
            } else if (c == '-') {
                if (prev == '.') {
                    return -1;
                }
            } else if ((URL_CLASS[c & 0xFF] & ALNUM) != 0) {
                if (i == labelStart) {
                    lastLabelAlphaStart = c > '9';
                }
            } else {
                break;
            }
            prev = c;
            i++;
        }
        if (i == hostStart || prev == '-' || prev == '.' || !lastLabelAlphaStart) {
            return -1;
        }
        if (i < to && b[i] == ':') {
            int start = ++i;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == start || i - start > 5) {
                return -1;
            }
        }
        if (i == to) {
            return to;
        }
        byte c = b[i];
        return c == '/' || c == '?' || c == '#' ? i : -1;
    }

    /** Whether {@code b[i, to)}, outside any fragment, holds only what a plain link's path, query and fragment take. */
    private static boolean plainUrlRestFine(byte[] b, int i, int to) {
        boolean fragment = false;
        for (; i < to; i++) {
            byte c = b[i];
            if ((URL_CLASS[c & 0xFF] & REST) != 0) {
                continue;
            }
            if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
            } else if (c == '%') {
                if (i + 2 >= to || !isHex(b[i + 1]) || !isHex(b[i + 2])) {
                    return false;
                }
                i += 2;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** {@code Edrpou.isValid} on ASCII bytes: eight digits and the check digit. */
    static boolean isEdrpou(byte[] b, int off, int len) {
        if (len != 8) {
            return false;
        }
        int whole = digits(b, off, off + 8);
        if (whole < 0) {
            return false;
        }
        boolean shifted = whole >= 30_000_000 && whole <= 60_000_000;
        int check = weightedSum(b, off, shifted, 0) % 11;
        if (check == 10) {
            check = weightedSum(b, off, shifted, 2) % 11;
            if (check == 10) {
                check = 0;
            }
        }
        return check == b[off + 7] - '0';
    }

    private static int weightedSum(byte[] b, int off, boolean shifted, int add) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int weight = shifted ? (i == 0 ? 7 : i) : i + 1;
            sum += (b[off + i] - '0') * (weight + add);
        }
        return sum;
    }
}
