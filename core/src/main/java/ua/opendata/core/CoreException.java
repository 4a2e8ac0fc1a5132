package ua.opendata.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception {@code core} throws on purpose: bad input it cannot accept (a plan file, a
 * report file, …) or a workflow it cannot carry out. Unchecked. Failures of the platform's I/O surface as
 * {@link java.io.UncheckedIOException} (whose message names the path), never as a checked
 * {@link java.io.IOException}; a mistake in the caller's arguments as {@link IllegalArgumentException} or
 * {@link NullPointerException}.
 *
 * <p>An exception made from a {@link LocalizedText} (as {@code PlanJsonException} is) has its message in
 * English in {@link #getMessage()} and in any language in {@link #getMessage(Locale)}; {@link #text()}
 * gives the text itself, for an application that renders it later or elsewhere.
 */
public class CoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The message in every language; {@code null} when the exception was made from a plain message. */
    private final @Nullable LocalizedText text;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, where, and how to fix it
     */
    public CoreException(String message) {
        super(message);
        this.text = null;
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, where, and how to fix it
     * @param cause   the underlying exception
     */
    public CoreException(String message, @Nullable Throwable cause) {
        super(message, cause);
        this.text = null;
    }

    /**
     * Creates the exception from a text in every language; {@link #getMessage()} is its English.
     *
     * @param message what went wrong, where, and how to fix it
     */
    public CoreException(LocalizedText message) {
        super(Objects.requireNonNull(message, "message").en());
        this.text = message;
    }

    /**
     * Creates the exception from a text in every language, with its cause; {@link #getMessage()} is its
     * English.
     *
     * @param message what went wrong, where, and how to fix it
     * @param cause   the underlying exception
     */
    public CoreException(LocalizedText message, Throwable cause) {
        super(Objects.requireNonNull(message, "message").en(), Objects.requireNonNull(cause, "cause"));
        this.text = message;
    }

    /**
     * The message as a text in every language.
     *
     * @return the text; empty when the exception was made from a plain message
     */
    public Optional<LocalizedText> text() {
        return Optional.ofNullable(text);
    }

    /**
     * The message in {@code locale}'s language (see {@link LocalizedText#get(Locale)}); a plain message
     * reads the same in every language.
     *
     * @param locale the language
     * @return the message
     */
    public String getMessage(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return text != null ? text.get(locale) : String.valueOf(getMessage());
    }
}
