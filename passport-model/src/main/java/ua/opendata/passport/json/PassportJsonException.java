package ua.opendata.passport.json;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.PassportException;

/**
 * A passport or register JSON document that cannot be read, or a file that cannot be written.
 * Carries every problem found (at least the first), each with its line, column and JSON path, in
 * English and Ukrainian. {@link #getMessage()} lists the problems in English, one per line, as
 * {@code source:line:column: $.path: what is wrong; how to fix it}; {@link #getMessage(Locale)}
 * gives them in Ukrainian for a Ukrainian locale. The Jackson exception, when there was one, is the
 * cause.
 */
public final class PassportJsonException extends PassportException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LISTED = 20;

    /**
     * One problem in a document.
     *
     * @param line      the 1-based line; 0 when the problem concerns the whole input
     * @param column    the 1-based column; 0 when the problem concerns the whole input
     * @param path      the JSON path of the value, e.g. {@code $.distributions[1].sizeBytes}
     * @param messageEn what is wrong and how to fix it, in English
     * @param messageUk the same in Ukrainian
     */
    public record Problem(int line, int column, String path, String messageEn, String messageUk) {
        /**
         * Checks structure only.
         *
         * @param line the 1-based line; 0 when the problem concerns the whole input
         * @param column the 1-based column; 0 when the problem concerns the whole input
         * @param path the JSON path of the value, e.g. {@code $.distributions[1].sizeBytes}
         * @param messageEn what is wrong and how to fix it, in English
         * @param messageUk the same in Ukrainian
         */
        public Problem {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(messageEn, "messageEn");
            Objects.requireNonNull(messageUk, "messageUk");
        }

        /**
         * The message in the language of {@code locale} (Ukrainian or English).
         *
         * @param locale the language wanted; Ukrainian for {@code uk}, English otherwise
         * @return the message in that language
         */
        public String message(Locale locale) {
            return "uk".equals(locale.getLanguage()) ? messageUk : messageEn;
        }
    }

    /** The name of the input, e.g. {@code passport.json}. */
    private final String sourceName;
    /** Every problem found, in document order. */
    private final List<Problem> problems;

    /**
     * An exception for the given problems; intended for the codec.
     *
     * @param sourceName the name of the input (a file name, or a name the caller gave)
     * @param problems   the problems found, at least one, in document order
     * @param cause      the underlying exception, if any
     */
    public PassportJsonException(String sourceName, List<Problem> problems, @Nullable Throwable cause) {
        super(render(sourceName, problems, Locale.ENGLISH), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PassportJsonException needs at least one problem");
        }
        this.sourceName = sourceName;
        this.problems = List.copyOf(problems);
    }

    /** {@return the name of the input, e.g. {@code passport.json}} */
    public String sourceName() {
        return sourceName;
    }

    /** {@return every problem found, in document order; never empty} */
    public List<Problem> problems() {
        return problems;
    }

    /** {@return the line of the first problem (1-based; 0 when it concerns the whole input)} */
    public int line() {
        return problems.get(0).line();
    }

    /** {@return the column of the first problem (1-based; 0 when it concerns the whole input)} */
    public int column() {
        return problems.get(0).column();
    }

    /** {@return the JSON path of the first problem, e.g. {@code $.distributions[1].sizeBytes}} */
    public String jsonPath() {
        return problems.get(0).path();
    }

    /**
     * The problems in Ukrainian when {@code locale} is Ukrainian, else in English.
     *
     * @param locale the language wanted; Ukrainian for {@code uk}, English otherwise
     * @return the problems, one per line, in that language
     */
    public String getMessage(Locale locale) {
        return render(sourceName, problems, locale);
    }

    private static String render(String sourceName, List<Problem> problems, Locale locale) {
        String listed = problems.stream().limit(MAX_LISTED)
                .map(p -> sourceName + (p.line() > 0 ? ":" + p.line() + ":" + p.column() : "") + ": " + p.path()
                        + ": " + p.message(locale))
                .collect(Collectors.joining("\n"));
        if (problems.size() > MAX_LISTED) {
            int more = problems.size() - MAX_LISTED;
            listed += "\n" + JsonText.format(locale, "problems.more", Integer.toString(more));
        }
        return listed;
    }
}
