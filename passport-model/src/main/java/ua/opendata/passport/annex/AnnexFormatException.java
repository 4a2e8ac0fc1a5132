package ua.opendata.passport.annex;

import java.util.Locale;
import ua.opendata.passport.PassportException;
import ua.opendata.passport.internal.annex.Rfc4180Reader;

/**
 * An annex CSV that cannot be read: names the source, the line and column, what is wrong and how
 * to fix it. {@link #getMessage()} is in English; {@link #getMessage(Locale)} also in Ukrainian.
 */
public final class AnnexFormatException extends PassportException {
    private static final long serialVersionUID = 1L;

    /** The name of the input, e.g. a file name. */
    private final String sourceName;
    /** The 1-based line of the problem; 0 when the whole input is concerned. */
    private final int line;
    /** The 1-based column of the problem; 0 when a whole line is concerned. */
    private final int column;
    /** The message in Ukrainian; {@link #getMessage()} gives the English one. */
    private final String messageUk;

    AnnexFormatException(String sourceName, int line, int column, String problemEn, String problemUk,
            @org.jspecify.annotations.Nullable Throwable cause) {
        super(sourceName + ":" + line + ":" + column + ": " + problemEn, cause);
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
        this.messageUk = sourceName + ":" + line + ":" + column + ": " + problemUk;
    }

    /** An exception for the problem {@code key} of the {@code AnnexMessages} bundles. */
    AnnexFormatException(String sourceName, int line, int column, @org.jspecify.annotations.Nullable Throwable cause,
            String key, Object... arguments) {
        this(sourceName, line, column, AnnexText.en(key, arguments), AnnexText.uk(key, arguments), cause);
    }

    /** The exception for a malformed annex CSV. */
    static AnnexFormatException malformed(String sourceName, Rfc4180Reader.MalformedCsvException e) {
        return new AnnexFormatException(sourceName, e.line(), e.column(), e, e.key(), e.arguments().toArray());
    }

    /** {@return the name of the input, e.g. a file name} */
    public String sourceName() {
        return sourceName;
    }

    /** {@return the 1-based line of the problem; 0 when the whole input is concerned} */
    public int line() {
        return line;
    }

    /** {@return the 1-based column of the problem; 0 when a whole line is concerned} */
    public int column() {
        return column;
    }

    /**
     * The message in Ukrainian when {@code locale} is Ukrainian, else in English.
     *
     * @param locale the language wanted
     * @return the message in that language
     */
    public String getMessage(Locale locale) {
        return "uk".equals(locale.getLanguage()) ? messageUk : getMessage();
    }
}
