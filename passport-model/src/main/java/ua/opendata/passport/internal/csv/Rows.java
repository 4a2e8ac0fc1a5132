package ua.opendata.passport.internal.csv;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a register file as text cells, for {@link RegisterParser}: the CSV tokenizer, or the
 * rows of a worksheet. Row and column numbers are those a person sees (1-based).
 */
public interface Rows {

    /** Prepares reading; {@code false} when there is nothing to read (a problem is then recorded). */
    boolean open() throws IOException;

    /** Moves to the next row; {@code false} at the end. */
    boolean next() throws IOException;

    /** Whether every kept cell of the current row is empty or whitespace. */
    boolean blank();

    /** The number of cells in the current row, including any beyond the column limit. */
    int width();

    /** The cell at {@code index} (0-based) of the current row. */
    String cell(int index);

    /** The row number where the current row starts. */
    int recordLine();

    /** The row number reached. */
    int line();

    /**
     * Called once the header row is mapped: {@code columns[i]} is the register column of cell
     * {@code i}, or {@code null} for a further, unnamed or repeated column. Sources whose cells
     * carry types (numbers, dates) use it to convert them as the column expects.
     */
    default void header(@Nullable Column[] columns) {
    }
}
