package ua.opendata.core.content;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the content check of one file found. Only the first problems are kept (see
 * {@link ContentChecker.Builder#maxProblemsKept}); {@link #problemCounts()} counts all of them.
 *
 * @param source        the file's name or URL
 * @param bytes         the bytes read
 * @param rows          the data rows read (header and blank lines not counted)
 * @param charset       the encoding the file was read in
 * @param bom           whether it started with a UTF-8 byte-order mark
 * @param delimiter     the delimiter detected
 * @param header        the column names of the first row
 * @param problems      the problems kept, in file order
 * @param problemCounts the number of problems per code, including those not kept
 * @param errorCount    the number of ERROR problems, including those not kept
 */
public record ContentReport(String source, long bytes, long rows, Charset charset, boolean bom, char delimiter,
                            List<String> header, List<ContentProblem> problems, Map<String, Long> problemCounts,
                            long errorCount) {

    /**
     * Copies the collections.
     *
     * @param source        the file's name or URL
     * @param bytes         the bytes read
     * @param rows          the data rows read (header and blank lines not counted)
     * @param charset       the encoding the file was read in
     * @param bom           whether it started with a UTF-8 byte-order mark
     * @param delimiter     the delimiter detected
     * @param header        the column names of the first row
     * @param problems      the problems kept, in file order
     * @param problemCounts the number of problems per code, including those not kept
     * @param errorCount    the number of ERROR problems, including those not kept
     */
    public ContentReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(charset, "charset");
        header = List.copyOf(header);
        problems = List.copyOf(problems);
        problemCounts = Collections.unmodifiableMap(new LinkedHashMap<>(problemCounts));
    }

    /** {@return all problems found, kept or not} */
    public long totalProblems() {
        return problemCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@return whether more problems were found than kept} */
    public boolean truncated() {
        return totalProblems() > problems.size();
    }

    /** {@return whether no ERROR problem was found} */
    public boolean passed() {
        return errorCount == 0;
    }
}
