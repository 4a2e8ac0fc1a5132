package ua.opendata.ckan;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpHost;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a {@link CkanClient.Builder}: its values with their defaults and the checks of
 * each setter (which fail fast on bad values). Only {@link CkanClient.Builder} extends it; its
 * public setters are the builder's.
 */
abstract class ClientSettings {
    final URI baseUrl;
    @Nullable String apiKey;
    List<String> keyHeaders = List.of("Authorization", "X-CKAN-API-Key");
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration responseTimeout = Duration.ofSeconds(60);
    String userAgent = "ua-opendata-ckan-client/0.1";
    @Nullable CloseableHttpClient httpClient;
    int maxConcurrent = 4;
    long maxResponseBytes = 64L * 1024 * 1024;
    long maxUploadBytes = 10L * 1024 * 1024;
    ZoneId zone = ZoneOffset.UTC;
    boolean getForReads;
    RetryPolicy retry = RetryPolicy.defaults();
    Duration writePacing = Duration.ZERO;
    @Nullable Duration callTimeout;
    @Nullable HttpHost proxy;
    Transport.Sleeper sleeper = d -> Thread.sleep(d.toMillis());

    ClientSettings(String baseUrl) {
        URI u;
        try {
            u = URI.create(Objects.requireNonNull(baseUrl, "baseUrl"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(CkanMessages.text("arg.baseUrlNotUrl", baseUrl), e);
        }
        if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
            throw new IllegalArgumentException(CkanMessages.text("arg.baseUrlScheme", baseUrl));
        }
        this.baseUrl = u;
    }

    /** This builder, as the setters return it. */
    abstract CkanClient.Builder self();

    /**
     * Sets the API key or token, sent raw (no {@code Bearer}) in every key header. Without a key (the
     * default, or after {@link #noApiKey()}) calls are anonymous.
     *
     * @param value the key; a blank one means no key (an empty environment variable, say)
     * @return this builder
     */
    public CkanClient.Builder apiKey(String value) {
        Objects.requireNonNull(value, "value");
        apiKey = value.isBlank() ? null : value.strip();
        return self();
    }

    /**
     * Calls anonymously, forgetting a key given before (the default).
     *
     * @return this builder
     */
    public CkanClient.Builder noApiKey() {
        apiKey = null;
        return self();
    }

    /**
     * Sets the headers carrying the key (default {@code Authorization} and {@code
     * X-CKAN-API-Key}; CKAN 2.11 reads only its configured {@code apitoken_header_name}).
     *
     * @param names the header names
     * @return this builder
     */
    public CkanClient.Builder keyHeaders(List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException(CkanMessages.text("arg.keyHeaders"));
        }
        keyHeaders = List.copyOf(names);
        return self();
    }

    /**
     * Sets the connect timeout (used when the client creates its HTTP client).
     *
     * @param value the timeout
     * @return this builder
     */
    public CkanClient.Builder connectTimeout(Duration value) {
        connectTimeout = positive("connectTimeout", value);
        return self();
    }

    /**
     * Sets the response timeout (time without data from the server).
     *
     * @param value the timeout
     * @return this builder
     */
    public CkanClient.Builder responseTimeout(Duration value) {
        responseTimeout = positive("responseTimeout", value);
        return self();
    }

    /**
     * Bounds one call as a whole: every attempt, the waits between retries and the reading
     * of the answer (default: no bound; each attempt is still bounded by the connect and
     * response timeouts, which only bound silences). When the time is up the request is
     * aborted and the call fails with a {@link CkanTransportException} whose {@code
     * isTimeout()} is true and whose message names the action and this timeout. It also
     * bounds uploads: leave it unset, or generous, for large files. A {@code package_create}
     * retried after checking its name gives each attempt its own bound.
     *
     * @param value the total time of one call
     * @return this builder
     */
    public CkanClient.Builder callTimeout(Duration value) {
        callTimeout = positive("callTimeout", value);
        return self();
    }

    /**
     * Sends every request through an HTTP proxy, e.g. {@code http://proxy.example:3128} (an
     * {@code https} portal is reached through it with {@code CONNECT}). Proxy
     * authentication is not built in: give the client your own {@link #httpClient} for that.
     *
     * @param value the proxy's URL ({@code http://host:port})
     * @return this builder
     */
    public CkanClient.Builder proxy(URI value) {
        Objects.requireNonNull(value, "proxy");
        if (!"http".equals(value.getScheme()) || value.getHost() == null || value.getPort() < 1
                || value.getUserInfo() != null
                || !(value.getRawPath() == null || value.getRawPath().isEmpty()
                        || value.getRawPath().equals("/"))) {
            throw new IllegalArgumentException(CkanMessages.text("arg.proxy",
                    value.getUserInfo() == null ? value : CkanMessages.text("arg.proxyCredentials")));
        }
        proxy = new HttpHost("http", value.getHost(), value.getPort());
        return self();
    }

