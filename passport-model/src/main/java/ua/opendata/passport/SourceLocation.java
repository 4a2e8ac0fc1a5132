package ua.opendata.passport;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where something came from in a file, the way a clerk finds it: the file, and in it the row and
 * column a spreadsheet shows (both 1-based), or the worksheet cell. Immutable.
 *
 * <p>{@link #toString()} writes it as the register readers write their problems:
 * <ul>
 * <li>a text file (CSV, JSON): {@code register.csv:17:3} (row 17, column 3), {@code register.csv:17}
 *     for a whole row, {@code register.csv} for the whole file;</li>
 * <li>a workbook: {@code register.xlsx:Sheet1!C17}, {@code register.xlsx:Sheet1!17:17} for a whole
 *     row, {@code register.xlsx:Sheet1} for the whole sheet; a sheet name that is not letters, digits
 *     and {@code _} is quoted as Excel quotes it ({@code 'Мій лист'!C17}).</li>
 * </ul>
 */
public final class SourceLocation {

    private final String file;
    private final @Nullable String sheet;
    private final int row;
    private final int column;
    private final @Nullable String header;

    private SourceLocation(String file, @Nullable String sheet, int row, int column, @Nullable String header) {
        this.file = Objects.requireNonNull(file, "file");
        if (row < 0 || column < 0 || row == 0 && column > 0) {
            throw new IllegalArgumentException("row " + row + ", column " + column + ": a column needs a row, "
                    + "neither may be negative");
        }
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.header = header;
    }

    /**
     * A whole file, e.g. a passport file.
     *
     * @param file the file name as a person knows it
     * @return the location of the file
     */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, null, 0, 0, null);
    }

    /**
     * A row of a text file (a CSV record, a JSON line): {@code file:row}.
     *
     * @param file the file name
     * @param row the 1-based row (or line)
     * @return the location of the row
     */
    public static SourceLocation ofRow(String file, int row) {
        return new SourceLocation(file, null, positive(row, "row"), 0, null);
    }

    /**
     * A cell of a text file: {@code file:row:column}.
     *
     * @param file the file name
     * @param row the 1-based row (or line)
     * @param column the 1-based column
     * @param header the column's header as found in the file; {@code null} when it has none
     * @return the location of the cell
     */
    public static SourceLocation ofCell(String file, int row, int column, @Nullable String header) {
        return new SourceLocation(file, null, positive(row, "row"), positive(column, "column"), header);
    }

    /**
     * A cell of a worksheet: {@code file:Sheet!C17}.
     *
     * @param file the workbook's file name
     * @param sheet the worksheet's tab name
     * @param row the 1-based row
     * @param column the 1-based column ({@code 3} is {@code C})
     * @param header the column's header as found in the sheet; {@code null} when it has none
     * @return the location of the cell
     */
    public static SourceLocation ofSheetCell(String file, String sheet, int row, int column,
            @Nullable String header) {
        return new SourceLocation(file, Objects.requireNonNull(sheet, "sheet"), positive(row, "row"),
                positive(column, "column"), header);
    }

    /**
     * A whole worksheet: {@code file:Sheet}.
     *
     * @param file the workbook's file name
     * @param sheet the worksheet's tab name
     * @return the location of the sheet
     */
    public static SourceLocation ofSheet(String file, String sheet) {
        return new SourceLocation(file, Objects.requireNonNull(sheet, "sheet"), 0, 0, null);
    }

    /**
     * A whole row of a worksheet: {@code file:Sheet!17:17}.
     *
     * @param file the workbook's file name
     * @param sheet the worksheet's tab name
     * @param row the 1-based row
     * @return the location of the row
     */
    public static SourceLocation ofSheetRow(String file, String sheet, int row) {
        return new SourceLocation(file, Objects.requireNonNull(sheet, "sheet"), positive(row, "row"), 0, null);
    }

    /** {@return the file name as a person knows it, e.g. {@code register.csv}} */
    public String file() {
        return file;
    }

    /** {@return the worksheet's tab name, for a workbook} */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /** {@return the 1-based row (or line); 0 for the whole file} */
    public int row() {
        return row;
    }

    /** {@return the 1-based column; 0 for a whole row or file} */
    public int column() {
        return column;
    }

    /** {@return the header of the column as found in the file, when the column has one} */
    public Optional<String> header() {
        return Optional.ofNullable(header);
    }

    /** {@return the cell as a spreadsheet names it, e.g. {@code C17}; empty without a column} */
    public Optional<String> cell() {
        return column == 0 ? Optional.empty() : Optional.of(columnLetters(column) + row);
    }

    /**
     * The column letters of a 1-based column, as a spreadsheet shows them.
     *
     * @param column the 1-based column: 1 is {@code A}, 27 is {@code AA}
     * @return the letters
     */
    public static String columnLetters(int column) {
        StringBuilder b = new StringBuilder(3);
        int c = positive(column, "column");
        while (c > 0) {
            int r = (c - 1) % 26;
            b.append((char) ('A' + r));
            c = (c - 1) / 26;
        }
        return b.reverse().toString();
    }

    /** {@return {@code register.csv:17:3}, {@code register.xlsx:Sheet1!C17} and so on, see the class comment} */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file.length() + 16).append(file);
        if (sheet == null) {
            if (row > 0) {
                b.append(':').append(row);
                if (column > 0) {
                    b.append(':').append(column);
                }
            }
            return b.toString();
        }
        b.append(':');
        appendSheet(b, sheet);
        if (row > 0) {
            b.append('!');
            if (column > 0) {
                b.append(columnLetters(column)).append(row);
            } else {
                b.append(row).append(':').append(row);
            }
        }
        return b.toString();
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

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SourceLocation l && file.equals(l.file) && Objects.equals(sheet, l.sheet)
                && row == l.row && column == l.column && Objects.equals(header, l.header);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, sheet, row, column, header);
    }

    private static int positive(int v, String name) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be 1 or more, was " + v);
        }
        return v;
    }
}
