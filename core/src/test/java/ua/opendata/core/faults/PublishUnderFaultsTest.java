package ua.opendata.core.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.RetryPolicy;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanTag;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.PublishTarget;
import ua.opendata.core.publish.ApplyOptions;
import ua.opendata.core.publish.ItemResult;
import ua.opendata.core.publish.PlanAction;
import ua.opendata.core.publish.PlanItem;
import ua.opendata.core.publish.PortalPublisher;
import ua.opendata.core.publish.PublishOptions;
import ua.opendata.core.publish.PublishPlan;
import ua.opendata.core.publish.PublishResult;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.EntryPassports;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.sample.SampleRegister;

/**
 * The bundled sample register, with a few dataset files, published with {@link PortalPublisher} plan and
 * apply (as the CLI's {@code publish} does) through a {@link FaultProxy}: with every {@link Fault} at random
 * (seeded; stock CKAN 2.10, data.gov.ua's schema on 2.10 and on 2.7, where updates go by {@code
 * package_update}), and with every fault in turn on the first calls of each write action. A third of the
 * register is already on the portal in an older version (other titles and keywords, older files), so the
 * runs create, update and upload. Publishing is rerun while the faults go on, until a run finds nothing to
 * do or {@value #FAULTY_RUNS} runs were made; then the faults stop and at most two more runs must bring it
 * to nothing to do. Then, on the server directly: every dataset of the register exactly once, each created
 * once; no duplicate resource (by name, link or distribution); every file stored once, uploaded once, with
 * its SHA-256; every owned field as the register says (a fresh plan against the server finds nothing to
 * change, and title, description and keywords are checked); the last run made no write call at all; no run
 * reported a conflict (nobody else writes here) or failed an item on a 429 or 503 with {@code Retry-After}.
 * A failure prints the runs and the proxy's journal (seed, request number, action, fault, the server's
 * status); a seed is replayed by running it again (apply works one dataset at a time, so the requests come
 * in the same order, unless a loaded machine turns an answer into a timeout).
 */
class PublishUnderFaultsTest {

    private static final int FAULTY_RUNS = 5;
    private static final double FAULT_RATE = 0.12;
    private static final String ORG = "shchastia-mva";
    /** Identifiers already published in an older version before the faulty runs. */
    private static final Set<String> OLDER = Set.of("shch-001", "shch-002", "shch-003", "shch-004", "shch-005",
            "shch-006", "shch-007", "shch-008");
    /** Identifiers that get one distribution with a local file: two older ones (new file version), two new. */
    private static final List<String> WITH_FILES = List.of("shch-002", "shch-006", "shch-010", "shch-014");
    private static final ApplyOptions APPLY = ApplyOptions.execute().pacing(Duration.ZERO).concurrency(1);

    private FakeCkan fake;
    private FaultProxy proxy;
    private CkanClient direct;
    private CkanClient client;
    private Path dir;
    private final List<String> log = new ArrayList<>();

    /** The portal behind the proxy: the schema, the CKAN version and the profile that fits them. */
    enum Portal {
        /** Stock CKAN 2.10 (with {@code package_revise}), stock profile. */
        STOCK_2_10(false, false),
        /** CKAN 2.10 with data.gov.ua's fields, data.gov.ua profile. */
        DGUA_2_10(true, false),
        /** CKAN 2.7 with data.gov.ua's fields (no {@code package_revise}: updates go by {@code package_update}). */
        DGUA_2_7(true, true);

        final boolean dgua;
        final boolean ckan27;

        Portal(boolean dgua, boolean ckan27) {
            this.dgua = dgua;
            this.ckan27 = ckan27;
        }

        PortalProfile profile() {
            return dgua ? PortalProfile.dataGovUa() : PortalProfile.stockCkan();
        }

        /**
         * Whether the portal takes the passport at all, faults or not: the sample carries deliberate defects
         * for the validator (an entry without keywords, a frequency outside the portal's nine values), which
         * data.gov.ua's schema refuses on every run; those entries are left out there.
         */
        boolean accepts(Passport p) {
            return !dgua || !p.keywords().isEmpty()
                    && profile().cannotHold(p).stream().noneMatch(n -> n.kind() == MappingNote.Kind.REFUSED);
        }
    }

