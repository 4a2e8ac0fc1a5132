package ua.opendata.ckan;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how the client retries a failed call: exponential backoff with full jitter, honouring
 * {@code Retry-After} (a longer one than {@code maxDelay}, or one past the {@code callTimeout},
 * gives up). Retried failures: transport errors and proxy answers 429, 502, 503, 504; never a
 * redirect, a 4xx other than 429, or CKAN's own error.
 *
 * <p>A write is repeated only when that cannot apply it twice:
 *
 * <ul>
 *   <li><b>Reads</b> are retried after any retried failure, and so are the writes an application
 *       lists in {@code retryableWrites} (empty by default), except a {@code package_revise}
 *       without a {@code match} and any call with an {@code __extend} key. By default no write is
 *       repeated after an unknown outcome: even a {@code package_patch} or {@code package_update}
 *       repeated then could overwrite a change someone made in between, and a {@code
 *       package_revise} whose {@code match} was met by the first attempt would be refused on
 *       {@code match} although it landed. Callers that must know re-read instead ({@link
 *       CkanClient#safeUpdate} does, and recognises its own write). An application that lists a
 *       write here accepts that risk; the outcome of such a call is then that of its last attempt.
 *   <li><b>Other writes</b> ({@code resource_create}, uploads and every multipart call, {@code
 *       package_revise} with {@code __extend}, {@code package_delete}, plugin actions ...) are
 *       retried only when it is proven that nothing was applied: the connection could not be opened
 *       (refused, connect timeout, unknown host, TLS handshake failed), or the portal answered 429
 *       (with or without {@code Retry-After}: a rate limiter refuses before CKAN runs anything) or
 *       503 with {@code Retry-After}. A 503 without {@code Retry-After}, a 502, a 504, a reset or a
 *       timeout after the request left, or a truncated answer proves nothing (a proxy may have lost
 *       the answer to a call CKAN applied): the call fails at once with an exception whose {@link
 *       CkanException#outcomeUnknown()} is true; read the object again before repeating.
 *   <li>{@code package_create} follows the second rule, and after an unknown outcome is retried
 *       only while its name is still free (see {@link CkanClient#packageCreate}).
 * </ul>
 *
 * @param maxAttempts the total number of attempts (1 = no retry)
 * @param initialDelay the delay before the second attempt
 * @param maxDelay the largest delay between attempts; a longer {@code Retry-After} gives up
 * @param retryableWrites write actions that are safe to repeat after an unknown outcome
 *     (idempotent); other writes are repeated only when nothing was applied
 */
public record RetryPolicy(
        int maxAttempts, Duration initialDelay, Duration maxDelay, Set<String> retryableWrites) {

    /**
     * Checks the values.
     *
     * @param maxAttempts the total number of attempts (1 = no retry)
     * @param initialDelay the delay before the second attempt
     * @param maxDelay the largest delay between attempts; a longer {@code Retry-After} gives up
     * @param retryableWrites write actions that are safe to repeat after an unknown outcome
     *                        (idempotent); other writes are repeated only when nothing was applied
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(CkanMessages.text("arg.maxAttempts", maxAttempts));
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException(CkanMessages.text("arg.delays", initialDelay, maxDelay));
        }
        retryableWrites = Set.copyOf(retryableWrites);
    }

    /**
     * The default: 4 attempts, 500 ms doubling up to 30 s; reads retried after any retried failure,
     * writes only when nothing was applied.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(
                4, Duration.ofMillis(500), Duration.ofSeconds(30), Set.of());
    }

    /**
     * No retries.
     *
     * @return a policy of one attempt
     */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Set.of());
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /**
     * A builder starting from this policy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link RetryPolicy}; the values are checked by {@link #build()}. */
    public static final class Builder {
        private int maxAttempts;
        private Duration initialDelay;
        private Duration maxDelay;
        private Set<String> retryableWrites;

        private Builder(RetryPolicy p) {
            this.maxAttempts = p.maxAttempts;
            this.initialDelay = p.initialDelay;
            this.maxDelay = p.maxDelay;
            this.retryableWrites = p.retryableWrites;
        }

        /**
         * Sets the total number of attempts.
         *
         * @param value the attempts (1 = no retry)
         * @return this builder
         */
        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        /**
         * Sets the delay before the second attempt.
         *
         * @param value the delay
         * @return this builder
         */
        public Builder initialDelay(Duration value) {
            initialDelay = Objects.requireNonNull(value, "initialDelay");
            return this;
        }

        /**
         * Sets the largest delay between attempts.
         *
         * @param value the delay; a longer {@code Retry-After} gives up
         * @return this builder
         */
        public Builder maxDelay(Duration value) {
            maxDelay = Objects.requireNonNull(value, "maxDelay");
            return this;
        }

        /**
         * Sets the write actions safe to repeat after an unknown outcome.
         *
         * @param value the actions (see the rules above)
         * @return this builder
         */
        public Builder retryableWrites(Set<String> value) {
            retryableWrites = Set.copyOf(value);
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws IllegalArgumentException when a value is out of range
         */
        public RetryPolicy build() {
            return new RetryPolicy(maxAttempts, initialDelay, maxDelay, retryableWrites);
        }
    }
}
