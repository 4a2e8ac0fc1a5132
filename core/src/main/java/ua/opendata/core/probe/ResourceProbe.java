package ua.opendata.core.probe;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.content.ContentChecker;
import ua.opendata.core.content.ContentProblem;
import ua.opendata.core.content.ContentReport;
import ua.opendata.core.internal.text.Bundle;
import ua.opendata.core.rules.Severity;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.KnownFormat;
import ua.opendata.passport.io.CsvTokenizer;

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
    private static final Bundle TEXTS = new Bundle("ua.opendata.core.probe.ResourceMessages");
    private static final String FILE_TOO_LARGE = "CSV-FILE-TOO-LARGE";

    private final int maxConcurrency;
    private final int maxRedirects;
    private final long maxBytes;
    private final Duration totalTimeout;
    private final AddressPolicy policy;
    private final HostGates gates;
    private final Semaphore slots;
    private final ContentChecker checker;
    private final CloseableHttpClient client;

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

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Checks one resource. Never throws for what the link or server does: every failure is in the result. */
    public ResourceCheck check(ResourceTarget target) {
        Objects.requireNonNull(target, "target");
        long t0 = System.nanoTime();
        Run run = new Run(target);
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
            URI u = parse(targets.get(i).url().strip());
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
    private final class Run {
        private final ResourceTarget target;
        private final List<ResourceProblem> problems = new ArrayList<>();
        private final List<String> redirects = new ArrayList<>();
        private String url;
        private String finalUrl;
        private @Nullable URI uri;
        private LinkOutcome outcome = LinkOutcome.CONNECTION_ERROR;
        private int status;
        private @Nullable String contentType;
        private @Nullable Long contentLength;
        private long bytesRead;
        private boolean truncated;
        private @Nullable ResourceFormat format;
        private @Nullable ResourceEncoding encoding;
        private @Nullable ContentReport content;

        Run(ResourceTarget target) {
            this.target = target;
            this.url = target.url().strip();
            this.finalUrl = url;
        }

        String host() {
            return uri == null || uri.getHost() == null ? url : uri.getHost();
        }

        void follow() throws InterruptedException {
            URI current = parse(url);
            if (current == null) {
                problem("RES-INVALID-URL", Severity.ERROR, url);
                outcome = LinkOutcome.INVALID_URL;
                return;
            }
            if (!isHttp(current)) {
                problem("RES-UNSUPPORTED-SCHEME", Severity.ERROR, String.valueOf(current.getScheme()));
                outcome = LinkOutcome.UNSUPPORTED_SCHEME;
                return;
            }
            url = current.toString();
            for (int hop = 0; ; hop++) {
                uri = current;
                finalUrl = current.toString();
                String host = current.getHost();
                try {
                    policy.resolve(bare(host));
                    URI next;
                    HostGates.Permit permit = gates.enter(host);
                    try {
                        next = request(current);
                    } finally {
                        permit.close();
                    }
                    if (next == null) {
                        return;
                    }
                    if (hop >= maxRedirects) {
                        problem("RES-TOO-MANY-REDIRECTS", Severity.ERROR, String.valueOf(maxRedirects));
                        outcome = LinkOutcome.TOO_MANY_REDIRECTS;
                        return;
                    }
                    redirects.add(next.toString());
                    current = next;
                } catch (BlockedAddressException e) {
                    problem("RES-BLOCKED-ADDRESS", Severity.ERROR, e.host(), e.address());
                    outcome = LinkOutcome.BLOCKED_ADDRESS;
                    return;
                } catch (IOException e) {
                    LinkOutcome o = classify(e);
                    LOG.debug("GET {} failed: {} ({})", finalUrl, o, e.toString());
                    BlockedAddressException blocked = blockedIn(e);
                    if (blocked != null) { // refused by the resolver the connection uses (DNS changed)
                        problem("RES-BLOCKED-ADDRESS", Severity.ERROR, blocked.host(), blocked.address());
                        outcome = LinkOutcome.BLOCKED_ADDRESS;
                    } else {
                        fail(o, host);
                    }
                    return;
                }
            }
        }

        /** One request: returns the next address for a redirect, {@code null} when done. */
        private @Nullable URI request(URI target) throws IOException {
            HttpGet get = new HttpGet(target);
            get.setHeader("Accept", "*/*");
            long t0 = System.nanoTime();
            long deadline = t0 + totalTimeout.toNanos(); // for this request, after the politeness waits
            ClassicHttpResponse response = client.executeOpen(null, get, HttpClientContext.create());
            try {
                status = response.getCode();
                LOG.debug("GET {} -> {} in {} ms", target, status, (System.nanoTime() - t0) / 1_000_000);
                if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                    Header location = response.getFirstHeader("Location");
                    abort(response.getEntity());
                    URI next = location == null ? null : resolve(target, location.getValue());
                    if (next == null || !isHttp(next)) {
                        problem("RES-BAD-REDIRECT", Severity.ERROR, location == null ? "" : location.getValue());
                        outcome = LinkOutcome.TOO_MANY_REDIRECTS;
                        return null;
                    }
                    return next;
                }
                Header type = response.getFirstHeader("Content-Type");
                contentType = type == null ? null : type.getValue();
                HttpEntity entity = response.getEntity();
                contentLength = entity == null || entity.getContentLength() < 0 ? null : entity.getContentLength();
                if (status < 200 || status >= 300) {
                    outcome = LinkOutcome.HTTP_ERROR;
                    problem("RES-HTTP-STATUS", Severity.ERROR, String.valueOf(status));
                    abort(entity);
                    return null;
                }
                outcome = LinkOutcome.OK;
                readBody(entity, deadline);
                return null;
            } finally {
                closeQuietly(response);
            }
        }

        private void readBody(@Nullable HttpEntity entity, long deadline) {
            BoundedBody body = null;
            try {
                if (entity == null) {
                    judge(Sniffer.sniff(new byte[0], 0, true));
                    return;
                }
                body = new BoundedBody(entity.getContent(), maxBytes, deadline);
                BufferedInputStream in = new BufferedInputStream(body, Sniffer.PREFIX);
                in.mark(Sniffer.PREFIX);
                byte[] prefix = in.readNBytes(Sniffer.PREFIX);
                in.reset();
                Sniffer.Sniff sniff = Sniffer.sniff(prefix, prefix.length, prefix.length < Sniffer.PREFIX);
                boolean tooLargeByHeader = contentLength != null && contentLength > maxBytes;
                if (sniff.format() == ResourceFormat.CSV || sniff.format() == ResourceFormat.TEXT
                        && sniff.encoding() != ResourceEncoding.UTF_16 && declaredDelimited()) {
                    ContentReport report = checker.check(in, finalUrl, target.structure());
                    content = report;
                    sniff = new Sniffer.Sniff(sniff.format(), encodingOf(report), report.delimiter());
                } else if (!tooLargeByHeader) {
                    drain(in);
                }
                bytesRead = body.count();
                truncated = body.overLimit() || tooLargeByHeader;
                if (truncated) {
                    problem("RES-TOO-LARGE", Severity.WARNING, String.valueOf(maxBytes));
                    abort(entity);
                }
                judge(sniff);
            } catch (IOException e) {
                interrupted(e, body, entity);
            } catch (UncheckedIOException e) { // the content checker's read of the body failed
                interrupted(e.getCause(), body, entity);
            } catch (RuntimeException e) {
                // A defect of ours must not end an audit of thousands of files: report it on this one.
                LOG.warn("Checking the body of {} failed", finalUrl, e);
                bytesRead = body == null ? 0 : body.count();
                problem("RES-CHECK-FAILED", Severity.ERROR, e.getClass().getSimpleName());
                abort(entity);
            }
        }

        private void interrupted(IOException e, @Nullable BoundedBody body, @Nullable HttpEntity entity) {
            bytesRead = body == null ? 0 : body.count();
            LinkOutcome why = classify(e);
            problem("RES-BODY-INTERRUPTED", Severity.ERROR, reason(why));
            abort(entity);
        }

        /** Whether the declared format is CSV or TSV: a one-column file then has no delimiter to sniff. */
        private boolean declaredDelimited() {
            DataFormat declared = target.format();
            return declared != null && (declared.value() == KnownFormat.CSV || declared.value() == KnownFormat.TSV);
        }

        /** The format, encoding and content problems. */
        private void judge(Sniffer.Sniff sniff) {
            format = sniff.format();
            encoding = sniff.encoding();
            DataFormat declared = target.format();
            KnownFormat known = declared == null ? null : declared.value();
            if (format == ResourceFormat.EMPTY) {
                problem("RES-EMPTY", Severity.ERROR);
                return;
            }
            if (format == ResourceFormat.HTML && known != KnownFormat.HTML) {
                problem("RES-HTML-INSTEAD-OF-DATA", Severity.ERROR, declared == null ? "?" : declared.label());
            } else if (known != null && format.contradicts(known)) {
                problem("RES-FORMAT-MISMATCH", Severity.ERROR, declared.label(), format.label());
            } else if (known == null) {
                problem("RES-FORMAT-UNDECLARED", Severity.WARNING, declared == null ? "" : declared.raw(),
                        format.label());
            }
            if (encoding == ResourceEncoding.WINDOWS_1251) {
                problem("RES-ENCODING-1251", Severity.WARNING);
            } else if (encoding == ResourceEncoding.UNKNOWN) {
                problem("RES-ENCODING-UNKNOWN", Severity.WARNING);
            }
            ContentReport report = content;
            if (report != null) {
                long errors = report.errorCount() - report.problemCounts().getOrDefault(FILE_TOO_LARGE, 0L);
                if (errors > 0) {
                    ContentProblem first = report.problems().stream()
                            .filter(p -> p.severity() == Severity.ERROR && !p.code().equals(FILE_TOO_LARGE))
                            .findFirst().orElse(null);
                    Object firstText = first == null ? "" : Bundle.apply(new LocalizedText(
                            "рядок {0}, " + "{1}", "row {0}, {1}"), String.valueOf(first.row()), first.message());
                    problem("RES-CONTENT-ERRORS", Severity.ERROR, String.valueOf(errors), firstText);
                }
            }
        }

        void fail(LinkOutcome o, String host) {
            outcome = o;
            problem("RES-UNREACHABLE", Severity.ERROR, reason(o), host);
        }

        void problem(String code, Severity severity, Object... args) {
            Object[] a = args.length == 0 ? new Object[] {""} : args;
            problems.add(new ResourceProblem(code, severity, TEXTS.text(code + ".message", a),
                    TEXTS.text(code + ".fix")));
        }

        ResourceCheck result(Duration elapsed) {
            problems.sort(Comparator.comparing(ResourceProblem::severity));
            return ResourceCheck.builder(target).url(url).finalUrl(finalUrl).redirects(redirects).outcome(outcome)
                    .status(status).contentType(contentType).contentLength(contentLength).bytesRead(bytesRead)
                    .truncated(truncated).detectedFormat(format).encoding(encoding).content(content)
                    .problems(problems).elapsed(elapsed).build();
        }
    }

    private static LocalizedText reason(LinkOutcome o) {
        switch (o) {
            case DNS_FAILURE:
            case REFUSED:
            case TIMEOUT:
            case TLS_FAILURE:
                return TEXTS.text(o.name());
            default:
                return TEXTS.text(LinkOutcome.CONNECTION_ERROR.name());
        }
    }

    private static @Nullable BlockedAddressException blockedIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BlockedAddressException b) {
                return b;
            }
        }
        return null;
    }

    private static ResourceEncoding encodingOf(ContentReport report) {
        if (report.charset().equals(CsvTokenizer.WINDOWS_1251)) {
            return ResourceEncoding.WINDOWS_1251;
        }
        return report.bom() ? ResourceEncoding.UTF_8_BOM : ResourceEncoding.UTF_8;
    }

    /** What a transport failure means; the first recognised exception in the cause chain decides. */
    static LinkOutcome classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BlockedAddressException) {
                return LinkOutcome.BLOCKED_ADDRESS;
            }
            if (t instanceof UnknownHostException) {
                return LinkOutcome.DNS_FAILURE;
            }
            if (t instanceof InterruptedIOException) {
                return LinkOutcome.TIMEOUT; // includes SocketTimeoutException and ConnectTimeoutException
            }
            if (t instanceof ConnectException) {
                return LinkOutcome.REFUSED;
            }
            if (t instanceof SSLException) {
                return LinkOutcome.TLS_FAILURE;
            }
        }
        return LinkOutcome.CONNECTION_ERROR;
    }

    /** Reads to the end (the bounded body ends at its limit), keeping nothing. */
    private static void drain(InputStream in) throws IOException {
        byte[] scratch = new byte[16 * 1024];
        while (in.read(scratch) >= 0) {
            // counted by the bounded body
        }
    }

    /** Closes a response whose body was read or aborted; a failure then changes nothing. */
    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            LOG.trace("Closing a response: {}", e.toString());
        }
    }

    /** Closes the connection without reading the rest of the body. */
    private static void abort(@Nullable HttpEntity entity) {
        if (entity == null) {
            return;
        }
        try {
            InputStream in = entity.getContent();
            if (in instanceof EofSensorInputStream eof) {
                eof.abort();
            } else {
                in.close();
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.trace("Aborting a response body: {}", e.toString());
        }
    }

    /** Parses a link; drops user-info so that credentials are never sent nor shown. */
    private static @Nullable URI parse(String link) {
        try {
            URI u = new URI(link);
            if (!u.isAbsolute() || u.getHost() == null) {
                return null;
            }
            return stripUserInfo(u);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static @Nullable URI resolve(URI base, String location) {
        try {
            URI u = base.resolve(new URI(location.strip()));
            return u.getHost() == null ? null : stripUserInfo(u);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static URI stripUserInfo(URI u) throws URISyntaxException {
        if (u.getRawUserInfo() == null) {
            return u;
        }
        return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), u.getQuery(), u.getFragment());
    }

    private static boolean isHttp(URI u) {
        String s = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        return s.equals("http") || s.equals("https");
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Daemon worker threads named after the probe. */
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

        /** The most checks at once, across all callers of the probe. Default 8. */
        public Builder maxConcurrency(int checks) {
            this.maxConcurrency = positive(checks, "maxConcurrency");
            return this;
        }

        /** The most requests at once to one host. Default 2. */
        public Builder perHostConcurrency(int requests) {
            this.perHostConcurrency = positive(requests, "perHostConcurrency");
            return this;
        }

        /** The least time between the starts of two requests to one host. Default 200 ms. */
        public Builder perHostDelay(Duration delay) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("perHostDelay cannot be negative: " + delay);
            }
            this.perHostDelay = delay;
            return this;
        }

        /** How long to wait for a connection. Default 10 s. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** How long to wait for the response's head and between body reads. Default 30 s. */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * How long one request may take from its start to the end of its body, against servers that
         * drip bytes just faster than the read timeout. Waits for politeness are not counted. Default 10 min.
         */
        public Builder totalTimeout(Duration timeout) {
            this.totalTimeout = positive(timeout, "totalTimeout");
            return this;
        }

        /** The most redirects followed. Default 5. */
        public Builder maxRedirects(int redirects) {
            if (redirects < 0) {
                throw new IllegalArgumentException("maxRedirects cannot be negative: " + redirects);
            }
            this.maxRedirects = redirects;
            return this;
        }

        /** The most body bytes read and checked per file; beyond it, {@code RES-TOO-LARGE}. Default 100 MiB. */
        public Builder maxBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive: " + bytes);
            }
            this.maxBytes = bytes;
            return this;
        }

        /** How many content problems each CSV's report keeps with details; all are counted. Default 1,000. */
        public Builder maxContentProblems(int problems) {
            if (problems < 0) {
                throw new IllegalArgumentException("maxContentProblems cannot be negative: " + problems);
            }
            this.maxContentProblems = problems;
            return this;
        }

        /**
         * Whether loopback, private, link-local, multicast and unspecified addresses may be contacted.
         * Default false: such links are reported as {@code RES-BLOCKED-ADDRESS} and never requested.
         */
        public Builder allowPrivateAddresses(boolean allow) {
            this.allowPrivateAddresses = allow;
            return this;
        }

        /**
         * Trusts one host name whatever it resolves to, e.g. an intranet portal. Matched exactly (case
         * aside); redirects to any other host are still checked.
         */
        public Builder trustHost(String host) {
            if (host.isBlank()) {
                throw new IllegalArgumentException("trustHost needs a host name");
            }
            this.trustedHosts.add(host.strip().toLowerCase(Locale.ROOT));
            return this;
        }

        /** The {@code User-Agent} sent. Default {@code ua-opendata/0.1 (+https://github.com/ua-opendata)}. */
        public Builder userAgent(String agent) {
            if (agent.isBlank() || agent.indexOf('\r') >= 0 || agent.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("userAgent must be one non-blank line");
            }
            this.userAgent = agent;
            return this;
        }

        /** The probe; close it when done. */
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
