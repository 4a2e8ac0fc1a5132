package ua.opendata.core.faults;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A seeded random choice of faults for a {@link FaultProxy}: request number {@code n} gets a fault with
 * probability {@code rate}, picked uniformly among {@code faults}. The choice for a request depends only on
 * the seed and the request's number (not on what came before or on timing), so a run whose requests come in
 * the same order (one at a time) meets the same faults again: a failing seed is reproduced by running it
 * again.
 *
 * @param seed     the seed
 * @param rate     the probability of a fault per request, 0 to 1
 * @param faults   the faults to pick from (a fault listed twice is picked twice as often)
 * @param appliesTo which requests may get a fault, by CKAN action ({@code null} for a request outside the
 *                 Action API, such as a download)
 */
public record FaultSchedule(long seed, double rate, List<Fault> faults, Predicate<@Nullable String> appliesTo) {

    /** Checks the values and copies the list. */
    public FaultSchedule {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("FaultSchedule.rate must be within 0..1, got " + rate);
        }
        faults = List.copyOf(faults);
        if (faults.isEmpty() && rate > 0) {
            throw new IllegalArgumentException("FaultSchedule: give at least one fault");
        }
        Objects.requireNonNull(appliesTo, "appliesTo");
    }

    /**
     * Every fault of {@link Fault}, on every request, at the given rate.
     *
     * @param seed the seed
     * @param rate the probability of a fault per request
     * @return the schedule
     */
    public static FaultSchedule everyFault(long seed, double rate) {
        return new FaultSchedule(seed, rate, List.of(Fault.values()), action -> true);
    }

    /**
     * The fault for a request, or {@code null} for none.
     *
     * @param no     the request's number at the proxy (from 1)
     * @param action the CKAN action, or {@code null}
     * @return the fault, or {@code null}
     */
    public @Nullable Fault pick(long no, @Nullable String action) {
        if (rate == 0 || !appliesTo.test(action)) {
            return null;
        }
        // a generator of its own per request: the choice depends on (seed, no) only
        SplittableRandom r = new SplittableRandom(seed ^ (no * 0x9E3779B97F4A7C15L));
        if (r.nextDouble() >= rate) {
            return null;
        }
        return faults.get(r.nextInt(faults.size()));
    }

    @Override
    public String toString() {
        return "FaultSchedule[seed=" + seed + ", rate=" + rate + ", faults=" + faults + "]";
    }
}
