package ua.opendata.ckan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.CkanUploadProgress;
import ua.opendata.ckan.CkanUploaded;
import ua.opendata.ckan.HarvestOptions;
import ua.opendata.ckan.RetryPolicy;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanResourceWrite;

/**
 * Benchmark harness (not a unit test): {@code harvest <url>}, {@code harvest-parallel <url>
 * [parallelism]}, {@code naive <url>}, {@code calls
 * <url> <n>}, {@code upload <url> <bytes>}. Prints one line of figures. Run each in a fresh JVM
 * with the heap limit under test (e.g. {@code -Xmx128m}, {@code -Xmx64m}).
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String url = args[1];
        resetPeaks();
        long start = System.nanoTime();
        String figures;
        switch (mode) {
            case "harvest":
            case "harvest-parallel": {
                int parallelism = mode.equals("harvest") ? 1
                        : args.length > 2 ? Integer.parseInt(args[2]) : 4;
                AtomicInteger requests = new AtomicInteger();
                CloseableHttpClient http = HttpClients.custom().disableCookieManagement()
                        .disableRedirectHandling()
                        .addRequestInterceptorFirst((req, entity, ctx) -> requests.incrementAndGet()).build();
                try (CkanClient c = CkanClient.builder(url).httpClient(http)
                        .maxConcurrentRequests(Math.max(4, parallelism)).build();
                        Stream<CkanDataset> s = c.harvest(CkanSearchQuery.builder().build(),
                                new HarvestOptions(1000, parallelism))) {
                    Set<String> ids = new HashSet<>();
                    long n = s.filter(d -> ids.add(d.id())).count();
                    figures = "datasets=" + n + " requests=" + requests.get() + " parallelism="
                            + parallelism;
                } finally {
                    http.close();
                }
                break;
            }
            case "naive": {
                HttpClient http = HttpClient.newHttpClient();
                ObjectMapper m = new ObjectMapper();
                int requests = 0;
                Set<String> ids = new HashSet<>();
                for (int startAt = 0; ; startAt += 1000) {
                    String body = http.send(HttpRequest.newBuilder(URI.create(url
                            + "/api/3/action/package_search?q=*:*&rows=1000&start=" + startAt)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    requests++;
                    JsonNode results = m.readTree(body).path("result").path("results");
                    if (results.isEmpty()) {
                        break;
                    }
                    results.forEach(d -> ids.add(d.path("id").asText()));
                }
                figures = "datasets=" + ids.size() + " requests=" + requests;
                break;
            }
            case "calls": {
                int n = Integer.parseInt(args[2]);
                try (CkanClient c = CkanClient.builder(url).retryPolicy(RetryPolicy.none()).build()) {
                    for (int i = 0; i < 200; i++) {
                        c.statusShow();
                    }
                    long t0 = System.nanoTime();
                    for (int i = 0; i < n; i++) {
                        c.statusShow();
                    }
                    long client = System.nanoTime() - t0;
                    HttpClient http = HttpClient.newHttpClient();
                    ObjectMapper m = new ObjectMapper();
                    HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/api/3/action/status_show"))
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .header("Content-Type", "application/json").build();
                    for (int i = 0; i < 200; i++) {
                        m.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
                    }
                    long t1 = System.nanoTime();
                    for (int i = 0; i < n; i++) {
                        m.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
                    }
                    long raw = System.nanoTime() - t1;
                    figures = String.format("client_us_per_call=%.1f raw_jdk_us_per_call=%.1f",
                            client / 1000.0 / n, raw / 1000.0 / n);
                }
                break;
            }
            case "upload": {
                long size = Long.parseLong(args[2]);
                Path file = Files.createTempFile("uaod-upload", ".bin");
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.setLength(size);
                }
                try (CkanClient c = CkanClient.builder(url).apiKey("k").maxUploadBytes(size)
                        .retryPolicy(RetryPolicy.none()).build()) {
                    CkanUploaded up = c.uploadNew(CkanResourceWrite.builder().packageId("p").build(), file,
                            CkanUploadProgress.none());
                    figures = "sent=" + up.bytes() + " server_size=" + up.resource().size() + " sha256="
                            + up.sha256().substring(0, 12) + "…";
                } finally {
                    Files.delete(file);
                }
                break;
            }
            default:
                throw new IllegalArgumentException(mode);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long cpuMs = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : -1;
        System.out.println(mode + " wall_ms=" + ms + " " + figures + " cpu_ms=" + cpuMs + " peak_heap_mb="
                + peakHeapMb() + " max_heap_mb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
