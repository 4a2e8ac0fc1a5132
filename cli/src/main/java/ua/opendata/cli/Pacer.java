package ua.opendata.cli;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Keeps the starts of datasets at least the pacing interval apart when {@code publish --execute} applies
 * the plan in groups: the core paces the starts within one group, and this waits before the next group
 * until the interval after the previous group's last start has passed.
 */
final class Pacer {

    /** Waits the given nanoseconds. */
    @FunctionalInterface
    interface Sleeper {
        /** Sleeps. */
        void sleep(long nanos) throws InterruptedException;
    }

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long notBefore;
    private boolean started;

    Pacer(Duration interval, LongSupplier nanoTime, Sleeper sleeper) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** A pacer on the system's clock. */
    static Pacer system(Duration interval) {
        return new Pacer(interval, System::nanoTime, java.util.concurrent.TimeUnit.NANOSECONDS::sleep);
    }

    /**
     * Called before a group that starts {@code starters} datasets (those that write): waits as needed, then
     * notes when the group's starts end. A group that starts none neither waits nor delays the next.
     */
    void beforeGroup(long starters) throws InterruptedException {
        if (starters <= 0) {
            return;
        }
        if (started) {
            long wait = notBefore - nanoTime.getAsLong();
            if (wait > 0) {
                sleeper.sleep(wait);
            }
        }
        started = true;
        notBefore = nanoTime.getAsLong() + intervalNanos * starters;
    }
}
