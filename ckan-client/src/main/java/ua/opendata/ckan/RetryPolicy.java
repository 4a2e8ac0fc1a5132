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
 *   <li><b>Idempotent calls</b> are retried after any retried failure: reads, and the writes in
 *       {@code retryableWrites} (default {@code package_patch}, {@code package_update} — a full
 *       replace gives the same dataset when repeated — and {@code package_revise}), except a
 *       {@code package_revise} without a {@code match} and any call with an {@code __extend} key.
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

    /** Checks the values. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "RetryPolicy.maxAttempts must be at least 1 (1 disables retries), got " + maxAttempts);
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException(
                    "RetryPolicy: need 0 <= initialDelay <= maxDelay, got " + initialDelay + " and "
                            + maxDelay);
        }
        retryableWrites = Set.copyOf(retryableWrites);
    }

    /**
     * The default: 4 attempts, 500 ms doubling up to 30 s; patch, update and revise (with a match,
     * without {@code __extend}) retried as idempotent.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(
                4, Duration.ofMillis(500), Duration.ofSeconds(30), Set.of("package_patch", "package_update", "package_revise"));
    }

    /**
     * No retries.
     *
     * @return a policy of one attempt
     */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Set.of());
    }
}
