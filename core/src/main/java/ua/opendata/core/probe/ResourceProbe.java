package ua.opendata.core.probe;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.opendata.core.content.ContentChecker;

/**
 * Checks the files behind a portal's resources: follows each link (redirects included), tells what
 * the file really is from its first bytes, its encoding, and for a CSV streams the body through the
 * {@link ContentChecker} against the dataset's structure — never holding the file in memory and
 * reading at most {@link Builder#maxBytes(long)} bytes of it.
 *
 * <p><b>Politeness.</b> At most {@link Builder#maxConcurrency(int)} checks at once (shared by all
 * callers of one probe), at most {@link Builder#perHostConcurrency(int)} requests at once to one host
 * and request starts to one host at least {@link Builder#perHostDelay(Duration)} apart.
 *
 * <p><b>Security.</b> Only http and https. Before every request — the first and after every
 * redirect — the host is resolved and every address it resolves to is checked: loopback, private,
 * link-local, unique-local, multicast and unspecified addresses are refused unless
 * {@link Builder#allowPrivateAddresses(boolean)} or {@link Builder#trustHost(String)} says otherwise.
 * The connection is then made through a resolver that applies the same check, so the socket goes to
 * an address that has just been checked (no window for DNS rebinding between check and connect).
 * TLS certificates and host names are verified; no cookies, credentials, proxies or automatic
 * retries; user-info in a link is dropped, never sent; header lines and counts are capped.
 *
 * <p><b>Why Apache HttpClient 5 and not {@code java.net.http.HttpClient}:</b> the JDK client offers no
 * way to choose the address a host name connects to, so the address check could only be made before
 * the request and a host could answer the check with a public address and the connection with a
 * private one. HttpClient 5 takes a {@code DnsResolver}, which closes that gap; it is already on the
 * class path through {@code ckan-client}.
 *
 * <p>Thread-safe. Close it to release its connections.
 */
