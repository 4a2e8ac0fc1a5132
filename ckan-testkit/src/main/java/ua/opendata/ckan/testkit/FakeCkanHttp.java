package ua.opendata.ckan.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP front of {@link FakeCkan}: reads an exchange (the body within a limit, the query or
 * the JSON or multipart body, the key headers), records it, applies a queued fault, hands the
 * action to the {@link FakeCkanEngine} and writes CKAN's envelope, a bare JSON string or a
 * download, as the recorded exchanges show.
 */
final class FakeCkanHttp {
    private static final int MAX_JSON_BODY = 8 * 1024 * 1024;
    private static final int EXCERPT = 64 * 1024;
    private static final String ACTION_PREFIX = "/api/3/action/";
    private static final ThreadLocal<Boolean> LEFT = ThreadLocal.withInitial(() -> Boolean.TRUE);
    /** The fault that changes how this thread's answer is sent (drop, trickle), or null. */
    private static final ThreadLocal<@Nullable FakeCkanFault> ANSWER_FAULT = new ThreadLocal<>();

    private final FakeCkanEngine engine;
    private final String baseUrl;
    private final long maxRequestBytes;
    private final long latencyMillis;
    private final ConcurrentLinkedDeque<FakeCkanFault> faults = new ConcurrentLinkedDeque<>();
    private final List<FakeRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    /** A request's parameters and file parts, or null when an answer was already sent. */
    private record Call(ObjectNode params, List<Multipart.Part> uploads) {}

    FakeCkanHttp(FakeCkanEngine engine, String baseUrl, long maxResourceSize, long latencyMillis) {
        this.engine = engine;
        this.baseUrl = baseUrl;
        this.maxRequestBytes = Math.max(MAX_JSON_BODY, 2 * maxResourceSize + 1024 * 1024);
        this.latencyMillis = latencyMillis;
    }

    void enqueue(FakeCkanFault fault) {
        faults.add(fault);
    }

    List<FakeRequest> requests() {
        return List.copyOf(requests);
    }

