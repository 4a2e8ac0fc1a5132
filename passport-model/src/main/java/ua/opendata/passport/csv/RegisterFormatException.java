package ua.opendata.passport.csv;

import java.util.List;
import java.util.Locale;
import ua.opendata.passport.PassportException;
import ua.opendata.passport.internal.csv.Messages;

/**
 * A register file could not be read: carries every {@link CsvProblem} found in the file (the reader
 * does not stop at the first one) and the notices gathered until then. The message lists the
 * problems, one per line as {@code file:row:column: what is wrong; how to fix} (for an XLSX
 * register {@code file:Sheet!B5: …}, see {@link CsvProblem#location()}), up to
 * {@value #MESSAGE_LINES} lines followed by {@code … and N more}.
 */
public final class RegisterFormatException extends PassportException {
    private static final long serialVersionUID = 1L;

    /** The most problems listed in the message; {@link #problems()} always has all of them. */
    public static final int MESSAGE_LINES = 50;

    /** The name of the file or stream that could not be read. */
    private final String source;
    /** Every problem found, in file order. */
    @SuppressWarnings("serial") // immutable lists of records; serialisation is not a goal
    private final List<CsvProblem> problems;
    /** The notices gathered while reading. */
    @SuppressWarnings("serial")
    private final List<CsvNotice> notices;

    /**
     * An exception for the problems of one file.
     *
     * @param source   the file or stream name
     * @param problems the problems, at least one
     * @param notices  the notices gathered while reading
     */
    public RegisterFormatException(String source, List<CsvProblem> problems, List<CsvNotice> notices) {
        super(describe(source, problems, Locale.ENGLISH));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a RegisterFormatException needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
        this.notices = List.copyOf(notices);
    }

    /** {@return the name of the file or stream that could not be read} */
    public String source() {
        return source;
    }

    /** {@return every problem found, in file order (whole-file problems such as missing headers first)} */
    public List<CsvProblem> problems() {
        return problems;
    }

    /** {@return the notices gathered while reading, for reporting beside the problems} */
    public List<CsvNotice> notices() {
        return notices;
    }

    /**
     * The message in Ukrainian ({@code uk}) or English (any other locale).
     *
     * @param locale the language wanted; Ukrainian for {@code uk}, English otherwise
     * @return the message in that language
     */
    public String message(Locale locale) {
        return describe(source, problems, locale);
    }

    private static String describe(String source, List<CsvProblem> problems, Locale locale) {
        StringBuilder b = new StringBuilder();
        b.append(Messages.format("CSV-READ-FAILED", List.of(source, Integer.toString(problems.size())), locale));
        int shown = Math.min(problems.size(), MESSAGE_LINES);
        for (int i = 0; i < shown; i++) {
            CsvProblem p = problems.get(i);
            b.append('\n').append(p.location()).append(": ").append(p.message(locale));
        }
        if (problems.size() > shown) {
            b.append('\n').append(Messages.format("CSV-MORE", List.of(Integer.toString(problems.size() - shown)),
                    locale));
        }
        return b.toString();
    }
}
