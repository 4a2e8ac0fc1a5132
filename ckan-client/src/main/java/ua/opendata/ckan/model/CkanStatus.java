package ua.opendata.ckan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code status_show}: version and plugins of the server.
 *
 * @param ckanVersion the CKAN version, e.g. {@code 2.10.10}, or null when absent
 * @param siteTitle the site title, or null when absent
 * @param siteUrl the site URL, or null when absent
 * @param localeDefault the default locale, or null when absent
 * @param extensions the enabled plugins, or null when absent
 * @param other every other key, in the order received, kept verbatim
 */
public record CkanStatus(
        @Nullable String ckanVersion,
        @Nullable String siteTitle,
        @Nullable String siteUrl,
        @Nullable String localeDefault,
        @Nullable List<String> extensions,
        Map<String, JsonNode> other) {

    /**
     * Copies the collections.
     *
     * @param ckanVersion the CKAN version, e.g. {@code 2.10.10}, or null when absent
     * @param siteTitle the site title, or null when absent
     * @param siteUrl the site URL, or null when absent
     * @param localeDefault the default locale, or null when absent
     * @param extensions the enabled plugins, or null when absent
     * @param other every other key, in the order received, kept verbatim
     */
    public CkanStatus {
        extensions = extensions == null ? null : List.copyOf(extensions);
        other = NodeWriter.copyOf(other);
    }

    /**
     * Reads the object; zone-less timestamps are resolved in {@code zone}.
     *
     * @param node the JSON object
     * @param zone the server's zone
     * @return the model
     */
    public static CkanStatus fromJson(ObjectNode node, ZoneId zone) {
        NodeReader r = new NodeReader(node, zone);
        return new CkanStatus(
                r.text("ckan_version"),
                r.text("site_title"),
                r.text("site_url"),
                r.text("locale_default"),
                r.strings("extensions"),
                r.rest());
    }

    /**
     * Reads the object; zone-less timestamps are taken as UTC (Jackson entry point).
     *
     * @param node the JSON object
     * @return the model
     */
    @JsonCreator
    public static CkanStatus fromJson(ObjectNode node) {
        return fromJson(node, ZoneOffset.UTC);
    }

    /**
     * Writes the object: typed fields (nulls omitted), then every kept key.
     *
     * @return a new JSON object
     */
    @JsonValue
    public ObjectNode toJson() {
        return new NodeWriter()
                .put("ckan_version", ckanVersion)
                .put("site_title", siteTitle)
                .put("site_url", siteUrl)
                .put("locale_default", localeDefault)
                .putStrings("extensions", extensions)
                .finish(other);
    }

    /**
     * Every key the model does not type, in the order received (a copy: the record stays
     * immutable).
     *
     * @return an immutable ordered map of copied values
     */
    @Override
    public Map<String, JsonNode> other() {
        return NodeWriter.copyOf(other);
    }
}
