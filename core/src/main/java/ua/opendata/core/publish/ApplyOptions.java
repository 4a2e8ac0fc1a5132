package ua.opendata.core.publish;

import java.time.Duration;
import java.util.Objects;
import ua.opendata.core.internal.text.Catalog;
import ua.opendata.core.text.Messages;

/**
 * How to apply a plan. {@link #dryRun()} (the default) writes nothing; {@link #execute()} writes, one
 * dataset per task, at most {@link #concurrency(int)} at a time, starting tasks at least {@link #pacing(java.time.Duration)}
 * apart; {@link #force(boolean)} publishes datasets despite ERROR findings.
 */
public final class ApplyOptions {

    private final boolean execute;
    private final boolean force;
    private final Duration pacing;
    private final int concurrency;

    private ApplyOptions(boolean execute, boolean force, Duration pacing, int concurrency) {
        this.execute = execute;
        this.force = force;
        this.pacing = pacing;
        this.concurrency = concurrency;
    }

    /** {@return options for a dry run: report what would be done, write nothing} */
    public static ApplyOptions dryRun() {
        return new ApplyOptions(false, false, Duration.ofMillis(500), 2);
    }

    /** {@return options that write to the portal: no force, 500 ms pacing, two datasets at a time} */
    public static ApplyOptions execute() {
        return new ApplyOptions(true, false, Duration.ofMillis(500), 2);
    }

    /**
     * These options with force on or off.
     *
     * @param value {@code true} to apply datasets despite their ERROR findings
     * @return a copy of these options with that setting (these options are unchanged)
     */
    public ApplyOptions force(boolean value) {
        return new ApplyOptions(execute, value, pacing, concurrency);
    }

    /**
     * These options with the least time between the starts of two datasets.
     *
     * @param value zero (no pacing) or more
     * @return a copy of these options with that pacing (these options are unchanged)
     * @throws IllegalArgumentException when {@code value} is negative
     */
    public ApplyOptions pacing(Duration value) {
        Objects.requireNonNull(value, "pacing");
        if (value.isNegative()) {
            throw new IllegalArgumentException(Catalog.bilingual(Messages.PUBLISH, "options.pacing", value));
        }
        return new ApplyOptions(execute, force, value, concurrency);
    }

    /**
     * These options with at most this many datasets in work at once.
     *
     * @param value 1 to 16
     * @return a copy of these options with that limit (these options are unchanged)
     * @throws IllegalArgumentException when {@code value} is outside 1 to 16
     */
    public ApplyOptions concurrency(int value) {
        if (value < 1 || value > 16) {
            throw new IllegalArgumentException(Catalog.bilingual(Messages.PUBLISH, "options.concurrency", value));
        }
        return new ApplyOptions(execute, force, pacing, value);
    }

    /** {@return whether this is a dry run} */
    public boolean isDryRun() {
        return !execute;
    }

    /** {@return whether ERROR findings are overridden} */
    public boolean isForce() {
        return force;
    }

    /** {@return the least time between the starts of two datasets} */
    public Duration pacingInterval() {
        return pacing;
    }

    /** {@return the most datasets in work at once} */
    public int maxConcurrency() {
        return concurrency;
    }

    @Override
    public String toString() {
        return "ApplyOptions[" + (execute ? "execute" : "dry run") + ", force=" + force + ", pacing=" + pacing
                + ", concurrency=" + concurrency + "]";
    }
}
