package ua.opendata.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception {@code core} throws on purpose: bad input it cannot accept (a plan file, a
 * report file, …) or a workflow it cannot carry out. Unchecked. Failures of the platform's I/O surface as
 * {@link java.io.UncheckedIOException} (whose message names the path), never as a checked
 * {@link java.io.IOException}; a mistake in the caller's arguments as {@link IllegalArgumentException} or
 * {@link NullPointerException}.
 */
public class CoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, where, and how to fix it
     */
    public CoreException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, where, and how to fix it
     * @param cause   the underlying exception
     */
    public CoreException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
