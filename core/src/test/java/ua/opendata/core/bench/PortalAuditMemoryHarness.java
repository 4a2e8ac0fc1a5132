package ua.opendata.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.audit.AuditDataset;
import ua.opendata.core.audit.AuditFileStatus;
import ua.opendata.core.audit.AuditListener;
import ua.opendata.core.audit.AuditOptions;
import ua.opendata.core.audit.AuditProgress;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.audit.PortalAudit;

/**
 * Memory and wall time of a portal-wide audit (default 10,000 datasets, 30,000 resources) in a small heap. The
 * fake portal runs in this JVM (it holds every dataset, so it must not share the measured heap); the audit runs
 * in a child JVM started with the given heap limit (default {@code -Xmx128m}, serial collector) and the same
 * class path, which prints the wall time, the peak heap (the sum of the heap pools' peaks, an upper bound), the
 * live heap (after a full collection) when the harvest has ended — what the audit holds of every dataset — and
 * the live heap with the result. Two workloads: the metadata audit (harvest, mapping, rulebook) and the audit
 * with a stand-in file check that asks the portal for each resource ({@code resource_show}, one round trip per
 * file). Not a unit test: run with {@code java -cp <test classpath>
 * ua.opendata.core.bench.PortalAuditMemoryHarness [datasets] [resourcesPerDataset] [heap] [runs]
 * [metadata|files|both]}.
 */
public final class PortalAuditMemoryHarness {

    private static final String ORG = AuditHarness.ORG;

    private PortalAuditMemoryHarness() {
    }

    /** Seeds the fake and runs the child audits; {@code audit …} is the child's entry. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("audit")) {
            audit(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Boolean.parseBoolean(args[4]));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int per = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String heap = args.length > 2 ? args[2] : "128m";
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        String workloads = args.length > 4 ? args[4] : "both";
        try (FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true).threads(8).start()) {
            ckan.createOrganization(ORG, "Міська рада");
            long t0 = System.nanoTime();
            AuditHarness.seed(ckan, n, per);
            System.out.printf("seeded %,d datasets with %,d resources in %d ms; child heap -Xmx%s%n", n, n * per,
                    (System.nanoTime() - t0) / 1_000_000, heap);
            for (boolean files : new boolean[] {false, true}) {
                if (workloads.equals(files ? "metadata" : "files")) {
                    continue;
                }
                for (int r = 0; r < runs; r++) {
                    child(ckan.baseUrl(), n, per, files, heap);
                }
            }
        }
    }

    private static void child(String baseUrl, int n, int per, boolean files, String heap) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), PortalAuditMemoryHarness.class.getName(), "audit", baseUrl,
                String.valueOf(n), String.valueOf(per), String.valueOf(files)));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int code = p.waitFor();
        if (code != 0) {
            System.out.printf("child exited with %d (%s)%n", code, files ? "with file checks" : "metadata only");
        }
    }

    /** The child: one audit of the whole organization, then the figures. */
    private static void audit(String baseUrl, int n, int per, boolean files) {
        AtomicLong rows = new AtomicLong();
        AtomicLong verdicts = new AtomicLong();
        AtomicLong liveAfterHarvest = new AtomicLong();
        try (CkanClient client = CkanClient.builder(baseUrl).build()) {
            AuditOptions.Builder ob = AuditOptions.builder().organization(ORG).progress(p -> {
                if (p.stage() == AuditProgress.Stage.HARVEST && p.done() == p.total()) {
                    liveAfterHarvest.set(liveHeap()); // what the audit holds once every dataset is read
                }
            }).listener(new AuditListener() {
                @Override
                public void dataset(AuditDataset dataset) {
                    rows.incrementAndGet();
                }

                @Override
                public void verdict(AuditDataset dataset, ua.opendata.core.rules.DatasetResult verdict,
                                    List<ua.opendata.core.rules.Finding> findings) {
                    verdicts.incrementAndGet();
                }
            });
            if (files) {
                ob.resourceCheck((dataset, resource) -> {
                    client.resourceShow(resource.id());
                    return new AuditFileStatus(AuditFileStatus.State.OK, null);
                });
            }
            long t0 = System.nanoTime();
            AuditResult result = PortalAudit.create(client).run(ob.build());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (result.datasets().size() != n || result.fileCount() != n * per) {
                throw new IllegalStateException("audited " + result.datasets().size() + " datasets and "
                        + result.fileCount() + " files, expected " + n + " and " + n * per);
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            long held = liveHeap();
            System.out.printf("%-22s %,d datasets %,d files: %,7d ms, peak heap %3d MB, live after the harvest "
                            + "%3d MB, live with the result %3d MB, listener: %,d rows %,d verdicts, %,d findings%n",
                    files ? "with file round trips" : "metadata only", result.datasets().size(), result.fileCount(),
                    ms, peak >> 20, liveAfterHarvest.get() >> 20, held >> 20, rows.get(), verdicts.get(),
                    result.report().findings().size());
        }
    }

    /** The heap in use after a full collection (the serial collector's {@code System.gc()} is one). */
    private static long liveHeap() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }
}
