package ua.opendata.passport.internal.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Reading Excel's stored values: cell references, numbers as text, date serial numbers. */
final class Cells {
    /** 9999-12-31, the last date Excel shows. */
    private static final double MAX_SERIAL = 2_958_466;

    private Cells() {
    }

    /** The 1-based column of a reference such as {@code AB12}, or -1 when it has no letters. */
    static int column(String ref) {
        int c = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                c = c * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                c = c * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
            if (c > 1 << 20) {
                return -1;
            }
        }
        return i == 0 ? -1 : c;
    }

    /** The 1-based row of a reference such as {@code AB12}, or -1 when it has no digits. */
    static int row(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        if (i == ref.length()) {
            return -1;
        }
        int r = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch < '0' || ch > '9' || r > 100_000_000) {
                return -1;
            }
            r = r * 10 + (ch - '0');
        }
        return r;
    }

    /**
     * A stored number as a person reads it: {@code 12}, {@code 4053625}, {@code 0.5}, never in
     * exponent form; {@code null} when the text is not a number.
     */
    static @Nullable String plain(String raw) {
        String s = raw.strip();
        boolean digits = !s.isEmpty() && s.length() < 16;
        for (int i = 0; i < s.length() && digits; i++) {
            char c = s.charAt(i);
            digits = c >= '0' && c <= '9' || i == 0 && c == '-' && s.length() > 1;
        }
        if (digits) {
            return s;
        }
        try {
            BigDecimal d = new BigDecimal(s).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a plain number is a whole number without sign. */
    static boolean isDigits(String plain) {
        for (int i = 0; i < plain.length(); i++) {
            if (plain.charAt(i) < '0' || plain.charAt(i) > '9') {
                return false;
            }
        }
        return !plain.isEmpty();
    }

    /**
     * The date of a serial number (its whole days; a time of day is dropped), or {@code null} when no
     * date has that number: in the 1900 system 1 is 1900-01-01 and 60 the 29 February 1900 that Excel
     * counts but which never was; in the 1904 system 0 is 1904-01-01.
     */
    static @Nullable LocalDate date(String raw, boolean date1904) {
        double v;
        try {
            v = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (!(v >= 0) || v >= MAX_SERIAL) {
            return null;
        }
        long days = (long) Math.floor(v);
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        if (days == 0 || days == 60) {
            return null;
        }
        return days < 60 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
    }

    /** The serial number of a date in the 1900 system, as Excel stores it. */
    static long serial(LocalDate d) {
        long days = d.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
        return days <= 60 ? days - 1 : days;
    }
}
