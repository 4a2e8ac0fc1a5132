package ua.opendata.core.probe;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
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
public record ResourceCheck(ResourceTarget target, String url, String finalUrl, List<String> redirects,
                            LinkOutcome outcome, int status, @Nullable String contentType,
                            @Nullable Long contentLength, long bytesRead, boolean truncated,
                            @Nullable ResourceFormat detectedFormat, @Nullable ResourceEncoding encoding,
                            @Nullable ContentReport content, List<ResourceProblem> problems, Duration elapsed) {

    /**
     * Copies the lists.
     *
     * @param target         what was checked
     * @param url            the link as requested (any user-info removed)
     * @param finalUrl       the address of the final response after redirects; the link itself when there
     *                       were none or no response came
     * @param redirects      the addresses redirected to, in order
     * @param outcome        how following the link ended
     * @param status         the HTTP status of the final response; 0 when there was none
     * @param contentType    the {@code Content-Type} of the final response; {@code null} when absent
     * @param contentLength  the {@code Content-Length} of the final response; {@code null} when absent
     * @param bytesRead      the body bytes read (at most the read limit, plus one to see there is more)
     * @param truncated      whether reading stopped at the read limit before the end of the file
     * @param detectedFormat what the file's bytes show; {@code null} when no body was read
     * @param encoding       the encoding of a text file; {@code null} for binary files or no body
     * @param content        the content check of a CSV (against the structure when one was given); {@code
     *                       null} when the file is not CSV or was not read
     * @param problems       the problems found, the most serious first
     * @param elapsed        how long the check took, waits for politeness included
     */
    public ResourceCheck {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(elapsed, "elapsed");
        redirects = List.copyOf(redirects);
        problems = List.copyOf(problems);
    }

    /** {@return whether the file was reached (a 2xx final response)} */
    public boolean reachable() {
        return outcome.reachable();
    }

    /** {@return whether no ERROR problem was found} */
    public boolean passed() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    /**
     * Whether a problem with this code was found.
     *
     * @param code a problem code, e.g. {@code RES-UNREACHABLE} (compared exactly)
     * @return {@code true} when {@link #problems()} has a problem with that code, at any severity
     */
    public boolean hasProblem(String code) {
        return problems.stream().anyMatch(p -> p.code().equals(code));
    }

    /**
     * {@return the file's size in bytes} It is the {@code Content-Length} when the server sent one, else the
     * bytes read when the whole file was read; {@code null} when neither is known.
     */
    public @Nullable Long size() {
        if (contentLength != null) {
            return contentLength;
        }
        return truncated || detectedFormat == null ? null : bytesRead;
    }

    /**
     * A builder for a check of one target: no response yet ({@link LinkOutcome#CONNECTION_ERROR}, status 0),
     * no problems, the link and final address both the target's.
     *
     * @param target what is checked
     * @return a new builder
     */
    public static Builder builder(ResourceTarget target) {
        return new Builder(target);
    }

    /** {@return a builder starting from this check} */
    public Builder toBuilder() {
        return new Builder(target).url(url).finalUrl(finalUrl).redirects(redirects).outcome(outcome)
                .status(status).contentType(contentType).contentLength(contentLength).bytesRead(bytesRead)
                .truncated(truncated).detectedFormat(detectedFormat).encoding(encoding).content(content)
                .problems(problems).elapsed(elapsed);
    }

    /** Builds a {@link ResourceCheck}, e.g. for tests and for reports read back from JSON. */
    public static final class Builder {
        private final ResourceTarget target;
        private String url;
        private String finalUrl;
        private List<String> redirects = List.of();
        private LinkOutcome outcome = LinkOutcome.CONNECTION_ERROR;
        private int status;
        private @Nullable String contentType;
        private @Nullable Long contentLength;
        private long bytesRead;
        private boolean truncated;
        private @Nullable ResourceFormat detectedFormat;
        private @Nullable ResourceEncoding encoding;
        private @Nullable ContentReport content;
        private List<ResourceProblem> problems = List.of();
        private Duration elapsed = Duration.ZERO;

        private Builder(ResourceTarget target) {
            this.target = Objects.requireNonNull(target, "target");
            this.url = target.url();
            this.finalUrl = target.url();
        }

        /**
         * The link as requested.
         *
         * @param value the link (any user-info removed); not {@code null}; default: the target's
         * @return this builder
         */
        public Builder url(String value) {
            this.url = value;
            return this;
        }

        /**
         * The address of the final response, after redirects.
         *
         * @param value the address; not {@code null}; default: the target's link
         * @return this builder
         */
        public Builder finalUrl(String value) {
            this.finalUrl = value;
            return this;
        }

        /**
         * The addresses redirected to.
         *
         * @param value the addresses, in order (copied); default empty
         * @return this builder
         */
        public Builder redirects(List<String> value) {
            this.redirects = List.copyOf(value);
            return this;
        }

        /**
         * How following the link ended.
         *
         * @param value the outcome; not {@code null}; default {@link LinkOutcome#CONNECTION_ERROR}
         * @return this builder
         */
        public Builder outcome(LinkOutcome value) {
            this.outcome = value;
            return this;
        }

        /**
         * The HTTP status of the final response.
         *
         * @param value the status code; 0 (the default) when no response came
         * @return this builder
         */
        public Builder status(int value) {
            this.status = value;
            return this;
        }

        /**
         * The {@code Content-Type} of the final response.
         *
         * @param value the header's value; {@code null} (the default) when absent
         * @return this builder
         */
        public Builder contentType(@Nullable String value) {
            this.contentType = value;
            return this;
        }

        /**
         * The {@code Content-Length} of the final response.
         *
         * @param value the declared length in bytes; {@code null} (the default) when absent
         * @return this builder
         */
        public Builder contentLength(@Nullable Long value) {
            this.contentLength = value;
            return this;
        }

        /**
         * The body bytes read.
         *
         * @param value the number of bytes read; default 0
         * @return this builder
         */
        public Builder bytesRead(long value) {
            this.bytesRead = value;
            return this;
        }

        /**
         * Whether reading stopped at the read limit before the end of the file.
         *
         * @param value {@code true} when the body was cut at the limit; default {@code false}
         * @return this builder
         */
        public Builder truncated(boolean value) {
            this.truncated = value;
            return this;
        }

        /**
         * What the file's bytes show.
         *
         * @param value the detected format; {@code null} (the default) when no body was read
         * @return this builder
         */
        public Builder detectedFormat(@Nullable ResourceFormat value) {
            this.detectedFormat = value;
            return this;
        }

        /**
         * The encoding of a text file.
         *
         * @param value the encoding; {@code null} (the default) for a binary file or no body
         * @return this builder
         */
        public Builder encoding(@Nullable ResourceEncoding value) {
            this.encoding = value;
            return this;
        }

        /**
         * The content check of a CSV.
         *
         * @param value the report; {@code null} (the default) when the file is not CSV or was not read
         * @return this builder
         */
        public Builder content(@Nullable ContentReport value) {
            this.content = value;
            return this;
        }

        /**
         * The problems found.
         *
         * @param value the problems, the most serious first (copied); default empty
         * @return this builder
         */
        public Builder problems(List<ResourceProblem> value) {
            this.problems = List.copyOf(value);
            return this;
        }

        /**
         * How long the check took.
         *
         * @param value the duration, waits for politeness included; not {@code null}; default zero
         * @return this builder
         */
        public Builder elapsed(Duration value) {
            this.elapsed = value;
            return this;
        }

        /** {@return the check} */
        public ResourceCheck build() {
            return new ResourceCheck(target, url, finalUrl, redirects, outcome, status, contentType, contentLength,
                    bytesRead, truncated, detectedFormat, encoding, content, problems, elapsed);
        }
    }
}
