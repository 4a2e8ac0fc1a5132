package ua.opendata.ckan;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import ua.opendata.ckan.internal.RedactingConnectionFactory;

/**
 * The HTTP client a {@link CkanClient} creates when none is supplied: no cookies, no redirects,
 * no automatic retries (the transport retries), a pool sized to {@code maxConcurrentRequests},
 * and connections whose header and wire logs have the key redacted.
 */
final class HttpClientFactory {
    private HttpClientFactory() {}

    static CloseableHttpClient create(ClientSettings b) {
        HttpClientBuilder hb = HttpClients.custom();
        if (b.proxy != null) {
            hb.setProxy(b.proxy);
        }
        return hb
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .setConnectionManager(
                        PoolingHttpClientConnectionManagerBuilder.create()
                                // HttpClient's header and wire logs, with the key redacted
                                .setConnectionFactory(new RedactingConnectionFactory(b.apiKey, b.keyHeaders))
                                .setMaxConnTotal(b.maxConcurrent)
                                .setMaxConnPerRoute(b.maxConcurrent)
                                .setDefaultConnectionConfig(
                                        ConnectionConfig.custom()
                                                .setConnectTimeout(Timeout.of(b.connectTimeout))
                                                .setSocketTimeout(Timeout.of(b.responseTimeout))
                                                .build())
                                .build())
                .build();
    }
}
