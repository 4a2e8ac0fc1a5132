package ua.opendata.passport.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Reads the dates found in registers: ISO {@code yyyy-MM-dd}, {@code dd.MM.yyyy} and {@code d.M.yyyy}. */
public final class Dates {
    private Dates() {
    }

    /**
     * The date, or {@code null} when the text (surrounding whitespace ignored) is none of the forms or no real date.
     *
     * @param text a date cell of a register
     * @return the date, or {@code null}
     */
    public static @Nullable LocalDate parse(String text) {
        String s = text.strip();
        int n = s.length();
        try {
            if (n == 10 && s.charAt(4) == '-') {
                return parseIso(s, 0, n);
            }
            int dot1 = s.indexOf('.');
            int dot2 = dot1 < 0 ? -1 : s.indexOf('.', dot1 + 1);
            if (dot1 < 1 || dot1 > 2 || dot2 - dot1 < 2 || dot2 - dot1 > 3 || n - dot2 != 5) {
                return null;
            }
            int d = digits(s, 0, dot1);
            int m = digits(s, dot1 + 1, dot2);
            int y = digits(s, dot2 + 1, n);
            return y < 0 || m < 0 || d < 0 ? null : LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The date written exactly as ISO {@code yyyy-MM-dd} in {@code s[from, to)}, or {@code null} when
     * the text is not in that form or is no real date (no whitespace allowed).
     *
     * @param s the text holding the date
     * @param from the index of the first character of the date
     * @param to the index after the last character of the date
     * @return the date, or {@code null}
     */
    public static @Nullable LocalDate parseIso(String s, int from, int to) {
        if (to - from != 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
            return null;
        }
        int y = digits(s, from, from + 4);
        int m = digits(s, from + 5, from + 7);
        int d = digits(s, from + 8, from + 10);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
