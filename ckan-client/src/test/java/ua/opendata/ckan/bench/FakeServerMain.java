package ua.opendata.ckan.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import ua.opendata.ckan.testkit.FakeCkan;

/**
 * Benchmark helper, run in its own JVM so that its memory does not count against the client's.
 * {@code fake <latencyMs> <datasets>}: a FakeCkan with that many datasets; {@code sink}: a server
 * that swallows uploads and answers {@code resource_create}. Prints the base URL, then serves
 * until stdin closes.
 */
public final class FakeServerMain {
    private FakeServerMain() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("sink")) {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            s.setExecutor(Executors.newFixedThreadPool(2));
            s.createContext("/", ex -> {
                long n = 0;
                try (InputStream in = ex.getRequestBody()) {
                    byte[] buf = new byte[1 << 16];
                    int r;
                    while ((r = in.read(buf)) > 0) {
                        n += r;
                    }
                }
                byte[] body = ("{\"help\": \"h\", \"success\": true, \"result\": {\"id\": \"r1\", "
                        + "\"url_type\": \"upload\", \"size\": " + n + "}}").getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            });
            s.start();
            System.out.println("http://127.0.0.1:" + s.getAddress().getPort());
            System.out.flush();
            System.in.read();
            s.stop(0);
            System.exit(0);
        }
        long latency = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        try (FakeCkan fake = FakeCkan.builder().latency(Duration.ofMillis(latency)).start()) {
            fake.createOrganization("perf-org", "Perf org");
            fake.seedDatasets("perf-org", "perf", count, Map.of(
                    "license_id", "cc-by",
                    "notes", "Перелік наборів даних розпорядника інформації. ".repeat(6),
                    "maintainer", "Іваненко Олена Петрівна",
                    "maintainer_email", "opendata@example.gov.ua",
                    "version", "1.0"));
            System.out.println(fake.baseUrl());
            System.out.flush();
            System.in.read();
        }
        System.exit(0);
    }
}
