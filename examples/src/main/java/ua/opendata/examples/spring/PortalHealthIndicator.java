package ua.opendata.examples.spring;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import ua.opendata.ckan.CkanCapabilities;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanCredentials;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.CkanTransportException;
import ua.opendata.ckan.CkanUnexpectedResponseException;
import ua.opendata.core.LocalizedText;

/**
 * The portal on the actuator's health endpoint. UP with the CKAN version ({@code status_show}) when
 * the portal answers as CKAN and, with {@code opendata.portal.user} set, honours the API key; DOWN
 * with a one-line reason, in English ({@code reason}) and Ukrainian ({@code reasonUk}), when it is
 * unreachable, answers something that is not the CKAN API (an HTML page, a redirect, a login page),
 * limits the rate of requests, or ignores the key (CKAN runs a call with a wrong, expired or revoked
 * key as anonymous and never says so).
 *
 * <p>The details carry the portal's address, the version and whether a key is used, never the key.
 * Each health check asks the portal ({@code status_show}, and {@code user_show} with
 * {@code organization_list_for_user} when the key is verified); the actuator's health cache
 * ({@code management.endpoint.health.cache.time-to-live}) keeps a busy probe from asking too often.
 */
public final class PortalHealthIndicator implements HealthIndicator {
    private static final String TEXTS = "ua.opendata.examples.spring.Messages";

    private final CkanClient ckan;
    private final PortalProperties portal;

    /**
     * An indicator for one portal.
     *
     * @param ckan the portal's client
     * @param portal the properties it was built from (address, key presence, user)
     */
    public PortalHealthIndicator(CkanClient ckan, PortalProperties portal) {
        this.ckan = ckan;
        this.portal = portal;
    }

    /**
     * Asks the portal.
     *
     * @return UP with {@code portal}, {@code ckanVersion}, {@code apiKey} (and {@code organization} when
     *     set); DOWN with {@code portal}, {@code reason} and {@code reasonUk}
     */
    @Override
    public Health health() {
        String url = portal.url();
        try {
            CkanCapabilities capabilities = ckan.capabilities();
            String version = capabilities.ckanVersion();
            if (version == null) {
                return down(Health.down(), LocalizedText.of(TEXTS, "health.noVersion", url));
            }
            Health.Builder up = Health.up().withDetail("portal", url).withDetail("ckanVersion", version);
            if (portal.organization() != null) {
                up.withDetail("organization", portal.organization());
            }
            String user = portal.user();
            if (!portal.hasApiKey()) {
                up.withDetail("apiKey", "none");
            } else if (user == null) {
                up.withDetail("apiKey", "set, not verified (set opendata.portal.user to verify it)");
            } else {
                CkanCredentials credentials = ckan.verifyCredentials(user);
                if (!credentials.keyAccepted()) {
                    return down(Health.down().withDetail("ckanVersion", version).withDetail("apiKey", "ignored"),
                            LocalizedText.of(TEXTS, "health.keyIgnored", url, user));
                }
                up.withDetail("apiKey", "accepted for " + user);
            }
            return up.build();
        } catch (CkanUnexpectedResponseException e) {
            String type = e.contentType() == null ? "" : e.contentType().toLowerCase(Locale.ROOT);
            if (e.isLoginRedirect()) {
                return down(Health.down(), LocalizedText.of(TEXTS, "health.login", url, e.httpStatus()));
            }
            if (e.isRateLimited()) {
                return down(Health.down(), LocalizedText.of(TEXTS, "health.rateLimited", url, e.httpStatus()));
            }
            if (e.location() != null) {
                return down(Health.down(), LocalizedText.of(TEXTS, "health.redirect", url, e.httpStatus(), e.location()));
            }
            boolean html = type.contains("html") || e.excerpt().stripLeading().startsWith("<");
            return down(Health.down(), LocalizedText.of(TEXTS, html ? "health.html" : "health.notCkan", url, e.httpStatus()));
        } catch (CkanTransportException e) {
            Throwable root = rootCause(e);
            String key;
            if (e.isTimeout()) {
                key = "health.timeout";
            } else if (root instanceof UnknownHostException) {
                key = "health.unknownHost";
            } else if (root instanceof ConnectException || root instanceof NoRouteToHostException) {
                key = "health.refused";
            } else {
                key = "health.io";
            }
            return down(Health.down(), LocalizedText.of(TEXTS, key, url, root.getClass().getSimpleName()));
        } catch (CkanException e) {
            return down(Health.down(), LocalizedText.of(TEXTS, "health.failed", url,
                    new LocalizedText(e.getMessage(LocalizedText.UKRAINIAN), e.getMessage(Locale.ENGLISH))));
        }
    }

    /** DOWN: the portal's address and the reason in both languages added to {@code health}. */
    private Health down(Health.Builder health, LocalizedText reason) {
        return health.withDetail("portal", portal.url()).withDetail("reason", reason.en())
                .withDetail("reasonUk", reason.uk()).build();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable r = e;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r;
    }

    /**
     * The indicator without the key.
     *
     * @return e.g. {@code PortalHealthIndicator[https://data.gov.ua]}
     */
    @Override
    public String toString() {
        return "PortalHealthIndicator[" + portal.url() + "]";
    }
}