    int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    void handle(HttpExchange ex) throws IOException {
        LEFT.set(Boolean.FALSE); // one exchange per server thread at a time
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            if (latencyMillis > 0) {
                Thread.sleep(latencyMillis);
            }
            handle0(ex);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // the connection is gone or the fake failed: end the exchange
        } finally {
            ANSWER_FAULT.remove();
            leave(ex);
            ex.close();
        }
    }

    /** Counts the exchange as finished before its answer is sent, so the peak count is exact. */
    private void leave(HttpExchange ex) {
        if (!LEFT.get()) {
            LEFT.set(Boolean.TRUE);
            inFlight.decrementAndGet();
        }
    }

    private void handle0(HttpExchange ex) throws IOException {
        URI uri = ex.getRequestURI();
        String path = uri.getRawPath();
        byte[] body = readBody(ex);
        if (body == null) {
            send(ex, 413, "text/html", "<html><body><h1>413 Request Entity Too Large</h1></body></html>"
                    .getBytes(StandardCharsets.UTF_8), Map.of());
            return;
        }
        record(ex, uri, body);
        String action = path.startsWith(ACTION_PREFIX) ? path.substring(ACTION_PREFIX.length()) : null;
        FakeCkanFault fault = nextFault(action);
        if (fault != null && !applyFault(ex, fault)) {
            return;
        }
        if (action == null) {
            serveDownload(ex, path);
            return;
        }
        if (!engine.knows(action)) {
            bare(ex, "Bad request - Action name not known: " + action);
            return;
        }
        Call call = readCall(ex, action, uri, body);
        if (call != null) {
            answer(ex, action, call);
        }
    }

    private void record(HttpExchange ex, URI uri, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        requests.add(new FakeRequest(ex.getRequestMethod(), uri.toString(), headers,
                new String(body, 0, Math.min(body.length, EXCERPT), StandardCharsets.UTF_8), body.length));
    }

    /** Applies a fault; false when the exchange is over (answered, or the wait interrupted). */
    private boolean applyFault(HttpExchange ex, FakeCkanFault fault) throws IOException {
        switch (fault.kind()) {
            case RESPOND:
                send(ex, fault.status(), fault.contentType(),
                        fault.body().getBytes(StandardCharsets.UTF_8), fault.headers());
                return false;
            case DISCONNECT_MID_BODY:
                byte[] partial = "{\"help\": \"x\", \"success\": true, \"result\": [".getBytes(
                        StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
                ex.sendResponseHeaders(200, 10_000);
                OutputStream out = ex.getResponseBody();
                out.write(partial);
                out.flush();
                throw new IOException("disconnect mid-body (injected)");
            case DROP_BEFORE_APPLYING:
                throw new IOException("connection dropped before applying (injected)");
            case DROP_AFTER_APPLYING:
            case TRICKLE:
                ANSWER_FAULT.set(fault);
                return true;
            case DELAY:
                try {
                    Thread.sleep(fault.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                return true;
            default:
                return true;
        }
    }

    /** Reads the parameters as CKAN does per method; null when an error was already answered. */
    private @Nullable Call readCall(HttpExchange ex, String action, URI uri, byte[] body)
            throws IOException {
        String method = ex.getRequestMethod();
        if (method.equals("GET")) {
            if (FakeCkanEngine.WRITE_ACTIONS.contains(action)) {
                bare(ex, "Bad request - JSON Error: Invalid request. Please use POST method for your "
                        + "request");
                return null;
            }
            return new Call(queryParams(uri.getRawQuery()), List.of());
        } else if (method.equals("POST")) {
            String ctype = ex.getRequestHeaders().getFirst("Content-Type");
            String boundary = ctype == null ? null : Multipart.boundary(ctype);
            if (ctype != null && ctype.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                    && boundary != null) {
                return multipart(ex, body, boundary);
            } else if (body.length > 0) {
                return json(ex, body);
            }
            return new Call(FakeCkanEngine.F.objectNode(), List.of());
        }
        send(ex, 405, "text/html", "<h1>Method Not Allowed</h1>".getBytes(StandardCharsets.UTF_8),
                Map.of());
        return null;
    }

    private static ObjectNode queryParams(@Nullable String raw) {
        ObjectNode params = FakeCkanEngine.F.objectNode();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
                        StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1),
                        StandardCharsets.UTF_8);
                params.set(k, TextNode.valueOf(v));
            }
        }
        return params;
    }

    private @Nullable Call multipart(HttpExchange ex, byte[] body, String boundary) throws IOException {
        ObjectNode params = FakeCkanEngine.F.objectNode();
        List<Multipart.Part> uploads = new ArrayList<>();
        try {
            for (Multipart.Part p : Multipart.parse(body, boundary)) {
                if (p.filename() == null) {
                    params.put(p.name(), p.text());
                } else {
                    uploads.add(p);
                }
            }
        } catch (IllegalArgumentException e) {
            bare(ex, "Bad request - " + e.getMessage());
            return null;
        }
        return new Call(params, uploads);
    }

    private @Nullable Call json(HttpExchange ex, byte[] body) throws IOException {
        JsonNode tree;
        try {
            tree = FakeCkanEngine.MAPPER.readTree(body);
        } catch (IOException e) {
            tree = null;
        }
        if (tree == null || !tree.isObject()) {
            bare(ex, "Bad request - JSON Error: Error decoding JSON data. Error: <BadRequest '400: "
                    + "Bad Request'> JSON data extracted from the request: {}");
            return null;
        }
        return new Call((ObjectNode) tree, List.of());
    }

    /** Runs the action as the caller the key headers name and answers in CKAN's envelope. */
    private void answer(HttpExchange ex, String action, Call call) throws IOException {
        String key = ex.getRequestHeaders().getFirst("Authorization");
        FakeCkanEngine.User caller = engine.userByKey(key);
        if (caller == null) {
            caller = engine.userByKey(ex.getRequestHeaders().getFirst("X-CKAN-API-Key"));
        }
        ObjectNode envelope = FakeCkanEngine.F.objectNode();
        envelope.put("help", baseUrl + "/api/3/action/help_show?name=" + action);
        int status = 200;
        try {
            JsonNode result = engine.handle(action, caller, call.params(), call.uploads());
            envelope.put("success", true);
            envelope.set("result", result);
        } catch (FakeCkanErrors.BareError e) {
            bare(ex, e.getMessage());
            return;
        } catch (FakeCkanErrors.ActionError e) {
            status = e.status;
            envelope.set("error", e.error);
            envelope.put("success", false);
        }
        send(ex, status, "application/json;charset=utf-8",
                FakeCkanEngine.MAPPER.writeValueAsBytes(envelope), Map.of());
    }

    private @Nullable FakeCkanFault nextFault(@Nullable String action) {
        for (FakeCkanFault f : faults) {
            if (f.action() == null || f.action().equals(action)) {
                if (faults.remove(f)) {
                    return f;
                }
            }
        }
        return null;
    }

    private void serveDownload(HttpExchange ex, String path) throws IOException {
        String[] parts = path.split("/");
        // /dataset/<pid>/resource/<rid>/download/<file>
        if (parts.length == 7 && parts[1].equals("dataset") && parts[3].equals("resource")
                && parts[5].equals("download")) {
            FakeCkanEngine.StoredFile f = engine.download(parts[4]);
            if (f != null) {
                send(ex, 200, f.mimetype(), f.data(), Map.of());
                return;
            }
        }
        send(ex, 404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>"
                .getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private void bare(HttpExchange ex, String message) throws IOException {
        send(ex, 400, "application/json;charset=utf-8",
                FakeCkanEngine.MAPPER.writeValueAsBytes(TextNode.valueOf(message)), Map.of());
    }

    private void send(HttpExchange ex, int status, String contentType, byte[] body,
            Map<String, String> headers) throws IOException {
        FakeCkanFault answerFault = ANSWER_FAULT.get();
        ANSWER_FAULT.remove();
        if (answerFault != null && answerFault.kind() == FakeCkanFault.Kind.DROP_AFTER_APPLYING) {
            throw new IOException("connection dropped after applying (injected)");
        }
        if (answerFault != null && answerFault.kind() == FakeCkanFault.Kind.TRICKLE && body.length > 0) {
            trickle(ex, status, contentType, body, headers, answerFault.delay());
            return;
        }
        leave(ex);
        ex.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void trickle(HttpExchange ex, int status, String contentType, byte[] body,
            Map<String, String> headers, java.time.Duration pause) throws IOException {
        leave(ex);
        ex.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            for (byte b : body) {
                out.write(b);
                out.flush();
                Thread.sleep(pause.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("trickle interrupted", e);
        }
    }

    private byte @Nullable [] readBody(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
            if (b.length > maxRequestBytes) {
                in.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            return b;
        }
    }
}
