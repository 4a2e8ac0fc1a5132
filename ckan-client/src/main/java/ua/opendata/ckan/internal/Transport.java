package ua.opendata.ckan.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
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
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.CkanTransportException;
import ua.opendata.ckan.CkanUnexpectedResponseException;
import ua.opendata.ckan.RetryPolicy;

/**
 * Not for public use. Sends one action call (with retries), reads the body within a size limit
 * whatever the status, and unwraps the envelope or maps the error.
 */
public final class Transport {
    private static final Logger LOG = LoggerFactory.getLogger("ua.opendata.ckan.CkanClient");
    private static final int TRACE_MAX = 2000;

    private final URI base;
    private final @Nullable String apiKey;
    private final List<String> keyHeaders;
    private final String userAgent;
    private final long maxResponseBytes;
    private final CloseableHttpClient http;
    private final Semaphore permits;
    private final ObjectMapper mapper;
    private final RequestConfig requestConfig;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Duration responseTimeout;
    private final @Nullable Duration callTimeout;

    /** Aborts requests that outlive their call's deadline (one daemon thread for all clients). */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "ckan-call-deadline");
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true);
        return e;
    }

    /** Sleeps between attempts (replaceable in tests). */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Sleeps.
         *
         * @param d how long
         * @throws InterruptedException when interrupted
         */
        void sleep(Duration d) throws InterruptedException;
    }

    /**
     * Creates a transport.
     *
     * @param base the base URL (without {@code /api/3})
     * @param apiKey the key, or null
     * @param keyHeaders the header names that carry the key
     * @param userAgent the user agent
     * @param maxResponseBytes the body size limit
     * @param http the HTTP client
     * @param maxConcurrent the maximum of calls in flight
     * @param mapper the JSON mapper
     * @param responseTimeout the response (socket) timeout
     * @param retry the retry policy
     * @param sleeper the sleeper
     * @param callTimeout the bound on one call with its retries and waits, or null for none
     */
    public Transport(
            URI base,
            @Nullable String apiKey,
            List<String> keyHeaders,
            String userAgent,
            long maxResponseBytes,
            CloseableHttpClient http,
            int maxConcurrent,
            ObjectMapper mapper,
            Duration responseTimeout,
            RetryPolicy retry,
            Sleeper sleeper,
            @Nullable Duration callTimeout) {
        this.base = base;
        this.responseTimeout = responseTimeout;
        this.callTimeout = callTimeout;
        this.apiKey = apiKey;
        this.keyHeaders = List.copyOf(keyHeaders);
        this.userAgent = userAgent;
        this.maxResponseBytes = maxResponseBytes;
        this.http = http;
        this.permits = new Semaphore(maxConcurrent, true);
        this.mapper = mapper;
        this.retry = retry;
        this.sleeper = sleeper;
        this.requestConfig =
                RequestConfig.custom()
                        .setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.of(responseTimeout))
                        .setConnectionRequestTimeout(Timeout.of(responseTimeout))
                        .build();
    }

    /** A request body factory, called once per attempt. */
    @FunctionalInterface
    public interface BodyFactory {
        /**
         * Creates the entity.
         *
         * @return the entity
         */
        HttpEntity create();
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
    public JsonNode call(String action, ObjectNode params, boolean get, boolean retryable) {
        if (get) {
            return withRetries(action, retryable, () -> new HttpGet(uri(action, params)));
        }
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(params);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(action + ": the parameters cannot be written as JSON", e);
        }
        return withRetries(action, retryable, () -> {
            HttpPost post = new HttpPost(uri(action, null));
            post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
            return post;
        });
    }

    /**
     * Calls an action with a streamed multipart body: not idempotent, so repeated only when it is
     * proven that nothing was applied (connection refused, 429, 503 with {@code Retry-After}).
     *
     * @param action the action
     * @param body creates the multipart entity
     * @return the result
     */
    public JsonNode multipart(String action, BodyFactory body) {
        return withRetries(action, false, () -> {
            HttpPost post = new HttpPost(uri(action, null));
            post.setEntity(body.create());
            return post;
        });
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
    private record Attempt(int number, long requestBytes) { }

    /** Reads the {@code result} value of a success envelope from a parser positioned on it. */
    @FunctionalInterface
    public interface ResultReader<T> {
        /**
         * Reads the value.
         *
         * @param parser positioned on the first token of the {@code result} value
         * @return the value read
         * @throws IOException on a read or parse failure
         */
        T read(JsonParser parser) throws IOException;

        /**
         * Wraps the body before the parser reads it (e.g. to keep the bytes as received); the
         * default returns it unchanged.
         *
         * @param body the body
         * @return the stream the parser reads
         */
        default InputStream wrap(InputStream body) {
            return body;
        }
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
     * @param reader reads the result
     * @param <T> the result type
     * @return what the reader returned
     */
    public <T> T callStreaming(String action, ObjectNode params, boolean get, boolean retryable,
            ResultReader<T> reader) {
        Handler<T> h = (a, response, start, attempt) -> stream(a, response, start, attempt, reader);
        if (get) {
            return withRetries(action, retryable, () -> new HttpGet(uri(action, params)), h);
        }
        byte[] body = json(action, params);
        return withRetries(action, retryable, () -> {
            HttpPost post = new HttpPost(uri(action, null));
            post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
            return post;
        }, h);
    }

    private byte[] json(String action, ObjectNode params) {
        try {
            return mapper.writeValueAsBytes(params);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(action + ": the parameters cannot be written as JSON", e);
        }
    }

    private JsonNode withRetries(String action, boolean retryable, RequestFactory factory) {
        return withRetries(action, retryable, factory, this::handle);
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
    public static boolean nothingApplied(CkanException e) {
        if (e instanceof CkanTransportException t) {
            return !t.outcomeUnknown();
        }
        return e instanceof CkanUnexpectedResponseException u && u.location() == null && u.isRateLimited();
    }

    /** The call ran out of its total time ({@code callTimeout}), retries and waits included. */
    private CkanTransportException callTimedOut(String action, int attempt, boolean unknown,
            @Nullable Throwable cause) {
        Duration t = java.util.Objects.requireNonNull(callTimeout, "callTimeout");
        String en = unknown ? "a write may or may not have happened." : "nothing was applied.";
        String uk = unknown ? "запис міг відбутися або ні." : "нічого не застосовано.";
        return new CkanTransportException(action, true, unknown, attempt,
                action + ": no complete answer from " + base + " within the call timeout of "
                        + t.toMillis() + " ms (attempt " + attempt + ", retries and waits included). "
                        + "Raise callTimeout or ask for less; " + en,
                action + ": немає повної відповіді від " + base + " за загальний час виклику "
                        + t.toMillis() + " мс (спроба " + attempt + ", з повторами й очікуванням). "
                        + "Збільште callTimeout або запитуйте менше; " + uk, cause);
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
        long base = retry.initialDelay().toMillis() << Math.min(attempt - 1, 20);
        long cap = Math.min(base, retry.maxDelay().toMillis());
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
            throw new CkanTransportException(action, false,
                    action + ": interrupted while waiting to send the request.",
                    action + ": перервано під час очікування надсилання запиту.", e);
        } catch (CkanException e) {
            if (expired.get()) {
                throw callTimedOut(action, attempt, true, e);
            }
            throw e;
        } catch (IOException e) {
            if (expired.get()) {
                throw callTimedOut(action, attempt, true, e);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            boolean timeout =
                    e instanceof SocketTimeoutException
                            || e instanceof ConnectTimeoutException
                            || e instanceof InterruptedIOException;
            boolean unsent = notConnected(e);
            LOG.debug("CKAN {} failed after {} ms (attempt {}): {}", action, ms, attempt,
                    e.getClass().getSimpleName());
            String what = Texts.excerpt(String.valueOf(e.getMessage()), 200, apiKey);
            String en = unsent ? "the connection could not be opened, nothing was sent"
                    : "whether " + action + " took effect is unknown: read the object again before "
                            + "repeating a write";
            String uk = unsent ? "з'єднання не встановлено, нічого не надіслано"
                    : "невідомо, чи " + action + " виконано: перечитайте об'єкт, перш ніж повторювати запис";
            throw new CkanTransportException(action, timeout, !unsent, attempt,
                    action + ": " + (timeout ? "timed out" : "I/O failure") + " talking to " + base
                            + " after " + ms + " ms (" + e.getClass().getSimpleName() + ": " + what
                            + "); " + en + ". Check the network and the base URL.",
                    action + ": " + (timeout ? "вичерпано час очікування" : "помилка введення-виведення")
                            + " під час звернення до " + base + " через " + ms + " мс (" + what
                            + "); " + uk + ". Перевірте мережу й базову адресу.", e);
        } finally {
            if (abort != null) {
                abort.cancel(false);
            }
            if (acquired) {
                permits.release();
            }
        }
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

    private JsonNode handle(String action, ClassicHttpResponse response, long start, Attempt at)
            throws IOException {
        int attempt = at.number();
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        String contentType = entity == null ? null : entity.getContentType();
        byte[] bytes = entity == null ? new byte[0] : readLimited(action, status, entity, at);
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.debug("CKAN {} -> HTTP {} in {} ms (attempt {})", action, status, ms, attempt);
        if (LOG.isTraceEnabled()) {
            LOG.trace("CKAN {} body: {}", action, Texts.excerpt(text(bytes), TRACE_MAX, apiKey));
        }
        String retryAfter = header(response, "Retry-After");
        if (status >= 300 && status < 400) {
            String location = header(response, "Location");
            throw ErrorMapper.unexpected(action, status, contentType, text(bytes), null,
                    location == null ? "(no Location header)" : location, retryAfter, apiKey, at.number(), at.requestBytes());
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (IOException e) {
            throw ErrorMapper.unexpected(action, status, contentType, text(bytes), null, null,
                    retryAfter, apiKey, at.number(), at.requestBytes());
        }
        if (tree != null && tree.isTextual()) {
            throw ErrorMapper.unexpected(action, status, contentType, tree.textValue(),
                    tree.textValue(), null, retryAfter, apiKey, at.number(), at.requestBytes());
        }
        if (tree == null || !tree.isObject() || !tree.path("success").isBoolean()) {
            throw ErrorMapper.unexpected(action, status, contentType, text(bytes), null, null,
                    retryAfter, apiKey, at.number(), at.requestBytes());
        }
        if (tree.get("success").booleanValue()) {
            JsonNode result = tree.get("result");
            return result == null ? NullNode.getInstance() : result;
        }
        throw ErrorMapper.map(action, status, tree.get("error"), apiKey);
    }

    private <T> T stream(String action, ClassicHttpResponse response, long start, Attempt at,
            ResultReader<T> reader) throws IOException {
        int attempt = at.number();
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        String contentType = entity == null ? null : entity.getContentType();
        if (status < 200 || status >= 300 || entity == null || contentType == null
                || !contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            JsonNode result = handle(action, response, start, at); // errors: small, buffered
            try (JsonParser p = mapper.treeAsTokens(result)) {
                p.nextToken();
                return reader.read(p);
            }
        }
        T value = null;
        boolean seenResult = false;
        Boolean success = null;
        JsonNode error = null;
        try (InputStream in = new LimitedInputStream(entity.getContent(), maxResponseBytes);
                JsonParser p = mapper.getFactory().createParser(reader.wrap(in))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw ErrorMapper.unexpected(action, status, contentType, "(not a JSON object)", null,
                        null, null, apiKey, at.number(), at.requestBytes());
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "success" -> success = p.currentToken() == JsonToken.VALUE_TRUE;
                    case "result" -> {
                        value = reader.read(p);
                        seenResult = true;
                    }
                    case "error" -> error = p.readValueAsTree();
                    default -> p.skipChildren();
                }
            }
        } catch (LimitedInputStream.TooLargeException e) {
            throw ErrorMapper.unexpected(action, status, contentType,
                    "(body longer than " + maxResponseBytes + " bytes; raise maxResponseBytes or ask "
                            + "for fewer rows)", null, null, null, apiKey, at.number(), at.requestBytes());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ErrorMapper.unexpected(action, status, contentType,
                    "(malformed JSON: " + e.getOriginalMessage() + ")", null, null, null, apiKey, at.number(), at.requestBytes());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.debug("CKAN {} -> HTTP {} in {} ms (attempt {})", action, status, ms, attempt);
        LOG.trace("CKAN {} body: (streamed, not logged)", action);
        if (Boolean.TRUE.equals(success) && seenResult) {
            return value;
        }
        if (Boolean.FALSE.equals(success)) {
            throw ErrorMapper.map(action, status, error, apiKey);
        }
        throw ErrorMapper.unexpected(action, status, contentType,
                "(a JSON object without success and result)", null, null, null, apiKey, at.number(), at.requestBytes());
    }

    /** The start of a body as text (never the whole of a large body). */
    private static String text(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
    }

    private byte[] readLimited(String action, int status, HttpEntity entity, Attempt at)
            throws IOException {
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return new byte[0];
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxResponseBytes + 1));
            if (bytes.length > maxResponseBytes) {
                throw ErrorMapper.unexpected(action, status, entity.getContentType(),
                        "(body longer than " + maxResponseBytes + " bytes; raise maxResponseBytes or ask "
                                + "for fewer rows)", null, null, null, apiKey, at.number(), at.requestBytes());
            }
            return bytes;
        }
    }

    private static @Nullable String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
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
    public URI base() {
        return base;
    }
}
