package ua.opendata.core.bench;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.audit.AuditFileStatus;
import ua.opendata.core.audit.AuditOptions;
import ua.opendata.core.audit.AuditResourceCheck;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.audit.PortalAudit;

/**
 * Wall time of a portal audit of one publisher (default 500 datasets, 1,500 resources) against the fake
 * data.gov.ua with a fixed latency on every answer: a client limited to one request in flight
 * ({@code maxConcurrentRequests(1)}) against the default client (4). Two workloads: the metadata audit alone
 * (harvest, mapping, rulebook, comparison) and the audit with a stand-in file check that asks the portal for
 * each resource ({@code resource_show}), one network round trip per file as a real checker makes. Not a unit
 * test: run with {@code java -cp <test classpath> ua.opendata.core.bench.AuditHarness [datasets]
 * [resourcesPerDataset] [latencyMs] [runs]}.
 */
public final class AuditHarness {

    static final String ORG = "city";
    private static final String[] FORMATS = {"csv", "xlxs", "JSON", "text/csv; charset=utf-8", "XLSX", "xml"};
    private static final String[] FREQUENCIES = {"once a month", "once a quarter", "once a year", "once a week"};

    private AuditHarness() {
    }

    /** Runs the harness and prints one line per configuration, then the ratios. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int per = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long latencyMs = args.length > 2 ? Long.parseLong(args[2]) : 20;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        System.out.printf("datasets=%d resources=%d latency=%d ms per answer runs=%d (median shown)%n", n, n * per,
                latencyMs, runs);
        try (FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true).threads(16)
                .latency(Duration.ofMillis(latencyMs)).start()) {
            ckan.createOrganization(ORG, "Міська рада");
            seed(ckan, n, per);
            long[] metaSeq = measure(ckan, 1, false, runs, n, per);
            long[] metaDef = measure(ckan, 0, false, runs, n, per);
            long[] filesSeq = measure(ckan, 1, true, runs, n, per);
            long[] filesDef = measure(ckan, 0, true, runs, n, per);
            print("metadata only, sequential client (1 in flight)", metaSeq);
            print("metadata only, default client (4 in flight)", metaDef);
            print("with per-file round trip, sequential client", filesSeq);
            print("with per-file round trip, default client + resourceCheckConcurrency 4", filesDef);
            System.out.printf("ratio sequential/default: metadata only %.2f, with files %.2f%n",
                    (double) median(metaSeq) / median(metaDef), (double) median(filesSeq) / median(filesDef));
        }
    }

    /** Creates {@code n} datasets of {@code per} resources each in organization {@value #ORG}, 16 at a time. */
    static void seed(FakeCkan ckan, int n, int per) throws Exception {
        try (CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey())
                .maxConcurrentRequests(16).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                int k = i;
                done.add(pool.submit(() -> client.packageCreate(dataset(k, per))));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
        }
    }

    private static CkanDatasetWrite dataset(int i, int per) {
        String id = String.format("city-%04d", i);
        CkanDatasetWrite.Builder b = CkanDatasetWrite.builder().name(id).title("Набір даних №" + i)
                .notes("Опис набору " + i).ownerOrg(ORG).licenseId("cc-by")
                .maintainer("Петренко Іван").maintainerEmail("opendata@city.gov.ua")
                .field("purpose_of_collecting_information", "Постанова КМУ № 835")
                .field("update_frequency", FREQUENCIES[i % FREQUENCIES.length])
                .field("tag_string", "відкриті дані,набір " + i).field("language", "ua")
                .extra(new CkanExtra("r835_identifier", TextNode.valueOf(id), Map.of()));
        for (int r = 1; r <= per; r++) {
            b.resource(CkanResourceWrite.builder().name("Файл " + r).url("https://city.gov.ua/od/" + id + "/" + r)
                    .format(FORMATS[(i + r) % FORMATS.length])
                    .field("last_modified", String.format("2026-%02d-%02dT10:00:00", 1 + (i + r) % 11, 1 + r))
                    .build());
        }
        return b.build();
    }

    /** Wall times in ms of {@code runs} audits; {@code maxConcurrent} 0 means the client's default. */
    private static long[] measure(FakeCkan ckan, int maxConcurrent, boolean files, int runs, int n, int per) {
        long[] ms = new long[runs];
        for (int r = -1; r < runs; r++) { // one warm-up
            CkanClient.Builder cb = CkanClient.builder(ckan.baseUrl());
            if (maxConcurrent > 0) {
                cb.maxConcurrentRequests(maxConcurrent);
            }
            try (CkanClient client = cb.build()) {
                AuditResourceCheck check = (dataset, resource) -> {
                    client.resourceShow(resource.id());
                    return new AuditFileStatus(AuditFileStatus.State.OK, null);
                };
                AuditOptions.Builder ob = AuditOptions.builder().organization(ORG);
                if (files) {
                    ob.resourceCheck(check);
                }
                long t0 = System.nanoTime();
                AuditResult result = PortalAudit.create(client).run(ob.build());
                long elapsed = (System.nanoTime() - t0) / 1_000_000;
                if (result.datasets().size() != n || result.fileCount() != n * per) {
                    throw new IllegalStateException("audited " + result.datasets().size() + " datasets and "
                            + result.fileCount() + " files, expected " + n + " and " + n * per);
                }
                if (r >= 0) {
                    ms[r] = elapsed;
                }
            }
        }
        return ms;
    }

    private static long median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static void print(String label, long[] ms) {
        System.out.printf("%-75s median %6d ms  all %s%n", label, median(ms), Arrays.toString(ms));
    }
}
