package ua.opendata.core.internal.content;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.Edrpou;
import ua.opendata.passport.constraints.HttpUrlValidator;
import ua.opendata.passport.internal.csv.Dates;

/**
 * Cell checks after the Ministry's standards: what a column's datatype (CSVW / XSD names) asks of
 * each cell. Allocation-free on valid cells.
 */
public final class CellRules {

    /** What a column holds. */
    public enum Kind { TEXT, DATE, DATETIME, INTEGER, NUMBER, BOOLEAN, URL, EDRPOU }

    private static final String NOT_APPLICABLE = "не застосовується";

    private CellRules() {
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
}
