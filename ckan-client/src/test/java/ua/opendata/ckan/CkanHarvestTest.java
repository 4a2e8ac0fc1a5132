package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeRequest;

/** Keyset harvesting against the fake: past the row cap, under changes, on equal timestamps. */
class CkanHarvestTest {

    @Test
    void harvestsEverythingPastTheRowCap() {
        try (FakeCkan fake = FakeCkan.builder().rowsMax(1000).start();
                CkanClient c = CkanClient.builder(fake.baseUrl()).build()) {
            fake.createOrganization("perf-org", "Perf");
            fake.seedDatasets("perf-org", "perf", 2500);

            List<String> names = c.harvest(CkanSearchQuery.builder().build(), 5000)
                    .map(CkanDataset::name).toList();

            assertThat(names).hasSize(2500).doesNotHaveDuplicates();
            assertThat(names.get(0)).isEqualTo("perf-0001");
            assertThat(names.get(2499)).isEqualTo("perf-2500");
            List<FakeRequest> searches = fake.requests().stream()
                    .filter(r -> r.path().contains("package_search")).toList();
            assertThat(searches).hasSize(3);
            assertThat(searches.get(1).bodyExcerpt()).contains("metadata_modified asc, id asc")
                    .contains("metadata_modified:[");
        }
    }

    @Test
    void harvestsOneOrganization() {
        try (FakeCkan fake = FakeCkan.start();
                CkanClient c = CkanClient.builder(fake.baseUrl()).build()) {
            fake.createOrganization("a-org", "A");
            fake.createOrganization("b-org", "B");
            fake.seedDatasets("a-org", "a", 120);
            fake.seedDatasets("b-org", "b", 80);

            List<String> names = c.harvest(CkanSearchQuery.builder().fq("organization:b-org").build(),
                    50).map(CkanDataset::name).toList();

            assertThat(names).hasSize(80).allMatch(n -> n.startsWith("b-"));
        }
    }

    @Test
    void datasetsChangingDuringTheCrawlAreNeitherSkippedNorRepeated() {
        try (FakeCkan fake = FakeCkan.start();
                CkanClient reader = CkanClient.builder(fake.baseUrl()).build();
                CkanClient writer = CkanClient.builder(fake.baseUrl()).apiKey(fake.sysadminKey())
                        .build()) {
            fake.createOrganization("o-org", "O");
            fake.seedDatasets("o-org", "d", 600);

            Iterator<CkanDataset> it = reader.harvest(CkanSearchQuery.builder().build(), 100)
                    .iterator();
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                seen.add(it.next().name());
            }
            // someone edits datasets already seen and not yet seen, and deletes one not yet seen
            for (String n : List.of("d-0003", "d-0100", "d-0400", "d-0599")) {
                writer.packagePatch(CkanDatasetWrite.builder().name(n).notes("змінено").build());
            }
            writer.packageDelete("d-0500");
            it.forEachRemaining(d -> seen.add(d.name()));

            Set<String> expected = new HashSet<>();
            for (int i = 1; i <= 600; i++) {
                expected.add(String.format("d-%04d", i));
            }
            expected.remove("d-0500");
            assertThat(seen).doesNotHaveDuplicates();
            assertThat(new HashSet<>(seen)).isEqualTo(expected);
        }
    }

    @Test
    void manyDatasetsInTheSameMillisecondAreAllReturnedOnce() {
        Clock frozen = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
        try (FakeCkan fake = FakeCkan.builder().clock(frozen).start();
                CkanClient c = CkanClient.builder(fake.baseUrl()).build()) {
            fake.createOrganization("o-org", "O");
            fake.seedDatasets("o-org", "same", 2500); // 1 µs apart: ~1000 per millisecond

            List<String> names = c.harvest(CkanSearchQuery.builder().build(), 100)
                    .map(CkanDataset::name).toList();

            assertThat(names).hasSize(2500).doesNotHaveDuplicates();
        }
    }

    @Test
    void theKeysetIgnoresTheClientZone() {
        try (FakeCkan fake = FakeCkan.start();
                CkanClient west = CkanClient.builder(fake.baseUrl())
                        .zone(java.time.ZoneId.of("America/New_York")).build()) {
            fake.createOrganization("o-org", "O");
            fake.seedDatasets("o-org", "z", 250);

            List<String> names = west.harvest(CkanSearchQuery.builder().build(), 40)
                    .map(CkanDataset::name).toList();

            assertThat(names).hasSize(250).doesNotHaveDuplicates();
        }
    }

    @Test
    void capabilitiesAndUnknownActions() {
        try (FakeCkan fake = FakeCkan.start();
                CkanClient c = CkanClient.builder(fake.baseUrl()).build()) {
            CkanCapabilities caps = c.capabilities();

            assertThat(caps.ckanVersion()).isEqualTo("2.10.10");
            assertThat(caps.supportsPackageRevise()).isTrue();
            assertThat(caps.atLeast(2, 11)).isFalse();
            assertThat(caps.hasExtension("datastore")).isTrue();
            assertThat(c.supportsAction("package_revise")).isTrue();
            assertThat(c.supportsAction("scheming_dataset_schema_show")).isFalse();
        }
    }
}
