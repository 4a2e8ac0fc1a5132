package ua.opendata.passport.csv;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.internal.csv.Locations;
import ua.opendata.passport.internal.csv.Messages;

/**
 * Something in a register file that makes it unreadable: the reader collects every problem in a
 * file and then throws them together in one {@link RegisterFormatException}.
 *
 * @param source    the name of the file or stream
 * @param row       the 1-based physical line where the record starts; for a problem of the whole
 *                  file, the line where reading stopped (1 for an empty file)
 * @param column    the 1-based column, or 0 when the problem concerns the whole row or file
 * @param header    the header of the column as found in the file; {@code null} when there is none
 * @param code      a stable code such as {@code CSV-BAD-DATE}, the key of the message
 * @param arguments the values the message quotes (for example the date as written)
 * @param sheet     the worksheet of an XLSX register, {@code null} for CSV; with a sheet the row
 *                  and column are the cell's (row 5, column 2 is {@code B5})
 */
public record CsvProblem(String source, int row, int column, @Nullable String header, String code,
        List<String> arguments, @Nullable String sheet) {

    /**
     * Copies the arguments; checks structure only.
     *
     * @param source the name of the file or stream
     * @param row the 1-based physical line where the record starts; for a problem of the whole
     *            file, the line where reading stopped (1 for an empty file)
     * @param column the 1-based column, or 0 when the problem concerns the whole row or file
     * @param header the header of the column as found in the file; {@code null} when there is none
     * @param code a stable code such as {@code CSV-BAD-DATE}, the key of the message
     * @param arguments the values the message quotes (for example the date as written)
     * @param sheet the worksheet of an XLSX register, {@code null} for CSV; with a sheet the row
     *              and column are the cell's (row 5, column 2 is {@code B5})
     */
    public CsvProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    /**
     * A problem in a CSV file (no sheet).
     *
     * @param source the name of the file or stream
     * @param row the 1-based row in the file; 0 when the whole file is concerned
     * @param column the 1-based column; 0 when the whole row is concerned
     * @param header the column header; {@code null} when the column has none
     * @param code the message key, which also identifies the kind of problem
     * @param arguments the values the message template inserts
     */
    public CsvProblem(String source, int row, int column, @Nullable String header, String code, List<String> arguments) {
        this(source, row, column, header, code, arguments, null);
    }

    /**
     * Where the clerk fixes it: {@code file:row:column} for CSV; {@code file:Sheet!B5} for a cell of an
     * XLSX register, {@code file:Sheet!5:5} for a whole row, {@code file:Sheet} for the whole sheet.
     *
     * @return the location in the form the clerk's software shows it
     */
    public String location() {
        return Locations.of(source, sheet, row, column);
    }

    /**
     * What is wrong and how to fix it, in Ukrainian for a {@code uk} locale and in English for any
     * other.
     *
     * @param locale the language wanted
     * @return the problem and its fix in that language
     */
    public String message(Locale locale) {
        return Messages.format(code, arguments, locale);
    }

    /** {@link #location()}{@code : English message}. */
    @Override
    public String toString() {
        return location() + ": " + message(Locale.ENGLISH);
    }
}