    /**
     * Sets the user agent.
     *
     * @param value the user agent
     * @return this builder
     */
    public CkanClient.Builder userAgent(String value) {
        userAgent = Objects.requireNonNull(value, "userAgent");
        return self();
    }

    /**
     * Uses an HTTP client supplied (and closed) by the caller. Give it no cookie store; the
     * client disables redirects per request. The client's own HTTP client keeps the key out of
     * HttpClient's header and wire logs ({@code org.apache.hc.client5.http.headers}, {@code
     * .wire}); one supplied here logs what its connections log: keep those loggers below DEBUG.
     *
     * @param value the HTTP client
     * @return this builder
     */
    public CkanClient.Builder httpClient(CloseableHttpClient value) {
        httpClient = Objects.requireNonNull(value, "httpClient");
        return self();
    }

    /**
     * Sets the maximum number of calls in flight (default 4).
     *
     * @param value the limit
     * @return this builder
     */
    public CkanClient.Builder maxConcurrentRequests(int value) {
        if (value < 1) {
            throw new IllegalArgumentException(CkanMessages.text("arg.atLeastOne", "maxConcurrentRequests", value));
        }
        maxConcurrent = value;
        return self();
    }

    /**
     * Sets the largest response body accepted (default 64 MiB).
     *
     * @param value the limit in bytes
     * @return this builder
     */
    public CkanClient.Builder maxResponseBytes(long value) {
        if (value < 1) {
            throw new IllegalArgumentException(CkanMessages.text("arg.atLeastOne", "maxResponseBytes", value));
        }
        maxResponseBytes = value;
        return self();
    }

    /**
     * Sets the largest file uploaded (default 10 MiB, CKAN's default {@code
     * ckan.max_resource_size}).
     *
     * @param value the limit in bytes
     * @return this builder
     */
    public CkanClient.Builder maxUploadBytes(long value) {
        if (value < 1) {
            throw new IllegalArgumentException(CkanMessages.text("arg.atLeastOne", "maxUploadBytes", value));
        }
        maxUploadBytes = value;
        return self();
    }

    /**
     * Sets the zone of the server's zone-less timestamps (default UTC).
     *
     * @param value the zone
     * @return this builder
     */
    public CkanClient.Builder zone(ZoneId value) {
        zone = Objects.requireNonNull(value, "zone");
        return self();
    }

    /**
     * Sends reads as {@code GET} with query parameters instead of {@code POST} JSON.
     *
     * @param value whether to use GET for reads
     * @return this builder
     */
    public CkanClient.Builder getForReads(boolean value) {
        getForReads = value;
        return self();
    }

    /**
     * Sets the retry policy (default {@link RetryPolicy#defaults()}).
     *
     * @param value the policy
     * @return this builder
     */
    public CkanClient.Builder retryPolicy(RetryPolicy value) {
        retry = Objects.requireNonNull(value, "retryPolicy");
        return self();
    }

    /**
     * Spaces write calls at least this far apart (default none). Portals throttle writes: a
     * large CKAN saw errors at 5 creations per second.
     *
     * @param value the minimum interval between writes
     * @return this builder
     */
    public CkanClient.Builder writePacing(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException(CkanMessages.text("arg.writePacing", value));
        }
        writePacing = value;
        return self();
    }

    /** What the client's transport takes of these settings. */
    Transport.Settings transportSettings() {
        return new Transport.Settings(baseUrl, apiKey, keyHeaders, userAgent, maxResponseBytes,
                maxConcurrent, responseTimeout, retry, sleeper, callTimeout);
    }

    /** For tests: replaces the sleep between retry attempts and between paced writes. */
    CkanClient.Builder sleeper(Transport.Sleeper value) {
        sleeper = Objects.requireNonNull(value, "sleeper");
        return self();
    }

    /**
     * Builds the client.
     *
     * @return the client
     */
    public CkanClient build() {
        if (httpClient != null && proxy != null) {
            throw new IllegalArgumentException(CkanMessages.text("arg.proxyAndHttpClient"));
        }
        return new CkanClient(this);
    }

    @Override
    public String toString() {
        return "CkanClient.Builder[" + baseUrl + ", key=" + (apiKey == null ? "none" : "***") + "]";
    }

    static Duration positive(String name, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(CkanMessages.text("arg.positive", name, d));
        }
        return d;
    }
}
