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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.content.ContentChecker;
import ua.opendata.core.content.ContentProblem;
import ua.opendata.core.content.ContentReport;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.text.Messages;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.KnownFormat;
import ua.opendata.passport.io.CsvTokenizer;

/**
 * The check of one resource by a {@link ResourceProbe}: follows the link and its redirects under the address
 * policy and the per-host gates, reads the status and headers, sniffs and checks the body, and collects the
 * outcome and problems. One instance per check; not thread-safe.
 */
final class ProbeRun {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceProbe.class);
    static final String TEXTS = Messages.PROBE;
    private static final String FILE_TOO_LARGE = "CSV-FILE-TOO-LARGE";

    private final int maxRedirects;
    private final long maxBytes;
    private final Duration totalTimeout;
    private final AddressPolicy policy;
    private final HostGates gates;
    private final ContentChecker checker;
    private final CloseableHttpClient client;
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

    ProbeRun(ResourceProbe probe, ResourceTarget target) {
        this.maxRedirects = probe.maxRedirects;
        this.maxBytes = probe.maxBytes;
        this.totalTimeout = probe.totalTimeout;
        this.policy = probe.policy;
        this.gates = probe.gates;
        this.checker = probe.checker;
        this.client = probe.client;
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
                ContentReport report = target.structure() == null ? checker.check(in, finalUrl)
                        : checker.check(in, finalUrl, target.structure());
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
                Object firstText = first == null ? "" : LocalizedText.of(TEXTS, "RES-CONTENT-ERRORS.first", first.row(),
                        first.message());
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
        problems.add(new ResourceProblem(code, severity, LocalizedText.of(TEXTS, code + ".message", a),
                LocalizedText.of(TEXTS, code + ".fix")));
    }

    ResourceCheck result(Duration elapsed) {
        problems.sort(Comparator.comparing(ResourceProblem::severity));
        return ResourceCheck.builder(target).url(url).finalUrl(finalUrl).redirects(redirects).outcome(outcome)
                .status(status).contentType(contentType).contentLength(contentLength).bytesRead(bytesRead)
                .truncated(truncated).detectedFormat(format).encoding(encoding).content(content)
                .problems(problems).elapsed(elapsed).build();
    }


    private static LocalizedText reason(LinkOutcome o) {
        switch (o) {
            case DNS_FAILURE:
            case REFUSED:
            case TIMEOUT:
            case TLS_FAILURE:
                return LocalizedText.of(TEXTS, o.name());
            default:
                return LocalizedText.of(TEXTS, LinkOutcome.CONNECTION_ERROR.name());
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
    static @Nullable URI parse(String link) {
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
}
