package ua.opendata.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.audit.AuditWorkflowTest.City;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;

/**
 * A portal-wide audit streams: rows reach a listener while the harvest goes on, verdicts follow in result
 * order, and file checks hold back the harvest instead of letting dataset trees pile up in a queue.
 */
class AuditStreamingTest {

    private static final int DATASETS = 40;

    private static FakeCkan ckan;
    private static CkanClient client;

    @BeforeAll
    static void start() {
        ckan = AuditWorkflowTest.fake();
        client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).zone(AuditWorkflowTest.KYIV).build();
        new City(DATASETS, 11).publish(client, AuditWorkflowTest.ORG);
    }

    @AfterAll
    static void stop() {
        client.close();
        ckan.close();
    }

    private static AuditOptions.Builder options() {
        return AuditOptions.builder().organization(AuditWorkflowTest.ORG).rulebook(AuditWorkflowTest.rulebook());
    }

    /** What a listener saw, with the progress events in between. */
    private static final class Recorder implements AuditListener {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<AuditDataset> rows = new ArrayList<>();
        final List<AuditDataset> judged = new ArrayList<>();
        final List<DatasetResult> verdicts = new ArrayList<>();
        final List<List<Finding>> findings = new ArrayList<>();

        @Override
        public void dataset(AuditDataset dataset) {
            events.add("row " + dataset.name());
            rows.add(dataset);
        }

        @Override
        public void verdict(AuditDataset dataset, DatasetResult verdict, List<Finding> found) {
            events.add("verdict " + dataset.name());
            judged.add(dataset);
            verdicts.add(verdict);
            findings.add(found);
        }

        void progress(AuditProgress p) {
            events.add(p.stage() + " " + p.done() + "/" + p.total());
        }
    }

    @ParameterizedTest(name = "file check: {0}")
    @ValueSource(booleans = {false, true})
    void theListenerGetsEveryRowDuringTheHarvestAndEveryVerdictAfterIt(boolean checkFiles) {
        Recorder rec = new Recorder();
        AuditOptions.Builder o = options().pageSize(7).listener(rec).progress(rec::progress);
        if (checkFiles) {
            o.resourceCheck((d, r) -> new AuditFileStatus(AuditFileStatus.State.OK, null));
        }

        AuditResult result = PortalAudit.create(client).run(o.build());

        assertThat(result.datasets()).hasSize(DATASETS);
        assertThat(rec.rows).containsExactlyInAnyOrderElementsOf(result.datasets());
        assertThat(rec.judged).containsExactlyElementsOf(result.datasets());
        assertThat(rec.verdicts).containsExactlyElementsOf(result.report().datasets());
        for (int i = 0; i < DATASETS; i++) {
            assertThat(rec.findings.get(i)).containsExactlyElementsOf(
                    result.report().findingsFor(result.datasets().get(i).identifier()));
        }
        assertThat(rec.findings).anySatisfy(f -> assertThat(f).isNotEmpty());
        assertThat(rec.rows).allSatisfy(r -> assertThat(r.files()).allSatisfy(f -> assertThat(f.status().state())
                .isEqualTo(checkFiles ? AuditFileStatus.State.OK : AuditFileStatus.State.NOT_CHECKED)));
        int firstRow = rec.events.indexOf("row " + rec.rows.get(0).name());
        int harvestDone = rec.events.indexOf("HARVEST " + DATASETS + "/" + DATASETS);
        int firstVerdict = rec.events.indexOf("verdict " + result.datasets().get(0).name());
        assertThat(firstRow).isLessThan(harvestDone);
        assertThat(firstVerdict).isGreaterThan(rec.events.lastIndexOf("VALIDATE " + DATASETS + "/" + DATASETS));
        assertThat(rec.events.get(rec.events.size() - 1)).isEqualTo("DONE " + DATASETS + "/" + DATASETS);
    }

    @Test
    void rowsComeInTheOrderThePortalGivesThemAndTheResultIsInNameOrder() {
        Recorder rec = new Recorder();

        AuditResult result = PortalAudit.create(client).run(options().listener(rec).build());

        List<String> harvested = client.harvest(ua.opendata.ckan.CkanSearchQuery.builder()
                .fq("organization:" + AuditWorkflowTest.ORG).build()).map(d -> d.name()).toList();
        assertThat(rec.rows).extracting(AuditDataset::name).containsExactlyElementsOf(harvested);
        assertThat(result.datasets()).extracting(AuditDataset::name).isSorted();
    }

    @Test
    void slowFileChecksHoldBackTheHarvest() throws Exception {
        CountDownLatch open = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        AuditOptions o = options().pageSize(1).resourceCheckConcurrency(1).resourceCheck((d, r) -> {
            started.incrementAndGet();
            try {
                open.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new AuditFileStatus(AuditFileStatus.State.OK, null);
        }).build();
        long searchesBefore = searches();

        CompletableFuture<AuditResult> audit = CompletableFuture.supplyAsync(() -> PortalAudit.create(client).run(o));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (started.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(300); // time enough for an unbounded harvest to read many more pages
        long pagesWhileBlocked = searches() - searchesBefore;
        open.countDown();
        AuditResult result = audit.get(60, TimeUnit.SECONDS);

        // one dataset per page; with one check thread, at most 4 checks wait or run, so the harvest stops after
        // the few datasets whose resources fill them (each dataset here has at least one resource)
        assertThat(started.get()).isPositive();
        assertThat(pagesWhileBlocked).isBetween(1L, 8L);
        assertThat(result.datasets()).hasSize(DATASETS);
        assertThat(result.datasets()).allSatisfy(d -> assertThat(d.files()).allSatisfy(f -> assertThat(f.status()
                .state()).isEqualTo(AuditFileStatus.State.OK)));
        assertThat(searches() - searchesBefore).isGreaterThanOrEqualTo(DATASETS);
    }

    private static long searches() {
        return ckan.requests().stream().filter(r -> r.path().contains("/api/3/action/package_search")).count();
    }
}
