package ua.opendata.ckan.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.Iterator;
import java.util.stream.Stream;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.HarvestOptions;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanRawDataset;

/**
 * Issue 13's library figure: the CPU one harvest of the benchmark catalogue costs in a warm JVM
 * (an application that embeds the client), raw ({@link CkanClient#harvestRaw}, each dataset
 * written to a discarding stream as a JSON line) and typed ({@link CkanClient#harvest}, each
 * dataset re-encoded with {@code toJson()}, as the CLI did before). The CPU is the whole
 * process's (every thread: HTTP, parsing, JIT, GC) per harvest after warm-up; the server runs in
 * another process ({@code RecordedCatalogueServer}). Not run by {@code ./mvnw verify}.
 *
 * <p>{@code main(baseUrl, [warmup=5], [measured=10], [parallel=4])}.
 */
public final class WarmHarvest {
    private WarmHarvest() {}

    /**
     * Runs the harvests and prints one line per mode.
     *
     * @param args base URL, warm-up rounds, measured rounds, parallelism
     * @throws IOException never (the output discards)
     */
    public static void main(String[] args) throws IOException {
        String base = args[0];
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int parallel = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        CkanSearchQuery q = CkanSearchQuery.builder().fq("organization:perf-org").build();
        HarvestOptions options = new HarvestOptions(1000, parallel);
        try (CkanClient client = CkanClient.builder(base).maxConcurrentRequests(Math.max(4, parallel)).build()) {
            for (String mode : new String[] {"raw", "typed"}) {
                for (int i = 0; i < warmup; i++) {
                    run(client, q, options, mode);
                }
                long cpu0 = cpu();
                long t0 = System.nanoTime();
                long n = 0;
                for (int i = 0; i < measured; i++) {
                    n += run(client, q, options, mode);
                }
                double cpu = (cpu() - cpu0) / 1e9 / measured;
                double wall = (System.nanoTime() - t0) / 1e9 / measured;
                System.out.printf("warm-%s: %d datasets per harvest, CPU %.3f s, wall %.3f s per harvest "
                        + "(%d warm-up, %d measured, parallel %d)%n", mode, n / measured, cpu, wall,
                        warmup, measured, parallel);
            }
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long run(CkanClient client, CkanSearchQuery q, HarvestOptions options, String mode)
            throws IOException {
        OutputStream out = OutputStream.nullOutputStream();
        long n = 0;
        if (mode.equals("raw")) {
            try (Stream<CkanRawDataset> s = client.harvestRaw(q, options)) {
                Iterator<CkanRawDataset> it = s.iterator();
                while (it.hasNext()) {
                    it.next().writeTo(out);
                    out.write('\n');
                    n++;
                }
            }
        } else {
            com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
            try (Stream<CkanDataset> s = client.harvest(q, options)) {
                Iterator<CkanDataset> it = s.iterator();
                while (it.hasNext()) {
                    out.write(m.writeValueAsBytes(it.next().toJson()));
                    out.write('\n');
                    n++;
                }
            }
        }
        return n;
    }
}
