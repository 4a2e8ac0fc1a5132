package ua.opendata.ckan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.opendata.ckan.internal.ResultReader;
import ua.opendata.ckan.internal.Texts;

/**
 * Sends one action call: builds the request per attempt, bounds the calls in flight and the
 * call's total time, retries per the {@link RetryPolicy}, and maps I/O failures; the {@link
 * ResponseReader} reads each answer.
 */
final class Transport {
    private static final Logger LOG = LoggerFactory.getLogger("ua.opendata.ckan.CkanClient");

    /** Aborts requests that outlive their call's deadline (one daemon thread for all clients). */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private final URI base;
    private final @Nullable String apiKey;
    private final List<String> keyHeaders;
    private final String userAgent;
    private final CloseableHttpClient http;
    private final Semaphore permits;
    private final ObjectMapper mapper;
    private final RequestConfig requestConfig;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Duration responseTimeout;
    private final @Nullable Duration callTimeout;
    private final ResponseReader reader;

    /** Sleeps between attempts (replaceable in tests). */
    @FunctionalInterface
    interface Sleeper {
        /**
         * Sleeps.
         *
         * @param d how long
         * @throws InterruptedException when interrupted
         */
        void sleep(Duration d) throws InterruptedException;
    }

    /** A request body factory, called once per attempt. */
    @FunctionalInterface
    interface BodyFactory {
        /**
         * Creates the entity.
         *
         * @return the entity
         */
        HttpEntity create();
    }

    /** Creates a request per attempt. */
    private interface RequestFactory {
        HttpUriRequestBase create();
    }

    /** Reads a response into a result. */
    private interface Handler<T> {
        T handle(String action, ClassicHttpResponse response, long start, Attempt attempt)
                throws IOException;
    }

    /** One attempt: its number (from 1) and the size of its request body (-1 when unknown). */
    record Attempt(int number, long requestBytes) { }

    /** What a client configures of its transport. */
    record Settings(URI base, @Nullable String apiKey, List<String> keyHeaders, String userAgent,
            long maxResponseBytes, int maxConcurrent, Duration responseTimeout, RetryPolicy retry,
            Sleeper sleeper, @Nullable Duration callTimeout) { }

