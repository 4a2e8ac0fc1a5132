package ua.opendata.ckan;

import java.time.Duration;

/** Spaces writes at least {@code writePacing} apart, across all threads of one client. */
final class Pacer {
    private final long writePacingNanos;
    private final Transport.Sleeper sleeper;
    private final Object lock = new Object();
    private long nextWriteNanos;

    Pacer(Duration writePacing, Transport.Sleeper sleeper) {
        this.writePacingNanos = writePacing.toNanos();
        this.sleeper = sleeper;
    }

    /** Waits, if need be, before a write of {@code action}. */
    void pace(String action) {
        if (writePacingNanos <= 0) {
            return;
        }
        long wait;
        synchronized (lock) {
            long now = System.nanoTime();
            long at = nextWriteNanos == 0 ? now : Math.max(now, nextWriteNanos);
            nextWriteNanos = at + writePacingNanos;
            wait = at - now;
        }
        if (wait > 0) {
            try {
                sleeper.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CkanTransportException(action, false,
                        CkanMessages.en("client.pacingInterrupted", action),
                        CkanMessages.uk("client.pacingInterrupted", action), e);
            }
        }
    }
}