    private void start(Portal portal) throws IOException {
        FakeCkan.Builder b = FakeCkan.builder().dataGovUaSchema(portal.dgua);
        if (portal.ckan27) {
            b.ckanVersion("2.7.2").packageRevise(false);
        }
        fake = b.start();
        fake.createOrganization(ORG, "Щастинська МВА");
        proxy = FaultProxy.builder(fake.baseUrl()).retryAfterSeconds(1).stall(Duration.ofMillis(2500))
                .trickle(Duration.ofMillis(80)).start();
        direct = CkanClient.builder(fake.baseUrl()).apiKey(fake.sysadminKey()).build();
        client = CkanClient.builder(proxy.baseUrl()).apiKey(fake.sysadminKey())
                .responseTimeout(Duration.ofSeconds(1)).callTimeout(Duration.ofSeconds(8))
                .retryPolicy(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofSeconds(2),
                        RetryPolicy.defaults().retryableWrites()))
                .build();
        dir = Files.createTempDirectory("uaod-publish-faults");
    }

    @AfterEach
    void stop() throws IOException {
        if (fake == null) {
            return;
        }
        client.close();
        direct.close();
        proxy.close();
        fake.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The register, its passports and files, in one version. */
    private record Version(Register register, Map<String, Passport> passports, Map<String, Path> files,
                           Map<String, String> sha256ByName) {
    }

    /** One publish run: the plan (or why planning failed), the result, and the exchanges it made. */
    /** Whether a plan has nothing to do: every item unchanged, or a conflict of a twice-given identifier. */
    private static boolean settled(PublishPlan plan) {
        Map<String, Long> seen = new LinkedHashMap<>();
        for (PlanItem i : plan.items()) {
            if (i.identifier() != null) {
                seen.merge(i.identifier(), 1L, Long::sum);
            }
        }
        return plan.items().stream().allMatch(i -> i.action() == PlanAction.UNCHANGED
                || i.action() == PlanAction.CONFLICT && i.identifier() != null && seen.get(i.identifier()) > 1);
    }

    private record Run(int no, @Nullable PublishPlan plan, @Nullable String planFailure,
                       @Nullable PublishResult result, List<FaultProxy.Exchange> exchanges, long millis) {

        /**
         * Every dataset is as the register says: all items unchanged but the register's own conflicts (an
         * identifier given twice), which no run can resolve.
         */
        boolean nothingToDo() {
            return plan != null && settled(plan);
        }

        long writeCalls() {
            return exchanges.stream().filter(e -> FaultProxy.isWrite(e.action())).count();
        }

        String summary() {
            String what = plan == null ? "plan failed: " + planFailure
                    : "plan " + plan.summary() + conflicts(plan) + ", apply "
                    + (result == null ? "-" : outcomes(result));
            return "run " + no + " (" + millis + " ms): " + exchanges.size() + " requests, " + writeCalls()
                    + " write calls, "
                    + exchanges.stream().filter(e -> e.fault() != null).count() + " faults; " + what;
        }

        private static String conflicts(PublishPlan p) {
            return p.items(PlanAction.CONFLICT).stream().map(i -> " [conflict " + i.name() + ": "
                    + (i.reason() == null ? "" : i.reason().en()) + "]").collect(Collectors.joining());
        }

        private static String outcomes(PublishResult r) {
            Map<ItemResult.Outcome, Long> m = new LinkedHashMap<>();
            for (ItemResult.Outcome o : ItemResult.Outcome.values()) {
                m.put(o, r.count(o));
            }
            String failed = r.items().stream().filter(i -> i.outcome() == ItemResult.Outcome.FAILED
                            || i.outcome() == ItemResult.Outcome.CONFLICT)
                    .map(i -> i.name() + ": " + i.message().en()).collect(Collectors.joining(" | "));
            return m + (failed.isEmpty() ? "" : " [" + failed + "]");
        }
    }

    static Stream<Arguments> seeds() {
        return Stream.of(Arguments.of(7L, Portal.STOCK_2_10), Arguments.of(1207L, Portal.STOCK_2_10),
                Arguments.of(20261207L, Portal.DGUA_2_10), Arguments.of(835L, Portal.DGUA_2_7));
    }

    @ParameterizedTest(name = "seed {0} on {1}")
    @MethodSource("seeds")
    void publishingThroughSeededFaultsConvergesWithoutLossOrDuplicates(long seed, Portal portal) throws IOException {
        start(portal);
        publishThroughFaults(portal, "seed " + seed + " on " + portal + ", fault rate " + FAULT_RATE,
                () -> proxy.faultsOn(FaultSchedule.everyFault(seed, FAULT_RATE)));
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = Portal.class, names = {"STOCK_2_10", "DGUA_2_7"})
    void publishingThroughEveryFaultOnEveryWriteConvergesWithoutLossOrDuplicates(Portal portal) throws IOException {
        start(portal);
        publishThroughFaults(portal, "every fault, in turn, on the first calls of each write action, on " + portal,
                () -> {
                    for (Fault f : Fault.values()) {
                        proxy.inject("package_create", f).inject("package_revise", f).inject("package_update", f)
                                .inject("resource_patch", f);
                    }
                });
    }

    /**
     * Publishes the older third of the register directly, then the current register through the proxy with
     * the faults on, at most {@value #FAULTY_RUNS} times or until nothing is left to do, then with the faults
     * off at most twice; asserts convergence, then the portal.
     */
    private void publishThroughFaults(Portal portal, String label, Runnable faultsOn) throws IOException {
        Version older = version(true, portal);
        Version current = version(false, portal);
        PublishOptions options = PublishOptions.builder(ORG).validate(false).profile(portal.profile()).build();
        // the older third of the register, published directly (no proxy), until nothing is left to do
        for (int i = 0; i < 3 && !publish(direct, older, options, 0).nothingToDo(); i++) {
            // again
        }
        assertThat(publish(direct, older, options, 0).nothingToDo()).as("the older version went up").isTrue();
        long firstFaultyNo = proxy.lastNo();

        faultsOn.run();
        List<Run> runs = new ArrayList<>();
        for (int n = 1; n <= FAULTY_RUNS; n++) {
            Run r = publish(client, current, options, n);
            runs.add(r);
            log.add(r.summary());
            if (r.nothingToDo()) {
                break;
            }
        }
        proxy.faultsOff();
        List<Run> clean = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            Run r = publish(client, current, options, runs.size() + n);
            clean.add(r);
            log.add(r.summary() + " (faults off)");
            if (r.nothingToDo()) {
                break;
            }
        }
        String story = label + "\n" + String.join("\n", log) + "\n" + proxy.journal();

        Run last = clean.get(clean.size() - 1);
        assertThat(last.nothingToDo()).as("converged in at most 2 runs after the faults stopped: " + story).isTrue();
        assertThat(last.writeCalls()).as("the last run made no write call: " + story).isZero();
        assertThat(runs.stream().mapToLong(r -> r.exchanges().stream().filter(e -> e.fault() != null).count()).sum())
                .as("faults were injected: " + story).isPositive();
        List<ItemResult> items = Stream.concat(runs.stream(), clean.stream()).filter(r -> r.result() != null)
                .flatMap(r -> r.result().items().stream()).toList();
        assertThat(items).filteredOn(i -> i.outcome() == ItemResult.Outcome.CONFLICT)
                .as("nobody else writes to this portal, so no run may report a conflict (that someone else "
                        + "changed a dataset, and that nothing was written): " + story).isEmpty();
        assertThat(items).filteredOn(i -> i.outcome() == ItemResult.Outcome.FAILED
                        && (i.message().en().contains("HTTP 429") || i.message().en().contains("HTTP 503")))
                .as("a 429 or 503 with Retry-After proves nothing reached the server: the call is retried, not "
                        + "failed: " + story).isEmpty();
        assertPortalMatches(current, options, firstFaultyNo, story, older.passports().size());
    }

    private void assertPortalMatches(Version v, PublishOptions options, long firstFaultyNo, String story,
                                     int alreadyThere) {
        Map<String, RegisterEntry> byName = new LinkedHashMap<>();
        for (RegisterEntry e : v.register().entries()) {
            byName.put(PublishTarget.of(ORG).datasetName(v.passports().get(e.identifier())), e);
        }
        List<String> onPortal = direct.harvest(CkanSearchQuery.builder().fq("organization:" + ORG)
                .includePrivate(true).build()).map(CkanDataset::name).toList();
        assertThat(onPortal).as("every dataset exactly once: " + story)
                .containsExactlyInAnyOrderElementsOf(byName.keySet());
        for (Map.Entry<String, RegisterEntry> e : byName.entrySet()) {
            String name = e.getKey();
            Passport p = v.passports().get(e.getValue().identifier());
            CkanDataset d = direct.packageShow(name);
            assertThat(d.title()).as(name + " title: " + story).isEqualTo(p.title());
            assertThat(d.notes()).as(name + " description: " + story).isEqualTo(p.description());
            assertThat(d.tags() == null ? Set.of() : d.tags().stream().map(CkanTag::name).collect(Collectors.toSet()))
                    .as(name + " keywords: " + story).isEqualTo(new HashSet<>(p.keywords()));
            List<CkanResource> resources = d.resources() == null ? List.of() : d.resources();
            assertThat(resources).extracting(CkanResource::name).as(name + " resources by name: " + story)
                    .doesNotHaveDuplicates();
            assertThat(resources).extracting(CkanResource::url).as(name + " resources by link: " + story)
                    .doesNotHaveDuplicates();
            assertThat(resources).extracting(r -> String.valueOf(r.other().get("r835_distribution")))
                    .as(name + " resources by distribution: " + story).doesNotHaveDuplicates();
            assertThat(resources).as(name + " one resource per distribution: " + story)
                    .hasSize(p.distributions().size());
            String sha = v.sha256ByName().get(name);
            if (sha != null) {
                CkanResource r = resources.get(0);
                JsonNode stored = r.other().get("r835_sha256");
                assertThat(r.urlType()).as(name + " file uploaded: " + story).isEqualTo("upload");
                assertThat(stored == null ? null : stored.asText()).as(name + " r835_sha256: " + story).isEqualTo(sha);
                assertThat(WriteKind.downloadSha256(r.url())).as(name + " stored file: " + story).isEqualTo(sha);
            }
        }
        List<FaultProxy.Exchange> after = proxy.exchanges(firstFaultyNo, e -> true);
        long creates = after.stream().filter(e -> e.landedWrite() && "package_create".equals(e.action())).count();
        assertThat(creates).as("each new dataset created once: " + story)
                .isEqualTo(byName.size() - alreadyThere);
        long uploads = after.stream().filter(e -> e.landedWrite() && e.multipart()).count();
        assertThat(uploads).as("every file uploaded once: " + story).isEqualTo(WITH_FILES.size());
        PublishPlan check = PortalPublisher.create(direct).plan(v.register(), v.passports(), v.files(), options);
        assertThat(settled(check)).as("no lost write: " + check.render(Locale.ENGLISH) + story).isTrue();
    }

    /** Plans and applies one version through a client; a failed plan is a run that did nothing. */
    private Run publish(CkanClient c, Version v, PublishOptions options, int no) {
        long mark = proxy.lastNo();
        long start = System.nanoTime();
        PublishPlan plan = null;
        String failure = null;
        PublishResult result = null;
        try {
            plan = PortalPublisher.create(c).plan(v.register(), v.passports(), v.files(), options);
        } catch (CkanException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (plan != null) {
            result = PortalPublisher.create(c).apply(plan, APPLY);
        }
        proxy.awaitIdle(Duration.ofSeconds(5));
        return new Run(no, plan, failure, result, proxy.exchanges(mark, e -> true),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The sample register with passports made of its columns; the entries of {@link #WITH_FILES} get one CSV
     * distribution each and a local file. The older version has other titles and keywords for the entries of
     * {@link #OLDER} (and only those entries) and older files.
     */
    private Version version(boolean older, Portal portal) throws IOException {
        Register sample;
        try (InputStream in = SampleRegister.openCsv()) {
            sample = RegisterCsvReader.defaults().read(in, SampleRegister.CSV_FILE_NAME).register();
        }
        List<RegisterEntry> entries = new ArrayList<>();
        Map<String, Passport> passports = new LinkedHashMap<>();
        Map<String, Path> files = new LinkedHashMap<>();
        Map<String, String> shas = new LinkedHashMap<>();
        for (RegisterEntry e : sample.entries()) {
            if (older && !OLDER.contains(e.identifier()) || !portal.accepts(EntryPassports.toPassport(e))) {
                continue;
            }
            RegisterEntry entry = older ? e.toBuilder().title("Попередня назва: " + e.title())
                    .keywords(List.of("стара версія", "відкриті дані")).build() : e;
            entries.add(entry);
            Passport p = EntryPassports.toPassport(entry);
            if (WITH_FILES.contains(e.identifier())) {
                String url = "https://shchastia-sample.gov.ua/opendata/" + e.identifier() + "/data.csv";
                p = p.toBuilder().distributions(List.of(new Distribution("Дані", url, DataFormat.parse("CSV"), null,
                        null, null))).build();
                Path file = dir.resolve((older ? "older-" : "current-") + e.identifier() + ".csv");
                Files.writeString(file, "id,назва,версія\n1," + e.identifier() + ","
                        + (older ? "стара" : "нова") + "\n", StandardCharsets.UTF_8);
                files.put(url, file);
                shas.put(PublishTarget.of(ORG).datasetName(p), WriteKind.sha256(file));
            }
            passports.put(e.identifier(), p);
        }
        return new Version(new Register(entries, sample.extraColumns()), passports, files, shas);
    }
}
