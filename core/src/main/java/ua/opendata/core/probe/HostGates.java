package ua.opendata.core.probe;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * Per-host politeness: at most {@code perHost} requests at once to one host, and request starts to
 * one host at least {@code delay} apart. A request holds its host's permit from its start until its
 * response is done with; redirects release it before the next hop, so a check never holds two.
 * Thread-safe.
 */
final class HostGates {

    private final int perHost;
    private final long delayNanos;
    private final ConcurrentMap<String, Gate> gates = new ConcurrentHashMap<>();

    /** Gates allowing {@code perHost} requests at once, starts {@code delay} apart. */
    public HostGates(int perHost, Duration delay) {
        this.perHost = perHost;
        this.delayNanos = delay.toNanos();
    }

    /**
     * Waits until a request to {@code host} may start, and takes a permit; the caller must
     * {@link Permit#close()} it.
     */
    public Permit enter(String host) throws InterruptedException {
        Gate gate = gates.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Gate(perHost));
        gate.permits.acquire();
        try {
            long wait;
            synchronized (gate) {
                long now = System.nanoTime();
                long start = gate.started ? Math.max(now, gate.nextStart) : now;
                gate.started = true;
                gate.nextStart = start + delayNanos;
                wait = start - now;
            }
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            gate.permits.release();
            throw e;
        }
        return gate.permits::release;
    }

    /** A held permit. */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Gate {
        final Semaphore permits;
        boolean started;
        long nextStart;

        Gate(int perHost) {
            this.permits = new Semaphore(perHost, true);
        }
    }
}
