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
 * that swallows uploads and answers {@code resource_create}; {@code cached <latencyMs> <datasets>}:
 * the same FakeCkan without latency behind a front server that keeps every answer it has passed on
 * and adds the latency itself, concurrently. The fake builds a page of 1,000 datasets in about
 * 0.1–0.2 s of CPU, one search at a time; a real CKAN's time per page is server-side latency that
 * concurrent requests overlap. Behind the cache, every round after a warm-up measures the clients
 * and the latency, not the fake. Prints the base URL, then serves until stdin closes.
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
        boolean cached = args[0].equals("cached");
        try (FakeCkan fake = FakeCkan.builder().latency(Duration.ofMillis(cached ? 0 : latency)).start()) {
            fake.createOrganization("perf-org", "Perf org");
            fake.seedDatasets("perf-org", "perf", count, Map.of(
                    "license_id", "cc-by",
                    "notes", "Перелік наборів даних розпорядника інформації. ".repeat(6),
                    "maintainer", "Іваненко Олена Петрівна",
                    "maintainer_email", "opendata@example.gov.ua",
                    "version", "1.0"));
            if (cached) {
                HttpServer front = cachingFront(fake.baseUrl(), latency);
                System.out.println("http://127.0.0.1:" + front.getAddress().getPort());
                System.out.flush();
                System.in.read();
                front.stop(0);
            } else {
                System.out.println(fake.baseUrl());
                System.out.flush();
                System.in.read();
            }
        }
        System.exit(0);
    }

    private record Answer(int status, String contentType, byte[] body) {
    }

    /** A front server that answers each distinct request (method, URI, body) from the fake once, then from memory. */
    private static HttpServer cachingFront(String backend, long latencyMillis) throws java.io.IOException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        Map<String, Answer> answers = new java.util.concurrent.ConcurrentHashMap<>();
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        s.setExecutor(Executors.newFixedThreadPool(32));
        s.createContext("/", ex -> {
            try {
                byte[] request;
                try (InputStream in = ex.getRequestBody()) {
                    request = in.readAllBytes();
                }
                String key = ex.getRequestMethod() + " " + ex.getRequestURI() + "\n"
                        + new String(request, StandardCharsets.UTF_8);
                Answer a = answers.get(key);
                if (a == null) {
                    java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(backend + ex.getRequestURI()));
                    String type = ex.getRequestHeaders().getFirst("Content-Type");
                    if (type != null) {
                        b.header("Content-Type", type);
                    }
                    b.method(ex.getRequestMethod(), request.length == 0
                            ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofByteArray(request));
                    java.net.http.HttpResponse<byte[]> r = http.send(b.build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                    a = new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse("application/json"),
                            r.body());
                    answers.put(key, a);
                }
                Thread.sleep(latencyMillis);
                ex.getResponseHeaders().set("Content-Type", a.contentType());
                ex.sendResponseHeaders(a.status(), a.body().length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(a.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ex.close();
            }
        });
        s.start();
        return s;
    }
}
