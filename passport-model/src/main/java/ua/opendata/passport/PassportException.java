package ua.opendata.passport;

/**
 * The root of the unchecked exceptions thrown by the passport model and its codecs. Validation of
 * business rules never throws: only unreadable input and failed writes do.
 */
public class PassportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message that names the place and the fix. */
    public PassportException(String message) {
        super(message);
    }

    /** An exception with a message and its cause. */
    public PassportException(String message, Throwable cause) {
        super(message, cause);
    }
}
