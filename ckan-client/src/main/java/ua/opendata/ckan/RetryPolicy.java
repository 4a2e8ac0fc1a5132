package ua.opendata.ckan;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how the client retries a failed call: exponential backoff with full jitter, honouring
 * {@code Retry-After} on 429 and 503. Retried failures: transport errors and proxy answers 429,
 * 502, 503, 504. Only actions whose repetition is safe are retried: reads, and {@code
 * package_patch} / {@code package_revise} (a create is never retried blindly).
 *
 * @param maxAttempts the total number of attempts (1 = no retry)
 * @param initialDelay the delay before the second attempt
 * @param maxDelay the largest delay between attempts; a longer {@code Retry-After} gives up
 * @param retryableWrites write actions that are safe to repeat
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
     * The default: 4 attempts, 500 ms doubling up to 30 s; patch and revise retried.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(
                4, Duration.ofMillis(500), Duration.ofSeconds(30), Set.of("package_patch", "package_revise"));
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
