package ua.opendata.passport.internal.csv;

import org.jspecify.annotations.Nullable;

/** Writes where a problem is, the way a clerk finds it: {@code file:row:column} or {@code file:Sheet!B5}. */
public final class Locations {
    private Locations() {
    }

    /**
     * {@code source:row:column} without a sheet ({@code source} alone when the row is 0: the whole
     * file); with one, {@code source:Sheet!B5} for a cell,
     * {@code source:Sheet!5:5} for a whole row, {@code source:Sheet} when the row is 0 too. A sheet name
     * that is not letters, digits and {@code _} is quoted as Excel quotes it ({@code 'Мій лист'!B5}).
     */
    public static String of(String source, @Nullable String sheet, int row, int column) {
        if (sheet == null) {
            return row <= 0 ? source : source + ":" + row + ":" + column;
        }
        StringBuilder b = new StringBuilder(source.length() + sheet.length() + 12).append(source).append(':');
        appendSheet(b, sheet);
        if (row <= 0) {
            return b.toString();
        }
        b.append('!');
        if (column > 0) {
            b.append(columnName(column)).append(row);
        } else {
            b.append(row).append(':').append(row);
        }
        return b.toString();
    }

    /** The cell reference {@code B5} of a 1-based row and column. */
    public static String cell(int row, int column) {
        return columnName(column) + row;
    }

    /** The column letters of a 1-based column: 1 is {@code A}, 27 is {@code AA}. */
    public static String columnName(int column) {
        StringBuilder b = new StringBuilder(3);
        int c = column;
        while (c > 0) {
            int r = (c - 1) % 26;
            b.append((char) ('A' + r));
            c = (c - 1) / 26;
        }
        return b.reverse().toString();
    }

    private static void appendSheet(StringBuilder b, String sheet) {
        boolean plain = !sheet.isEmpty() && !Character.isDigit(sheet.charAt(0));
        for (int i = 0; i < sheet.length() && plain; i++) {
            char c = sheet.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == '_';
        }
        if (plain) {
            b.append(sheet);
        } else {
            b.append('\'').append(sheet.replace("'", "''")).append('\'');
        }
    }
}
