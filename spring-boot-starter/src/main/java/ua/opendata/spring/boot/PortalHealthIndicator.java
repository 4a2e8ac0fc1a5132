package ua.opendata.spring.boot;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanCredentials;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.CkanTransportException;
import ua.opendata.ckan.CkanUnexpectedResponseException;

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
        try {
            return check();
        } catch (CkanUnexpectedResponseException e) {
            return down(Health.down(), notTheApi(e));
        } catch (CkanTransportException e) {
            Throwable root = rootCause(e);
            return down(Health.down(), new Reason(unreachable(e, root), portal.url(), root.getClass().getSimpleName()));
        } catch (CkanException e) {
            return down(Health.down(), new Reason(e, portal.url()));
        }
    }

    /** Asks {@code status_show} and, with a key and a user, whether the portal honours the key. */
    private Health check() {
        String url = portal.url();
        String version = ckan.capabilities().ckanVersion();
        if (version == null) {
            return down(Health.down(), new Reason("health.noVersion", url));
        }
        Health.Builder up = Health.up().withDetail("portal", url).withDetail("ckanVersion", version);
        if (portal.organization() != null) {
            up.withDetail("organization", portal.organization());
        }
        String user = portal.user();
        if (!portal.hasApiKey()) {
            up.withDetail("apiKey", Texts.text(Locale.ENGLISH, "health.apiKey.none"));
        } else if (user == null) {
            up.withDetail("apiKey", Texts.text(Locale.ENGLISH, "health.apiKey.unverified"));
        } else {
            CkanCredentials credentials = ckan.verifyCredentials(user);
            if (!credentials.keyAccepted()) {
                return down(Health.down().withDetail("ckanVersion", version)
                        .withDetail("apiKey", Texts.text(Locale.ENGLISH, "health.apiKey.ignored")),
                        new Reason("health.keyIgnored", url, user));
            }
            up.withDetail("apiKey", Texts.text(Locale.ENGLISH, "health.apiKey.accepted", user));
        }
        return up.build();
    }

    /** Why an answer is not the CKAN API: a login page, a rate limit, a redirect, HTML, anything else. */
    private Reason notTheApi(CkanUnexpectedResponseException e) {
        String url = portal.url();
        String status = String.valueOf(e.httpStatus());
        if (e.isLoginRedirect()) {
            return new Reason("health.login", url, status);
        }
        if (e.isRateLimited()) {
            return new Reason("health.rateLimited", url, status);
        }
        if (e.location() != null) {
            return new Reason("health.redirect", url, status, e.location());
        }
        String type = e.contentType() == null ? "" : e.contentType().toLowerCase(Locale.ROOT);
        boolean html = type.contains("html") || e.excerpt().stripLeading().startsWith("<");
        return new Reason(html ? "health.html" : "health.notCkan", url, status);
    }

    /** The message key of a failure to reach the portal. */
    private static String unreachable(CkanTransportException e, Throwable root) {
        if (e.isTimeout()) {
            return "health.timeout";
        }
        if (root instanceof UnknownHostException) {
            return "health.unknownHost";
        }
        if (root instanceof ConnectException || root instanceof NoRouteToHostException) {
            return "health.refused";
        }
        return "health.io";
    }

    /** DOWN: the portal's address and the reason in both languages added to {@code health}. */
    private Health down(Health.Builder health, Reason reason) {
        return health.withDetail("portal", portal.url()).withDetail("reason", reason.en)
                .withDetail("reasonUk", reason.uk).build();
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

    /** A reason for DOWN in English and Ukrainian. */
    private static final class Reason {
        final String en;
        final String uk;

        /** The message {@code key} of the bundles with its values. */
        Reason(String key, Object... args) {
            this.en = Texts.text(Locale.ENGLISH, key, args);
            this.uk = Texts.text(Texts.UKRAINIAN, key, args);
        }

        /** A failure of the client, in the words of its own message. */
        Reason(CkanException e, String url) {
            this.en = Texts.text(Locale.ENGLISH, "health.failed", url, e.getMessage(Locale.ENGLISH));
            this.uk = Texts.text(Texts.UKRAINIAN, "health.failed", url, e.getMessage(Texts.UKRAINIAN));
        }
    }
}
