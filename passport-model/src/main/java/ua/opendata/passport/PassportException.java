package ua.opendata.passport;

import org.jspecify.annotations.Nullable;

/**
 * The root of the unchecked exceptions thrown by the passport model and its codecs. Validation of
 * business rules never throws: only unreadable input and failed writes do.
 */
public class PassportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message that names the place and the fix.
     *
     * @param message the text a person reads, naming the place and the fix
     */
    public PassportException(String message) {
        super(message);
    }

    /**
     * An exception with a message and its cause.
     *
     * @param message the text a person reads, naming the place and the fix
     * @param cause the failure that led to this one
     */
    public PassportException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * An exception for subclasses that control the stack trace and suppression, e.g. a
     * control-flow signal without a stack trace.
     *
     * @param message            the message, or {@code null}
     * @param cause              the cause, or {@code null}
     * @param enableSuppression  whether suppressed exceptions are recorded
     * @param writableStackTrace whether the stack trace is filled in
     */
    protected PassportException(@Nullable String message, @Nullable Throwable cause, boolean enableSuppression,
            boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }
}
