package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsBuilderTest {
    @Test
    void harvestOptionsBuilderStartsFromTheDefaultsAndChecksOnBuild() {
        assertThat(HarvestOptions.builder().build()).isEqualTo(HarvestOptions.defaults());
        HarvestOptions o = HarvestOptions.builder().pageSize(200).build();
        assertThat(o).isEqualTo(new HarvestOptions(200, 4));
        assertThat(o.toBuilder().parallelism(1).build()).isEqualTo(new HarvestOptions(200, 1));
        assertThatThrownBy(() -> HarvestOptions.builder().parallelism(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HarvestOptions: parallelism must be >= 1, got 0 / паралельність має бути не менше 1");
    }

    @Test
    void retryPolicyBuilderStartsFromTheDefaultsAndChecksOnBuild() {
        assertThat(RetryPolicy.builder().build()).isEqualTo(RetryPolicy.defaults());
        RetryPolicy p = RetryPolicy.builder().maxAttempts(2).initialDelay(Duration.ofMillis(10))
                .maxDelay(Duration.ofSeconds(1)).retryableWrites(Set.of("package_patch")).build();
        assertThat(p).isEqualTo(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofSeconds(1),
                Set.of("package_patch")));
        assertThat(p.toBuilder().maxAttempts(1).build().retryableWrites()).containsExactly("package_patch");
        assertThatThrownBy(() -> RetryPolicy.builder().maxDelay(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RetryPolicy: need 0 <= initialDelay <= maxDelay, got PT0.5S and PT0S");
    }
}
