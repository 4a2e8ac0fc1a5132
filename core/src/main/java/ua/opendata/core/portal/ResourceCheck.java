package ua.opendata.core.portal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.content.ContentReport;
import ua.opendata.core.rules.Severity;

/**
 * What checking one resource found: where its link led, what the server answered, what the file
 * really is, and the problems, each with a stable code and texts in Ukrainian and English.
 *
 * @param target         what was checked
 * @param url            the link as requested (any user-info removed)
 * @param finalUrl       the address of the final response after redirects; the link itself when
 *                       there were none or no response came
 * @param redirects      the addresses redirected to, in order
 * @param outcome        how following the link ended
 * @param status         the HTTP status of the final response; 0 when there was none
 * @param contentType    the {@code Content-Type} of the final response; {@code null} when absent
 * @param contentLength  the {@code Content-Length} of the final response; {@code null} when absent
 * @param bytesRead      the body bytes read (at most the read limit, plus one to see there is more)
 * @param truncated      whether reading stopped at the read limit before the end of the file
 * @param detectedFormat what the file's bytes show; {@code null} when no body was read
 * @param encoding       the encoding of a text file; {@code null} for binary files or no body
 * @param content        the content check of a CSV (against the structure when one was given);
 *                       {@code null} when the file is not CSV or was not read
 * @param problems       the problems found, the most serious first
 * @param elapsed        how long the check took, waits for politeness included
 */
@NullMarked
public record ResourceCheck(ResourceTarget target, String url, String finalUrl, List<String> redirects,
                            LinkOutcome outcome, int status, @Nullable String contentType,
                            @Nullable Long contentLength, long bytesRead, boolean truncated,
                            @Nullable ResourceFormat detectedFormat, @Nullable ResourceEncoding encoding,
                            @Nullable ContentReport content, List<ResourceProblem> problems, Duration elapsed) {

    /** Copies the lists. */
    public ResourceCheck {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(elapsed, "elapsed");
        redirects = List.copyOf(redirects);
        problems = List.copyOf(problems);
    }

    /** Whether the file was reached (a 2xx final response). */
    public boolean reachable() {
        return outcome.reachable();
    }

    /** Whether no ERROR problem was found. */
    public boolean passed() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    /** Whether a problem with this code was found. */
    public boolean hasProblem(String code) {
        return problems.stream().anyMatch(p -> p.code().equals(code));
    }

    /**
     * The file's size: the {@code Content-Length} when the server sent one, else the bytes read when
     * the whole file was read; {@code null} when neither is known.
     */
    public @Nullable Long size() {
        if (contentLength != null) {
            return contentLength;
        }
        return truncated || detectedFormat == null ? null : bytesRead;
    }
}
