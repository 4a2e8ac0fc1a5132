package ua.opendata.ckan.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * An in-process fake CKAN 2.10 on loopback (random port) for tests. It answers as real CKAN
 * 2.10.10 does in the recorded exchanges: the envelope with its {@code help} URL; bare JSON
 * strings (HTTP 400) for an unknown action, malformed JSON and a GET on a write action;
 * validation errors (409) field by field; 403 for anonymous writes and for keys it does not
 * know (they run as anonymous, never 401); 404s; {@code rows} silently capped; {@code
 * package_update} replacing what was omitted; {@code package_patch} shallow; {@code
 * package_revise} with {@code match}; soft delete; {@code organization_list} with {@code
 * all_fields} cut to 25; multipart uploads stored and served.
 *
 * <p>Two users exist from the start: the sysadmin {@code ckan_admin} ({@link #sysadminKey()}) and
 * {@code lab_user} ({@link #userKey()}), a plain user with no organization. Faults can be queued
 * with {@link #enqueue(FakeCkanFault)}.
 *
 * <pre>{@code
 * try (FakeCkan ckan = FakeCkan.builder().start()) {
 *   CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build();
 *   ...
 * }
 * }</pre>
 */
public final class FakeCkan implements AutoCloseable {
    private static final int MAX_JSON_BODY = 8 * 1024 * 1024;
    private static final int EXCERPT = 64 * 1024;
    private static final ThreadLocal<Boolean> LEFT = ThreadLocal.withInitial(() -> Boolean.TRUE);
    /** The fault that changes how this thread's answer is sent (drop, trickle), or null. */
    private static final ThreadLocal<@Nullable FakeCkanFault> ANSWER_FAULT = new ThreadLocal<>();

    private final HttpServer server;
    private final ExecutorService executor;
    private final FakeCkanEngine engine;
    private final String baseUrl;
    private final String sysadminKey;
    private final String userKey;
    private final long maxRequestBytes;
    private final ConcurrentLinkedDeque<FakeCkanFault> faults = new ConcurrentLinkedDeque<>();
    private final List<FakeRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final long latencyMillis;

    static {
        // The JDK server delays small responses by ~40 ms (Nagle's algorithm meeting delayed ACKs)
        // unless TCP_NODELAY is on; a fake must not add latency a test did not ask for. The
        // property is read once, when the JDK server's configuration class loads, so it must be set
        // before the first server starts; an explicit setting by the application is kept.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private FakeCkan(Builder b) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        this.engine = new FakeCkanEngine(b.clock, baseUrl, b.rowsMax, b.listAllFieldsMax,
                b.maxResourceSize, b.dataGovUaSchema, b.packageRevise, b.ckanVersion);
        SecureRandom random = new SecureRandom();
        byte[] k = new byte[16];
        random.nextBytes(k);
        this.sysadminKey = "fake-sysadmin-" + HexFormat.of().formatHex(k);
        random.nextBytes(k);
        this.userKey = "fake-user-" + HexFormat.of().formatHex(k);
        engine.addUser("ckan_admin", sysadminKey, true);
        engine.addUser("lab_user", userKey, false);
        this.latencyMillis = b.latency.toMillis();
        this.maxRequestBytes = Math.max(MAX_JSON_BODY, 2 * b.maxResourceSize + 1024 * 1024);
        this.executor = Executors.newFixedThreadPool(b.threads, r -> {
            Thread t = new Thread(r, "fake-ckan");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * A builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a fake with the defaults.
     *
     * @return the running fake
     */
    public static FakeCkan start() {
        return builder().start();
    }

    /**
     * The base URL, e.g. {@code http://127.0.0.1:41234}.
     *
     * @return the base URL
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The key of the sysadmin {@code ckan_admin}.
     *
     * @return the key
     */
    public String sysadminKey() {
        return sysadminKey;
    }

    /**
     * The key of the plain user {@code lab_user}.
     *
     * @return the key
     */
    public String userKey() {
        return userKey;
    }

    /**
     * Creates an organization directly (no HTTP).
     *
     * @param name the name
     * @param title the title
     * @return the organization id
     */
    public String createOrganization(String name, String title) {
        return engine.addOrg(name, title).id;
    }

    /**
     * Makes a user a member of an organization directly.
     *
     * @param organization the organization name or id
     * @param user the user name ({@code lab_user}, {@code ckan_admin})
     * @param capacity {@code member}, {@code editor} or {@code admin}
     */
    public void addMember(String organization, String user, String capacity) {
        engine.addMember(organization, user, capacity);
    }

    /**
     * Adds {@code count} public datasets named {@code prefix-0001}… (at least four digits, more
     * when {@code count} needs them) to an organization directly, with rising {@code
     * metadata_modified}.
     *
     * @param organization the organization name
     * @param prefix the name prefix
     * @param count how many
     */
    public void seedDatasets(String organization, String prefix, int count) {
        engine.seed(organization, prefix, count, Map.of());
    }

    /**
     * Like {@link #seedDatasets(String, String, int)}, with the same extra string fields (e.g.
     * {@code license_id}, {@code notes}) on every dataset.
     *
     * @param organization the organization name
     * @param prefix the name prefix
     * @param count how many
     * @param fields fields set on every dataset
     */
    public void seedDatasets(String organization, String prefix, int count,
            Map<String, String> fields) {
        engine.seed(organization, prefix, count, Map.copyOf(fields));
    }

    /**
     * Queues a fault for the next matching request.
     *
     * @param fault the fault
     * @return this fake
     */
    public FakeCkan enqueue(FakeCkanFault fault) {
        faults.add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /**
     * The requests received so far, in order.
     *
     * @return a snapshot
     */
    public List<FakeRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * The largest number of requests handled at the same time so far.
     *
     * @return the peak concurrency
     */
    public int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ------------------------------------------------------------------ HTTP

    private void handle(HttpExchange ex) throws IOException {
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
        String method = ex.getRequestMethod();
        byte[] body = readBody(ex);
        if (body == null) {
            send(ex, 413, "text/html", "<html><body><h1>413 Request Entity Too Large</h1></body></html>"
                    .getBytes(StandardCharsets.UTF_8), Map.of());
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        requests.add(new FakeRequest(method, uri.toString(), headers,
                new String(body, 0, Math.min(body.length, EXCERPT), StandardCharsets.UTF_8), body.length));
        String prefix = "/api/3/action/";
        String action = path.startsWith(prefix) ? path.substring(prefix.length()) : null;
        FakeCkanFault fault = nextFault(action);
        if (fault != null) {
            switch (fault.kind()) {
                case RESPOND:
                    send(ex, fault.status(), fault.contentType(),
                            fault.body().getBytes(StandardCharsets.UTF_8), fault.headers());
                    return;
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
                    break;
                case DELAY:
                    try {
                        Thread.sleep(fault.delay().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    break;
                default:
                    break;
            }
        }
        if (action == null) {
            serveDownload(ex, path);
            return;
        }
        String help = baseUrl + "/api/3/action/help_show?name=" + action;
        if (!engine.knows(action)) {
            bare(ex, "Bad request - Action name not known: " + action);
            return;
        }
        ObjectNode params = FakeCkanEngine.F.objectNode();
        List<Multipart.Part> uploads = new ArrayList<>();
        if (method.equals("GET")) {
            if (FakeCkanEngine.WRITE_ACTIONS.contains(action)) {
                bare(ex, "Bad request - JSON Error: Invalid request. Please use POST method for your "
                        + "request");
                return;
            }
            String raw = uri.getRawQuery();
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
        } else if (method.equals("POST")) {
            String ctype = ex.getRequestHeaders().getFirst("Content-Type");
            String boundary = ctype == null ? null : Multipart.boundary(ctype);
            if (ctype != null && ctype.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                    && boundary != null) {
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
                    return;
                }
            } else if (body.length > 0) {
                JsonNode tree;
                try {
                    tree = FakeCkanEngine.MAPPER.readTree(body);
                } catch (IOException e) {
                    tree = null;
                }
                if (tree == null || !tree.isObject()) {
                    bare(ex, "Bad request - JSON Error: Error decoding JSON data. Error: <BadRequest '400: "
                            + "Bad Request'> JSON data extracted from the request: {}");
                    return;
                }
                params = (ObjectNode) tree;
            }
        } else {
            send(ex, 405, "text/html", "<h1>Method Not Allowed</h1>".getBytes(StandardCharsets.UTF_8),
                    Map.of());
            return;
        }
        String key = ex.getRequestHeaders().getFirst("Authorization");
        FakeCkanEngine.User caller = engine.userByKey(key);
        if (caller == null) {
            caller = engine.userByKey(ex.getRequestHeaders().getFirst("X-CKAN-API-Key"));
        }
        ObjectNode envelope = FakeCkanEngine.F.objectNode();
        envelope.put("help", help);
        int status = 200;
        try {
            JsonNode result = engine.handle(action, caller, params, uploads);
            envelope.put("success", true);
            envelope.set("result", result);
        } catch (FakeCkanEngine.BareError e) {
            bare(ex, e.getMessage());
            return;
        } catch (FakeCkanEngine.ActionError e) {
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

    /** Builds a {@link FakeCkan}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private int rowsMax = 1000;
        private int listAllFieldsMax = 25;
        private long maxResourceSize = 10L * 1024 * 1024;
        private boolean dataGovUaSchema;
        private boolean packageRevise = true;
        private String ckanVersion = "2.10.10";
        private int threads = 8;
        private java.time.Duration latency = java.time.Duration.ZERO;

        private Builder() {}

        /**
         * Adds a fixed latency to every answer (for benchmarks with a realistic network).
         *
         * @param value the latency
         * @return this builder
         */
        public Builder latency(java.time.Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("FakeCkan.latency must not be negative, got " + value);
            }
            latency = value;
            return this;
        }

        /**
         * Sets the clock for timestamps.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets {@code ckan.search.rows_max} (default 1000).
         *
         * @param value the cap
         * @return this builder
         */
        public Builder rowsMax(int value) {
            rowsMax = value;
            return this;
        }

        /**
         * Sets {@code ckan.group_and_organization_list_all_fields_max} (default 25).
         *
         * @param value the cap
         * @return this builder
         */
        public Builder listAllFieldsMax(int value) {
            listAllFieldsMax = value;
            return this;
        }

        /**
         * Sets {@code ckan.max_resource_size} in bytes (default 10 MiB).
         *
         * @param value the limit
         * @return this builder
         */
        public Builder maxResourceSize(long value) {
            maxResourceSize = value;
            return this;
        }

        /**
         * Imitates data.gov.ua's scheming fields: {@code purpose_of_collecting_information}
         * (required, at most 512), {@code update_frequency} (one of nine values), {@code language},
         * {@code tag_string} (required, tags derived from it) and {@code notes} required.
         *
         * @param value whether to imitate
         * @return this builder
         */
        public Builder dataGovUaSchema(boolean value) {
            dataGovUaSchema = value;
            return this;
        }

        /**
         * Whether {@code package_revise} exists (default true; false imitates CKAN before 2.9, which
         * answers it as an unknown action).
         *
         * @param value whether to offer it
         * @return this builder
         */
        public Builder packageRevise(boolean value) {
            packageRevise = value;
            return this;
        }

        /**
         * Sets the CKAN version the fake reports in {@code status_show} and imitates (default
         * {@code 2.10.10}). From 2.11 on, {@code package_create} takes an {@code id} only from a
         * sysadmin: anyone else gets CKAN's validation error ({@code 409}, {@code {"id": ["The
         * input field id was not expected."]}}), and a sysadmin's id is used (or refused when it
         * exists). Below 2.11 the fake ignores a given id.
         *
         * @param value a version such as {@code 2.11.3}
         * @return this builder
         */
        public Builder ckanVersion(String value) {
            if (!Objects.requireNonNull(value, "ckanVersion").matches("\\d+\\.\\d+(\\.\\d+)?")) {
                throw new IllegalArgumentException("FakeCkan.ckanVersion: give major.minor[.patch], got "
                        + value);
            }
            ckanVersion = value;
            return this;
        }

        /**
         * Sets the number of server threads (default 8).
         *
         * @param value the threads
         * @return this builder
         */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("FakeCkan.threads must be >= 1, got " + value);
            }
            threads = value;
            return this;
        }

        /**
         * Starts the fake.
         *
         * @return the running fake
         */
        public FakeCkan start() {
            try {
                return new FakeCkan(this);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("FakeCkan: cannot open a loopback port", e);
            }
        }
    }
}
