package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;
import ua.opendata.ckan.testkit.FakeRequest;

/** Parallel harvesting against the fake: order, the row cap, changes, errors, threads. */
class CkanParallelHarvestTest {

    private static List<FakeRequest> searches(FakeCkan fake) {
        return fake.requests().stream().filter(r -> r.path().contains("package_search")).toList();
    }

    private static List<Thread> harvestThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("ckan-harvest-") && t.isAlive()).toList();
    }

    private static void assertNoHarvestThreadSurvives() throws InterruptedException {
        for (int i = 0; i < 100 && !harvestThreads().isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(harvestThreads()).isEmpty();
    }

    @Test
    void tenThousandDatasetsInOrderWithoutDuplicatesWithPagesInParallel() throws Exception {
        try (FakeCkan fake = FakeCkan.builder().latency(Duration.ofMillis(10)).start();
                CkanClient c = CkanClient.builder(fake.baseUrl()).build()) {
            fake.createOrganization("perf-org", "Perf");
            fake.seedDatasets("perf-org", "perf", 10_000);

            List<String> names;
            try (Stream<CkanDataset> s = c.harvest(CkanSearchQuery.builder().build(),
                    HarvestOptions.defaults())) {
                names = s.map(CkanDataset::name).toList();
            }

            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 10_000; i++) {
                expected.add(String.format("perf-%05d", i));
            }
            assertThat(names).isEqualTo(expected);
            // the first page, ten offset pages overlapping by one (999 apart), one keyset pass
            List<FakeRequest> searches = searches(fake);
            assertThat(searches).hasSize(12);
            assertThat(searches).extracting(FakeRequest::bodyExcerpt)
                    .anyMatch(b -> b.contains("\"start\":999")).anyMatch(b -> b.contains("\"start\":9990"));
            assertThat(fake.maxConcurrentRequests()).isBetween(2, 4);
            assertNoHarvestThreadSurvives();
        }
    }

    @Test
    void pagesAreCappedByTheServerAndTheClientsConcurrencyLimit() {
        try (FakeCkan fake = FakeCkan.builder().rowsMax(1000).latency(Duration.ofMillis(10)).start();
                CkanClient c = CkanClient.builder(fake.baseUrl()).maxConcurrentRequests(2).build()) {
            fake.createOrganization("o-org", "O");
            fake.seedDatasets("o-org", "cap", 2500);

            List<String> names = c.harvest(CkanSearchQuery.builder().build(), new HarvestOptions(5000, 8))
                    .map(CkanDataset::name).toList();

            assertThat(names).hasSize(2500).doesNotHaveDuplicates().isSorted();
            assertThat(fake.maxConcurrentRequests()).isBetween(1, 2);
            assertThat(searches(fake)).extracting(FakeRequest::bodyExcerpt)
                    .allMatch(b -> b.contains("\"rows\":5000"))
                    .anyMatch(b -> b.contains("\"start\":999")).anyMatch(b -> b.contains("\"start\":1998"));
        }
    }

    @Test
    void datasetsChangedAddedOrDeletedDuringTheCrawl() {
        try (FakeCkan fake = FakeCkan.start();
                CkanClient reader = CkanClient.builder(fake.baseUrl()).build();
                CkanClient writer = CkanClient.builder(fake.baseUrl()).apiKey(fake.sysadminKey())
                        .build()) {
            fake.createOrganization("o-org", "O");
            fake.seedDatasets("o-org", "d", 600);

            List<String> seen = new ArrayList<>();
            try (Stream<CkanDataset> s = reader.harvest(CkanSearchQuery.builder().build(),
                    new HarvestOptions(100, 3))) {
                Iterator<CkanDataset> it = s.iterator();
                for (int i = 0; i < 250; i++) {
                    seen.add(it.next().name());
                }
                // edits before and after the reader's position, a delete, an addition
                for (String n : List.of("d-0003", "d-0100", "d-0240", "d-0400", "d-0599")) {
                    writer.packagePatch(CkanDatasetWrite.builder().name(n).notes("змінено").build());
                }
                writer.packageDelete("d-0500");
                writer.packageDelete("d-0260");
                writer.packageCreate(CkanDatasetWrite.builder().name("d-new").ownerOrg("o-org").build());
                it.forEachRemaining(d -> seen.add(d.name()));
            }

            Set<String> expected = new HashSet<>();
            for (int i = 1; i <= 600; i++) {
                expected.add(String.format("d-%04d", i));
            }
            expected.remove("d-0500"); // deleted before the reader reached it
            expected.add("d-new");
            assertThat(seen).doesNotHaveDuplicates();
            Set<String> got = new HashSet<>(seen);
            got.remove("d-0260"); // deleted where a page was perhaps already fetched: either way
            expected.remove("d-0260");
            assertThat(got).isEqualTo(expected);
        }
    }

    @Test
    void anErrorOnOnePagePropagatesAndStopsTheOtherPages() throws Exception {
        try (FakeCkan fake = FakeCkan.builder().latency(Duration.ofMillis(5)).start();
                CkanClient c = CkanClient.builder(fake.baseUrl()).retryPolicy(RetryPolicy.none())
                        .build()) {
            fake.createOrganization("o-org", "O");
            fake.seedDatasets("o-org", "e", 3000);

            Stream<CkanDataset> s = c.harvest(CkanSearchQuery.builder().build(), new HarvestOptions(100, 3));
            Iterator<CkanDataset> it = s.iterator();
            it.next(); // the first page is read
            fake.enqueue(FakeCkanFault.html(502).onlyFor("package_search"));

            assertThatThrownBy(() -> it.forEachRemaining(d -> { }))
                    .isInstanceOfSatisfying(CkanUnexpectedResponseException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(502);
                        assertThat(e.getMessage()).startsWith("package_search:");
                    });
            assertThat(it.hasNext()).isFalse();
            s.close();
            assertNoHarvestThreadSurvives();
            int after = searches(fake).size();
            Thread.sleep(200);
            assertThat(searches(fake)).hasSize(after); // nothing more was asked
            assertThat(after).isLessThanOrEqualTo(1 + 2 * 3); // 30 pages, at most the window read
        }
    }

    @Test
    void closingTheStreamEarlyStopsItsThreads() throws Exception {
        try (FakeCkan fake = FakeCkan.builder().latency(Duration.ofMillis(5)).start();
                CkanClient c = CkanClient.builder(fake.baseUrl()).build()) {
            fake.createOrganization("o-org", "O");
            fake.seedDatasets("o-org", "t", 2000);

            List<String> first;
            try (Stream<CkanDataset> s = c.harvest(CkanSearchQuery.builder().build(),
                    new HarvestOptions(100, 4))) {
                first = s.limit(150).map(CkanDataset::name).toList();
                assertThat(harvestThreads()).isNotEmpty().allMatch(Thread::isDaemon);
            }

            assertThat(first).hasSize(150).startsWith("t-0001", "t-0002");
            assertNoHarvestThreadSurvives();
            assertThat(searches(fake).size()).isLessThan(20); // not all 21 pages
        }
    }
}
