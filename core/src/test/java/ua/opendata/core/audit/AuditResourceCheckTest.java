package ua.opendata.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.audit.AuditWorkflowTest.City;

/** The extension point for file checks: every resource once, in order, bounded concurrency, failures contained. */
class AuditResourceCheckTest {

    private static FakeCkan ckan;
    private static CkanClient client;

    @BeforeAll
    static void start() {
        ckan = AuditWorkflowTest.fake();
        client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).zone(AuditWorkflowTest.KYIV).build();
        new City(20, 7).publish(client, AuditWorkflowTest.ORG);
    }

    @AfterAll
    static void stop() {
        client.close();
        ckan.close();
    }

    private static AuditOptions.Builder options() {
        return AuditOptions.builder().organization(AuditWorkflowTest.ORG).rulebook(AuditWorkflowTest.rulebook());
    }

    @ParameterizedTest(name = "{0} at a time")
    @ValueSource(ints = {1, 4})
    void everyResourceIsCheckedOnceAndItsVerdictLandsOnItsFile(int concurrency) {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        AuditResult r = PortalAudit.create(client).run(options().resourceCheckConcurrency(concurrency)
                .resourceCheck((dataset, resource) -> {
                    calls.incrementAndGet();
                    seen.add(resource.id());
                    peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(15);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        inFlight.decrementAndGet();
                    }
                    boolean dead = resource.url().endsWith("/2.dat");
                    return new AuditFileStatus(dead ? AuditFileStatus.State.FAILED : AuditFileStatus.State.OK,
                            dead ? new LocalizedText("недоступний", "unreachable") : null);
                }).build());
        assertThat(calls.get()).isEqualTo(r.fileCount()).isPositive();
        assertThat(seen).hasSize(r.fileCount());
        assertThat(peak.get()).isLessThanOrEqualTo(concurrency);
        if (concurrency > 1) {
            assertThat(peak.get()).isGreaterThan(1);
        }
        for (AuditDataset d : r.datasets()) {
            for (AuditFile f : d.files()) {
                assertThat(f.status().state()).as(f.url()).isEqualTo(f.url().endsWith("/2.dat")
                        ? AuditFileStatus.State.FAILED : AuditFileStatus.State.OK);
            }
        }
    }

    @Test
    void aCheckThatThrowsFailsItsFileAndTheAuditGoesOn() {
        AuditResult r = PortalAudit.create(client).run(options().resourceCheck((dataset, resource) -> {
            if (resource.url().endsWith("/1.dat")) {
                throw new IllegalStateException("boom");
            }
            return new AuditFileStatus(AuditFileStatus.State.OK, null);
        }).build());
        List<AuditFile> files = r.datasets().stream().flatMap(d -> d.files().stream()).toList();
        assertThat(files).filteredOn(f -> f.url().endsWith("/1.dat")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.status().state()).isEqualTo(AuditFileStatus.State.FAILED);
            assertThat(f.status().detail().en()).contains("IllegalStateException");
            assertThat(f.status().detail().uk()).contains("IllegalStateException");
        });
        assertThat(files).filteredOn(f -> !f.url().endsWith("/1.dat"))
                .allSatisfy(f -> assertThat(f.status().state()).isEqualTo(AuditFileStatus.State.OK));
    }

    @Test
    void fileChecksReportTheirProgress() {
        List<AuditProgress> progress = new CopyOnWriteArrayList<>();
        AuditResult r = PortalAudit.create(client).run(options().progress(progress::add)
                .resourceCheck((dataset, resource) -> AuditFileStatus.NOT_CHECKED).build());
        // the checks start while the harvest goes on: the stage may begin with some done, never goes back
        List<AuditProgress> checks = progress.stream().filter(p -> p.stage() == AuditProgress.Stage.CHECK_FILES).toList();
        assertThat(checks).allSatisfy(p -> assertThat(p.total()).isEqualTo(r.fileCount()));
        assertThat(checks).extracting(AuditProgress::done).isSorted().allSatisfy(d -> assertThat(d).isBetween(0,
                r.fileCount()));
        assertThat(progress).filteredOn(p -> p.stage() == AuditProgress.Stage.CHECK_FILES)
                .last().isEqualTo(new AuditProgress(AuditProgress.Stage.CHECK_FILES, r.fileCount(), r.fileCount()));
        assertThat(progress.stream().map(AuditProgress::stage).distinct()).containsExactly(
                AuditProgress.Stage.HARVEST, AuditProgress.Stage.CHECK_FILES, AuditProgress.Stage.VALIDATE,
                AuditProgress.Stage.DONE);
    }

    @Test
    void optionsFailFastOnValuesThatCannotWork() {
        assertThatThrownBy(() -> AuditOptions.builder().organization("Кропивницька міська рада"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organization");
        assertThatThrownBy(() -> AuditOptions.builder().datasetPageBase("ftp://x/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https://");
        assertThatThrownBy(() -> AuditOptions.builder().resourceCheckConcurrency(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditOptions.builder().pageSize(1001)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditOptions.builder().datasetPageBase("https://opendata.city.ua/dataset").build()
                .datasetPageBase()).isEqualTo("https://opendata.city.ua/dataset/");
    }
}
