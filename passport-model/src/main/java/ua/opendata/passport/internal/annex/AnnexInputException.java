package ua.opendata.passport.internal.annex;

import java.util.List;
import ua.opendata.passport.PassportException;

/**
 * A problem in an annex CSV input that stops reading it: where (1-based line and column) and what, as
 * a message key of the annex bundles with its arguments; the API that reads formats it.
 */
public abstract class AnnexInputException extends PassportException {
    private static final long serialVersionUID = 1L;
    /** The 1-based line. */
    private final int line;
    /** The 1-based column. */
    private final int column;
    /** The message key of the annex bundles. */
    private final String key;
    /** The values the message quotes. */
    @SuppressWarnings("serial") // an immutable list of strings
    private final List<String> arguments;

    /**
     * A problem at a place of the input.
     *
     * @param line the 1-based line
     * @param column the 1-based column
     * @param key the message key of the annex bundles
     * @param arguments the values the message quotes
     */
    protected AnnexInputException(int line, int column, String key, String... arguments) {
        super(key);
        this.line = line;
        this.column = column;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** {@return the 1-based line} */
    public int line() {
        return line;
    }

    /** {@return the 1-based column} */
    public int column() {
        return column;
    }

    /** {@return the message key of the annex bundles} */
    public String key() {
        return key;
    }

    /** {@return the values the message quotes} */
    public List<String> arguments() {
        return arguments;
    }
}