    Transport(Settings s, CloseableHttpClient http, ObjectMapper mapper) {
        this.base = s.base();
        this.responseTimeout = s.responseTimeout();
        this.callTimeout = s.callTimeout();
        this.apiKey = s.apiKey();
        this.keyHeaders = List.copyOf(s.keyHeaders());
        this.userAgent = s.userAgent();
        this.http = http;
        this.permits = new Semaphore(s.maxConcurrent(), true);
        this.mapper = mapper;
        this.retry = s.retry();
        this.sleeper = s.sleeper();
        this.reader = new ResponseReader(mapper, s.maxResponseBytes(), s.apiKey());
        this.requestConfig =
                RequestConfig.custom()
                        .setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.of(responseTimeout))
                        .setConnectionRequestTimeout(Timeout.of(responseTimeout))
                        .build();
    }

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "ckan-call-deadline");
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true);
        return e;
    }

    /**
     * Calls an action with a JSON body (POST) or query parameters (GET).
     *
     * @param action the action
     * @param params the parameters
     * @param get whether to use GET (reads only)
     * @param retryable whether the action is idempotent (safe to repeat after an unknown outcome);
     *     a non-idempotent one is repeated only when it is proven that nothing was applied
     * @return the {@code result} member (NullNode when null)
     */
    JsonNode call(String action, ObjectNode params, boolean get, boolean retryable) {
        return withRetries(action, retryable, requests(action, params, get), reader::handle);
    }

    /**
     * Calls an action with a streamed multipart body: not idempotent, so repeated only when it is
     * proven that nothing was applied (connection refused, 429, 503 with {@code Retry-After}).
     *
     * @param action the action
     * @param body creates the multipart entity
     * @return the result
     */
    JsonNode multipart(String action, BodyFactory body) {
        return withRetries(action, false, () -> {
            HttpPost post = new HttpPost(uri(action, null));
            post.setEntity(body.create());
            return post;
        }, reader::handle);
    }

    /**
     * Calls an action and reads its {@code result} while it arrives, without buffering the body
     * or building a tree of it (for large answers such as pages of {@code package_search}). Error
     * answers are read as usual.
     *
     * @param action the action
     * @param params the parameters
     * @param get whether to use GET
     * @param retryable whether the action is idempotent
     * @param result reads the result
     * @param <T> the result type
     * @return what the reader returned
     */
    <T> T callStreaming(String action, ObjectNode params, boolean get, boolean retryable,
            ResultReader<T> result) {
        Handler<T> h = (a, response, start, attempt) -> reader.stream(a, response, start, attempt, result);
        return withRetries(action, retryable, requests(action, params, get), h);
    }

    private RequestFactory requests(String action, ObjectNode params, boolean get) {
        if (get) {
            return () -> new HttpGet(uri(action, params));
        }
        byte[] body = json(action, params);
        return () -> {
            HttpPost post = new HttpPost(uri(action, null));
            post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
            return post;
        };
    }

    private byte[] json(String action, ObjectNode params) {
        try {
            return mapper.writeValueAsBytes(params);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(CkanMessages.text("arg.paramsNotJson", action), e);
        }
    }

    private <T> T withRetries(String action, boolean idempotent, RequestFactory factory,
            Handler<T> handler) {
        int attempts = retry.maxAttempts();
        long deadline = callTimeout == null ? 0 : System.nanoTime() + callTimeout.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return once(action, factory.create(), attempt, handler, deadline);
            } catch (CkanTransportException | CkanUnexpectedResponseException e) {
                Duration delay = attempt < attempts && (idempotent || nothingApplied(e))
                        ? retryDelay(e, attempt) : null;
                if (delay == null) {
                    throw e;
                }
                if (deadline != 0 && System.nanoTime() + delay.toNanos() >= deadline) {
                    throw callTimedOut(action, attempt, e.outcomeUnknown(), e);
                }
                LOG.debug("CKAN {} attempt {} failed ({}); retrying in {} ms", action, attempt,
                        e.getClass().getSimpleName(), delay.toMillis());
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Whether the failure proves the server did not apply the call: the connection could not be
     * opened, or the answer was a 429 (with or without {@code Retry-After}: a rate limiter refuses
     * before the portal runs anything) or a 503 with {@code Retry-After} (a deliberate "come back
     * later"). A 502, 504 or a 503 without {@code Retry-After} is no proof: a proxy sends those
     * also when the portal ran the call and its answer was lost.
     *
     * @param e the failure
     * @return true when nothing was applied
     */
    static boolean nothingApplied(CkanException e) {
        if (e instanceof CkanTransportException t) {
            return !t.outcomeUnknown();
        }
        return e instanceof CkanUnexpectedResponseException u && u.location() == null && u.isRateLimited();
    }

    /** The call ran out of its total time ({@code callTimeout}), retries and waits included. */
    private CkanTransportException callTimedOut(String action, int attempt, boolean unknown,
            @Nullable Throwable cause) {
        long ms = Objects.requireNonNull(callTimeout, "callTimeout").toMillis();
        String outcome = unknown ? "transport.mayHaveHappened" : "transport.nothingApplied";
        return new CkanTransportException(action, true, unknown, attempt,
                CkanMessages.en("transport.callTimeout", action, base, ms, attempt, CkanMessages.en(outcome)),
                CkanMessages.uk("transport.callTimeout", action, base, ms, attempt, CkanMessages.uk(outcome)),
                cause);
    }

    private @Nullable Duration retryDelay(CkanException e, int attempt) {
        Duration retryAfter = null;
        if (e instanceof CkanUnexpectedResponseException u) {
            int s = u.httpStatus();
            if (u.location() != null || (s != 429 && s != 502 && s != 503 && s != 504)) {
                return null;
            }
            retryAfter = parseRetryAfter(u.retryAfter());
        }
        if (retryAfter != null) {
            return retryAfter.compareTo(retry.maxDelay()) > 0 ? null : retryAfter;
        }
        long first = retry.initialDelay().toMillis() << Math.min(attempt - 1, 20);
        long cap = Math.min(first, retry.maxDelay().toMillis());
        return Duration.ofMillis(cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
    }

    /**
     * Parses {@code Retry-After}: delta-seconds or an HTTP date.
     *
     * @param value the header value
     * @return the delay, or null when absent or unparseable
     */
    static @Nullable Duration parseRetryAfter(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            long s = Long.parseLong(v);
            return s < 0 ? null : Duration.ofSeconds(s);
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime t = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(t.getZone()), t);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }

    private <T> T once(String action, HttpUriRequestBase request, int attempt,
            Handler<T> handler, long deadline) {
        long remaining = deadline == 0 ? Long.MAX_VALUE : deadline - System.nanoTime();
        if (remaining <= 0) {
            throw callTimedOut(action, attempt, attempt > 1, null);
        }
        prepare(request, deadline, remaining);
        long start = System.nanoTime();
        boolean acquired = false;
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> abort = null;
        try {
            if (deadline == 0) {
                permits.acquire();
            } else if (!permits.tryAcquire(remaining, TimeUnit.NANOSECONDS)) {
                throw callTimedOut(action, attempt, attempt > 1, null);
            }
            acquired = true;
            if (deadline != 0) {
                // the response timeout bounds silences only: a slow trickle needs an abort
                abort = DEADLINES.schedule(() -> {
                    expired.set(true);
                    request.cancel();
                }, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
            HttpEntity sent = request.getEntity();
            Attempt at = new Attempt(attempt, sent == null ? -1 : sent.getContentLength());
            return http.execute(request, response -> handler.handle(action, response, start, at));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CkanTransportException(action, false, CkanMessages.en("transport.interrupted", action),
                    CkanMessages.uk("transport.interrupted", action), e);
        } catch (CkanException e) {
            throw expired.get() ? callTimedOut(action, attempt, true, e) : e;
        } catch (IOException e) {
            throw expired.get() ? callTimedOut(action, attempt, true, e) : failed(action, attempt, start, e);
        } finally {
            if (abort != null) {
                abort.cancel(false);
            }
            if (acquired) {
                permits.release();
            }
        }
    }

    /** Sets the timeouts (within the call's deadline, if any), the agent and the key headers. */
    private void prepare(HttpUriRequestBase request, long deadline, long remaining) {
        if (deadline == 0) {
            request.setConfig(requestConfig);
        } else {
            Timeout t = Timeout.of(Math.min(remaining, responseTimeout.toNanos()), TimeUnit.NANOSECONDS);
            request.setConfig(RequestConfig.copy(requestConfig).setResponseTimeout(t)
                    .setConnectionRequestTimeout(t).build());
        }
        request.setHeader("User-Agent", userAgent);
        request.setHeader("Accept", "application/json");
        if (apiKey != null) {
            for (String h : keyHeaders) {
                request.setHeader(h, apiKey);
            }
        }
    }

    /** An I/O failure of one attempt: whether anything was sent decides if the outcome is known. */
    private CkanTransportException failed(String action, int attempt, long start, IOException e) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        boolean timeout =
                e instanceof SocketTimeoutException
                        || e instanceof ConnectTimeoutException
                        || e instanceof InterruptedIOException;
        boolean unsent = notConnected(e);
        LOG.debug("CKAN {} failed after {} ms (attempt {}): {}", action, ms, attempt,
                e.getClass().getSimpleName());
        String what = Texts.excerpt(String.valueOf(e.getMessage()), 200, apiKey);
        String kind = timeout ? "transport.timedOut" : "transport.ioFailure";
        String outcome = unsent ? "transport.unsent" : "transport.unknownOutcome";
        String type = e.getClass().getSimpleName();
        return new CkanTransportException(action, timeout, !unsent, attempt,
                CkanMessages.en("transport.failed", action, CkanMessages.en(kind), base, ms, type, what,
                        CkanMessages.en(outcome, action)),
                CkanMessages.uk("transport.failed", action, CkanMessages.uk(kind), base, ms, type, what,
                        CkanMessages.uk(outcome, action)), e);
    }

    /**
     * Whether the failure happened while opening the connection, before any byte of the request
     * was written: refused, connect timeout, unknown host, no route, failed TLS handshake, or no
     * pooled connection within the wait.
     */
    static boolean notConnected(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.net.ConnectException || c instanceof ConnectTimeoutException
                    || c instanceof java.net.UnknownHostException
                    || c instanceof java.net.NoRouteToHostException
                    || c instanceof javax.net.ssl.SSLHandshakeException
                    || c instanceof org.apache.hc.core5.http.ConnectionRequestTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private URI uri(String action, @Nullable ObjectNode query) {
        StringBuilder b = new StringBuilder(base.toString());
        if (b.length() > 0 && b.charAt(b.length() - 1) == '/') {
            b.setLength(b.length() - 1);
        }
        b.append("/api/3/action/").append(URLEncoder.encode(action, StandardCharsets.UTF_8));
        if (query != null && query.size() > 0) {
            char sep = '?';
            for (Map.Entry<String, JsonNode> e : query.properties()) {
                JsonNode v = e.getValue();
                if (v.isNull()) {
                    continue;
                }
                String s = v.isValueNode() ? v.asText() : v.toString();
                b.append(sep)
                        .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(s, StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return URI.create(b.toString());
    }

    /**
     * The base URL.
     *
     * @return the base URL
     */
    URI base() {
        return base;
    }
}