public final class ResourceProbe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceProbe.class);

    private final int maxConcurrency;
    final int maxRedirects;
    final long maxBytes;
    final Duration totalTimeout;
    final AddressPolicy policy;
    final HostGates gates;
    private final Semaphore slots;
    final ContentChecker checker;
    final CloseableHttpClient client;

    private ResourceProbe(Builder b) {
        this.maxConcurrency = b.maxConcurrency;
        this.maxRedirects = b.maxRedirects;
        this.maxBytes = b.maxBytes;
        this.totalTimeout = b.totalTimeout;
        this.policy = new AddressPolicy(b.allowPrivateAddresses, b.trustedHosts);
        this.gates = new HostGates(b.perHostConcurrency, b.perHostDelay);
        this.slots = new Semaphore(b.maxConcurrency, true);
        this.checker = ContentChecker.builder().maxFileBytes(b.maxBytes).maxProblemsKept(b.maxContentProblems).build();
        Timeout read = Timeout.of(b.readTimeout);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedDnsResolver(policy))
                        .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                                .http1Config(Http1Config.custom().setMaxLineLength(16 * 1024).setMaxHeaderCount(200)
                                        .build())
                                .build())
                        .setMaxConnTotal(b.maxConcurrency)
                        .setMaxConnPerRoute(b.perHostConcurrency)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(b.connectTimeout))
                                .setSocketTimeout(read)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(false)
                        .setResponseTimeout(read)
                        .setConnectionRequestTimeout(read)
                        .build())
                .setUserAgent(b.userAgent)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks one resource. Never throws for what the link or server does: every failure is in the result.
     * Waits for a free slot when {@link Builder#maxConcurrency} checks are already running.
     *
     * @param target the link to check, with its declared format and structure
     * @return what the check found; when the calling thread is interrupted while waiting, a check with
     *         {@link LinkOutcome#CONNECTION_ERROR} (the interrupt flag is set again)
     */
    public ResourceCheck check(ResourceTarget target) {
        Objects.requireNonNull(target, "target");
        long t0 = System.nanoTime();
        ProbeRun run = new ProbeRun(this, target);
        boolean slot = false;
        try {
            slots.acquire();
            slot = true;
            run.follow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.fail(LinkOutcome.CONNECTION_ERROR, run.host());
        } finally {
            if (slot) {
                slots.release();
            }
        }
        return run.result(Duration.ofNanos(System.nanoTime() - t0));
    }

    /**
     * Checks many resources with bounded concurrency and per-host politeness; the results are in the
     * order of {@code targets}.
     *
     * @param targets the links to check (copied); may be empty
     * @return one check per target, in the order of {@code targets}; empty for no targets
     * @throws CancellationException when the calling thread is interrupted (its flag is set again)
     */
    public List<ResourceCheck> checkAll(List<ResourceTarget> targets) {
        List<ResourceTarget> all = List.copyOf(targets);
        if (all.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(maxConcurrency, all.size()), new Workers());
        try {
            List<Future<ResourceCheck>> futures = new ArrayList<>(Collections.nCopies(all.size(), null));
            for (int i : interleavedByHost(all)) {
                ResourceTarget t = all.get(i);
                futures.set(i, pool.submit(() -> check(t)));
            }
            List<ResourceCheck> out = new ArrayList<>(all.size());
            for (Future<ResourceCheck> f : futures) {
                out.add(f.get());
            }
            return List.copyOf(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while checking " + all.size() + " resources");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("A resource check failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The order to start the checks in: one target of each host in turn, so that the workers are not
     * all queued at one busy host's gate while other hosts wait. Results keep the input order.
     */
    static List<Integer> interleavedByHost(List<ResourceTarget> targets) {
        Map<String, ArrayDeque<Integer>> byHost = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            URI u = ProbeRun.parse(targets.get(i).url().strip());
            String host = u == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            byHost.computeIfAbsent(host, h -> new ArrayDeque<>()).add(i);
        }
        List<Integer> order = new ArrayList<>(targets.size());
        while (order.size() < targets.size()) {
            for (ArrayDeque<Integer> queue : byHost.values()) {
                Integer next = queue.poll();
                if (next != null) {
                    order.add(next);
                }
            }
        }
        return order;
    }

    /** Releases the connections. */
    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("Closing the resource probe's HTTP client failed: {}", e.toString());
        }
    }

    /** The state of one check. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "resource-probe-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    /** Builds a {@link ResourceProbe}; every setting is checked when set. */
    public static final class Builder {
        private int maxConcurrency = 8;
        private int perHostConcurrency = 2;
        private Duration perHostDelay = Duration.ofMillis(200);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration totalTimeout = Duration.ofMinutes(10);
        private int maxRedirects = 5;
        private long maxBytes = 100L * 1024 * 1024;
        private int maxContentProblems = 1000;
        private boolean allowPrivateAddresses;
        private final Set<String> trustedHosts = new HashSet<>();
        private String userAgent = "ua-opendata/0.1 (+https://github.com/ua-opendata)";

        private Builder() {
        }

        /**
         * The most checks at once, across all callers of the probe.
         *
         * @param checks at least 1; default 8
         * @return this builder
         * @throws IllegalArgumentException when {@code checks} is below 1
         */
        public Builder maxConcurrency(int checks) {
            this.maxConcurrency = positive(checks, "maxConcurrency");
            return this;
        }

        /**
         * The most requests at once to one host.
         *
         * @param requests at least 1; default 2
         * @return this builder
         * @throws IllegalArgumentException when {@code requests} is below 1
         */
        public Builder perHostConcurrency(int requests) {
            this.perHostConcurrency = positive(requests, "perHostConcurrency");
            return this;
        }

        /**
         * The least time between the starts of two requests to one host.
         *
         * @param delay zero or more; default 200 ms
         * @return this builder
         * @throws IllegalArgumentException when {@code delay} is negative
         */
        public Builder perHostDelay(Duration delay) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("perHostDelay cannot be negative: " + delay);
            }
            this.perHostDelay = delay;
            return this;
        }

        /**
         * How long to wait for a connection.
         *
         * @param timeout more than zero; default 10 s
         * @return this builder
         * @throws IllegalArgumentException when {@code timeout} is zero or negative
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * How long to wait for the response's head and between body reads.
         *
         * @param timeout more than zero; default 30 s
         * @return this builder
         * @throws IllegalArgumentException when {@code timeout} is zero or negative
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * How long one request may take from its start to the end of its body, against servers that
         * drip bytes just faster than the read timeout. Waits for politeness are not counted.
         *
         * @param timeout more than zero; default 10 min
         * @return this builder
         * @throws IllegalArgumentException when {@code timeout} is zero or negative
         */
        public Builder totalTimeout(Duration timeout) {
            this.totalTimeout = positive(timeout, "totalTimeout");
            return this;
        }

        /**
         * The most redirects followed.
         *
         * @param redirects zero (follow none) or more; default 5
         * @return this builder
         * @throws IllegalArgumentException when {@code redirects} is negative
         */
        public Builder maxRedirects(int redirects) {
            if (redirects < 0) {
                throw new IllegalArgumentException("maxRedirects cannot be negative: " + redirects);
            }
            this.maxRedirects = redirects;
            return this;
        }

        /**
         * The most body bytes read and checked per file; a larger file gets {@code RES-TOO-LARGE}.
         *
         * @param bytes at least 1; default 100 MiB
         * @return this builder
         * @throws IllegalArgumentException when {@code bytes} is below 1
         */
        public Builder maxBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive: " + bytes);
            }
            this.maxBytes = bytes;
            return this;
        }

        /**
         * How many content problems each CSV's report keeps with details; all are counted.
         *
         * @param problems zero (keep counts only) or more; default 1,000
         * @return this builder
         * @throws IllegalArgumentException when {@code problems} is negative
         */
        public Builder maxContentProblems(int problems) {
            if (problems < 0) {
                throw new IllegalArgumentException("maxContentProblems cannot be negative: " + problems);
            }
            this.maxContentProblems = problems;
            return this;
        }

        /**
         * Whether loopback, private, link-local, multicast and unspecified addresses may be contacted.
         *
         * @param allow {@code true} to contact them; default {@code false}: such links are reported as
         *              {@code RES-BLOCKED-ADDRESS} and never requested
         * @return this builder
         */
        public Builder allowPrivateAddresses(boolean allow) {
            this.allowPrivateAddresses = allow;
            return this;
        }

        /**
         * Trusts one host name whatever it resolves to, e.g. an intranet portal. Matched exactly (case
         * aside); redirects to any other host are still checked. May be called for several hosts.
         *
         * @param host the host name, e.g. {@code data.intranet.example}; surrounding spaces are removed
         * @return this builder
         * @throws IllegalArgumentException when {@code host} is blank
         */
        public Builder trustHost(String host) {
            if (host.isBlank()) {
                throw new IllegalArgumentException("trustHost needs a host name");
            }
            this.trustedHosts.add(host.strip().toLowerCase(Locale.ROOT));
            return this;
        }

        /**
         * The {@code User-Agent} sent.
         *
         * @param agent one non-blank line; default {@code ua-opendata/0.1 (+https://github.com/ua-opendata)}
         * @return this builder
         * @throws IllegalArgumentException when {@code agent} is blank or has a line break
         */
        public Builder userAgent(String agent) {
            if (agent.isBlank() || agent.indexOf('\r') >= 0 || agent.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("userAgent must be one non-blank line");
            }
            this.userAgent = agent;
            return this;
        }

        /** {@return a new probe with these settings; close it when done} */
        public ResourceProbe build() {
            return new ResourceProbe(this);
        }

        private static int positive(int v, String name) {
            if (v < 1) {
                throw new IllegalArgumentException(name + " must be positive: " + v);
            }
            return v;
        }

        private static Duration positive(Duration d, String name) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }

}
