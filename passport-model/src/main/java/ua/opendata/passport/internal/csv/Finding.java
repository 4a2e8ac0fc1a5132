package ua.opendata.passport.internal.csv;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A problem or notice found by {@link RegisterParser}, before the API that called it names the file
 * (and sheet) and turns it into its public type.
 *
 * @param row       the 1-based row (physical line of CSV, row of a sheet); 0 for the whole file
 * @param column    the 1-based column, or 0 for the whole row or file
 * @param header    the header of the column as found, {@code null} when there is none
 * @param code      the message code of the {@code CsvMessages} bundles
 * @param arguments the values the message quotes
 */
public record Finding(int row, int column, @Nullable String header, String code, List<String> arguments) {

    /** Copies the arguments. */
    public Finding {
        arguments = List.copyOf(arguments);
    }
}
