package ua.opendata.ckan.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An in-process fake CKAN 2.10 on loopback (random port) for tests. It answers as real CKAN
 * 2.10.10 does in the recorded exchanges: the envelope with its {@code help} URL; bare JSON
 * strings (HTTP 400) for an unknown action, malformed JSON and a GET on a write action;
 * validation errors (409) field by field; 403 for anonymous writes and for keys it does not
 * know (they run as anonymous, never 401); 404s; {@code rows} silently capped; {@code
 * package_update} replacing what was omitted; {@code package_patch} shallow; {@code
 * package_revise} with {@code match}; soft delete; {@code organization_list} with {@code
 * all_fields} cut to 25; multipart uploads stored and served. Also as recorded: {@code
 * package_patch} refuses a dict without {@code id} (409, "Missing id, can not get Package
 * object"); tags come back sorted (in the data.gov.ua mode {@code tag_string} is derived from
 * them, and a {@code tag_string} sent is appended to the tags sent); the search index is a
 * separate copy that only a real change refreshes, so a write that changes nothing moves {@code
 * metadata_modified} in {@code package_show} but not in search results; resources sent without
 * {@code id} are replaced; links have no {@code last_modified}; organization {@code extras} are
 * kept.
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
    private final HttpServer server;
    private final ExecutorService executor;
    private final FakeCkanEngine engine;
    private final String baseUrl;
    private final String sysadminKey;
    private final String userKey;
    private final FakeCkanHttp http;

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
        this.http = new FakeCkanHttp(engine, baseUrl, b.maxResourceSize, b.latency.toMillis());
        this.executor = Executors.newFixedThreadPool(b.threads, r -> {
            Thread t = new Thread(r, "fake-ckan");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", http::handle);
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
        http.enqueue(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /**
     * The requests received so far, in order.
     *
     * @return a snapshot
     */
    public List<FakeRequest> requests() {
        return http.requests();
    }

    /**
     * The largest number of requests handled at the same time so far.
     *
     * @return the peak concurrency
     */
    public int maxConcurrentRequests() {
        return http.maxConcurrentRequests();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
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
