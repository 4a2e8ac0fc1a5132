package ua.opendata.passport.internal.csv;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.io.CsvTokenizer;

/** The problems and notices of one register file, in the order found. Not thread-safe. */
public final class Findings implements CsvTokenizer.ProblemSink {
    private final List<Finding> problems = new ArrayList<>();
    private final List<Finding> notices = new ArrayList<>();
    private String[] headers = new String[0];

    /** The headers as found, so that findings name their column's header. */
    void headers(String[] found) {
        headers = found.clone();
    }

    @Override
    public void problem(int row, int column, String code, String... arguments) {
        problems.add(new Finding(row, column, headerAt(column), code, List.of(arguments)));
    }

    /** Records a notice at a row and 1-based column (0: the whole row or file). */
    public void notice(int row, int column, String code, String... arguments) {
        notices.add(new Finding(row, column, headerAt(column), code, List.of(arguments)));
    }

    /** Records a notice of the whole file before every other one. */
    public void firstNotice(int row, String code) {
        notices.add(0, new Finding(row, 0, null, code, List.of()));
    }

    /** Whether a problem has been recorded. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether a problem with this code has been recorded. */
    public boolean hasProblem(String code) {
        return problems.stream().anyMatch(p -> p.code().equals(code));
    }

    /** The problems recorded so far. */
    public List<Finding> problems() {
        return List.copyOf(problems);
    }

    /** The notices recorded so far. */
    public List<Finding> notices() {
        return List.copyOf(notices);
    }

    private @Nullable String headerAt(int column) {
        return column >= 1 && column <= headers.length && !headers[column - 1].isEmpty() ? headers[column - 1] : null;
    }
}
