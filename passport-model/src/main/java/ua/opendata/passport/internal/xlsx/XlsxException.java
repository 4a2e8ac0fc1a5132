package ua.opendata.passport.internal.xlsx;

import java.util.List;
import ua.opendata.passport.PassportException;

/**
 * A problem that makes the workbook unreadable as a whole (not an XLSX file, damaged, over a
 * limit): reading stops and the reader reports it with its code and arguments.
 */
public final class XlsxException extends PassportException {
    private static final long serialVersionUID = 1L;

    private final String code;
    @SuppressWarnings("serial") // an immutable list of strings
    private final List<String> arguments;

    /** A problem with a message code of the {@code CsvMessages} bundles and its arguments. */
    public XlsxException(String code, String... arguments) {
        super(code, null, false, false);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    /** The message code. */
    public String code() {
        return code;
    }

    /** The values the message quotes. */
    public List<String> arguments() {
        return arguments;
    }

    /** The first {@code XlsxException} in the cause chain of {@code t}, or {@code null}. */
    static @org.jspecify.annotations.Nullable XlsxException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof XlsxException x) {
                return x;
            }
            if (c instanceof javax.xml.stream.XMLStreamException xe && xe.getNestedException() != null
                    && xe.getNestedException() != c.getCause()) {
                XlsxException nested = find(xe.getNestedException());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
