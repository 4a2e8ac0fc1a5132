package ua.opendata.spring.boot;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CKAN portal an application talks to, bound from {@code opendata.portal.*} when
 * {@code opendata.portal.url} is set:
 *
 * <pre>
 * opendata.portal.url=https://data.gov.ua
 * opendata.portal.api-key=${OPENDATA_API_KEY:}
 * opendata.portal.user=my-user-name
 * opendata.portal.organization=my-council
 * opendata.portal.connect-timeout=10s
 * opendata.portal.response-timeout=60s
 * opendata.portal.retries=3
 * </pre>
 *
 * <p>The key is never printed: {@link #toString()} shows only whether there is one.
 *
 * @param url the portal's base address, e.g. {@code https://data.gov.ua} (without {@code /api/3})
 * @param apiKey the API key, or null (a blank value counts as none) to read public datasets only
 * @param user the name of the key's user on the portal, or null; with it the health check verifies that
 *     the portal honours the key (CKAN runs a call with a wrong key as anonymous and never says so)
 * @param organization the publisher's organization name on the portal, or null
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long to wait for an answer
 * @param retries how many times a failed read is retried (0 to 10)
 */
@ConfigurationProperties(prefix = "opendata.portal")
public record PortalProperties(
        String url,
        @Nullable String apiKey,
        @Nullable String user,
        @Nullable String organization,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("60s") Duration responseTimeout,
        @DefaultValue("3") int retries) {

    /** The most retries {@code opendata.portal.retries} allows. */
    public static final int MAX_RETRIES = 10;

    /**
     * Checks the values; a blank key, user or organization counts as none.
     *
     * @param url the portal's base address, an {@code http} or {@code https} URL; stripped
     * @param apiKey the API key, or null (blank becomes null)
     * @param user the name of the key's user on the portal, or null (blank becomes null)
     * @param organization the publisher's organization name on the portal, or null (blank becomes null)
     * @param connectTimeout how long to wait for a connection; positive
     * @param responseTimeout how long to wait for an answer; positive
     * @param retries how many times a failed read is retried, from 0 to {@link #MAX_RETRIES}
     * @throws IllegalArgumentException naming the property and the fix (in English and Ukrainian) when a
     *     value is wrong
     */
    public PortalProperties {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(Texts.bilingual("properties.url.missing"));
        }
        url = url.strip();
        URI u;
        try {
            u = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Texts.bilingual("properties.url.notUrl", url), e);
        }
        if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
            throw new IllegalArgumentException(Texts.bilingual("properties.url.notHttp", url));
        }
        apiKey = blankToNull(apiKey);
        user = blankToNull(user);
        organization = blankToNull(organization);
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException(Texts.bilingual("properties.timeout", "opendata.portal.connect-timeout",
                    String.valueOf(connectTimeout), "10s"));
        }
        if (responseTimeout == null || responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException(Texts.bilingual("properties.timeout",
                    "opendata.portal.response-timeout", String.valueOf(responseTimeout), "60s"));
        }
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException(Texts.bilingual("properties.retries", String.valueOf(retries),
                    String.valueOf(MAX_RETRIES)));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Whether an API key is configured.
     *
     * @return true when there is a key
     */
    public boolean hasApiKey() {
        return apiKey != null;
    }

    /**
     * The values without the key: {@code apiKey=***} when there is one, {@code apiKey=none} otherwise.
     *
     * @return the redacted text
     */
    @Override
    public String toString() {
        return "PortalProperties[url=" + url + ", apiKey=" + (apiKey == null ? "none" : "***") + ", user=" + user
                + ", organization=" + organization + ", connectTimeout=" + connectTimeout + ", responseTimeout="
                + responseTimeout + ", retries=" + retries + "]";
    }
}
