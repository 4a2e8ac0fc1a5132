package ua.opendata.architecture;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * The one exemption from the size rules (c and d): the fake CKAN's recorded data, tables of what
 * a real CKAN 2.10 answered, kept as Java in the test kit. Exactly the source files matching
 * {@value #PATTERN} (paths relative to the repository root), and the classes compiled from them.
 * Nothing else is exempt: the fake's engine and its behaviour are code like any other.
 */
final class RecordedData {

    /** The exempt files: {@code Recorded*.java} anywhere in the main code of {@code ckan-testkit}. */
    static final String PATTERN = "ckan-testkit/src/main/java/**/Recorded*.java";

    private static final PathMatcher MATCHER = FileSystems.getDefault().getPathMatcher("glob:" + PATTERN);

    private RecordedData() {
    }

    /** Whether a source file, given relative to the repository root with {@code /}, is exempt. */
    static boolean isRecordedData(String sourceFromRoot) {
        return MATCHER.matches(Path.of(sourceFromRoot));
    }
}
