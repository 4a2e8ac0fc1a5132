package ua.opendata.core.probe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server for the probe tests: canned answers per path, and a server-side record of
 * every request (path, {@code Host}, arrival time, headers) and of how many were in flight at once,
 * in all and per {@code Host}.
 */
public final class ProbeServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Seen(String path, String host, long nanos, Map<String, List<String>> headers) {
    }

    private static final String SELF = "probe.server";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(32);
    private final List<Seen> seen = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Map<String, AtomicInteger> hostInFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hostMax = new ConcurrentHashMap<>();
    /** The host counters of requests not yet answered (exchange attributes are shared per context in JDK 17). */
    private final Map<HttpExchange, AtomicInteger> pending = new ConcurrentHashMap<>();

    public ProbeServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        server.setExecutor(executor);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A link to a path on this server through the given host name, e.g. 127.0.0.1 or localhost. */
    public String url(String host, String path) {
        return "http://" + host + ":" + port() + path;
    }

    public String url(String path) {
        return url("127.0.0.1", path);
    }

    /** Answers {@code path} with a handler, counting requests in flight. */
    public void on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            exchange.getHttpContext().getAttributes().put(SELF, this);
            String host = hostOf(exchange);
            synchronized (seen) {
                seen.add(new Seen(exchange.getRequestURI().getPath(), host, System.nanoTime(),
                        Map.copyOf(exchange.getRequestHeaders())));
            }
            AtomicInteger h = hostInFlight.computeIfAbsent(host, k -> new AtomicInteger());
            hostMax.computeIfAbsent(host, k -> new AtomicInteger()).accumulateAndGet(h.incrementAndGet(), Math::max);
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            pending.put(exchange, h);
            try {
                handler.handle(exchange);
            } catch (IOException e) {
                // the client went away (e.g. it stopped reading at its limit)
            } finally {
                responding(exchange);
                exchange.close();
            }
        });
    }

    /** Answers {@code path} with a body and a content type, with its length. */
    public void file(String path, String contentType, byte[] body) {
        on(path, ex -> send(ex, 200, contentType, body));
    }

    /** Answers {@code path} with a redirect. */
    public void redirect(String path, int status, String location) {
        on(path, ex -> {
            responding(ex);
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(status, -1);
        });
    }

    /**
     * Ends the in-flight count of a request; called just before its response is sent. The client
     * holds its concurrency permits from before the request until after the response, so the window
     * from arrival to here lies inside them (counting until the exchange closes would overlap the
     * client's next request by a few microseconds and count permits the client already released).
     */
    void responding(HttpExchange ex) {
        AtomicInteger counter = pending.remove(ex);
        if (counter != null) {
            counter.decrementAndGet();
            inFlight.decrementAndGet();
        }
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ((ProbeServer) ex.getHttpContext().getAttributes().get(SELF)).responding(ex);
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    public List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public List<Seen> seen(String path) {
        return seen().stream().filter(s -> s.path().equals(path)).toList();
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    public int maxInFlight(String host) {
        AtomicInteger m = hostMax.get(host);
        return m == null ? 0 : m.get();
    }

    private static String hostOf(HttpExchange ex) {
        String h = ex.getRequestHeaders().getFirst("Host");
        if (h == null) {
            return "";
        }
        int colon = h.lastIndexOf(':');
        return colon > 0 ? h.substring(0, colon) : h;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
