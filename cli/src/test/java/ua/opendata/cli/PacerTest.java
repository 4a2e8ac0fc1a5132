package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pacing between groups of datasets in {@code publish --execute}, on a fake clock. */
class PacerTest {
    private static final long MS = 1_000_000L;

    private long now;
    private final List<Long> sleeps = new ArrayList<>();
    private final Pacer pacer = new Pacer(Duration.ofMillis(500), () -> now, nanos -> {
        sleeps.add(nanos);
        now += nanos;
    });

    @Test
    void theFirstGroupStartsAtOnceAndTheNextWaitsOneIntervalPerStarterOfThePrevious() throws InterruptedException {
        pacer.beforeGroup(2);
        assertThat(sleeps).isEmpty();
        now += 300 * MS; // the group's work took 300 ms; its two starts span 0 and 500 ms
        pacer.beforeGroup(2);
        assertThat(sleeps).containsExactly(700 * MS);
    }

    @Test
    void aSlowGroupNeedsNoWait() throws InterruptedException {
        pacer.beforeGroup(1);
        now += 800 * MS;
        pacer.beforeGroup(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aGroupWithoutWritesNeitherWaitsNorDelaysTheNext() throws InterruptedException {
        pacer.beforeGroup(1);
        now += 100 * MS;
        pacer.beforeGroup(0);
        assertThat(sleeps).isEmpty();
        pacer.beforeGroup(1);
        assertThat(sleeps).containsExactly(400 * MS);
    }

    @Test
    void zeroPacingNeverWaits() throws InterruptedException {
        Pacer none = new Pacer(Duration.ZERO, () -> now, sleeps::add);
        none.beforeGroup(3);
        none.beforeGroup(3);
        assertThat(sleeps).isEmpty();
    }
}
