package ua.opendata.cli;

import org.jspecify.annotations.Nullable;

/**
 * A failure the tool reports as one line (or, for broken input, one line per problem) and an exit
 * code. The text is already in the user's language.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    CliException(int exitCode, String message) {
        this(exitCode, message, null);
    }

    int exitCode() {
        return exitCode;
    }
}
