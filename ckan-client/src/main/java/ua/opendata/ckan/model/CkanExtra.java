package ua.opendata.ckan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A free-form {@code extras} entry of a dataset or organization.
 *
 * @param key the key, or null when absent
 * @param value the value (usually a string; kept as received), or null when absent
 * @param other every other key, in the order received, kept verbatim
 */
public record CkanExtra(
        @Nullable String key,
        @Nullable JsonNode value,
        Map<String, JsonNode> other) {

    /**
     * Copies the collections.
     *
     * @param key the key, or null when absent
     * @param value the value (usually a string; kept as received), or null when absent
     * @param other every other key, in the order received, kept verbatim
     */
    public CkanExtra {
        other = NodeWriter.copyOf(other);
    }

    /**
     * Reads the object; zone-less timestamps are resolved in {@code zone}.
     *
     * @param node the JSON object
     * @param zone the server's zone
     * @return the model
     */
    public static CkanExtra fromJson(ObjectNode node, ZoneId zone) {
        NodeReader r = new NodeReader(node, zone);
        return new CkanExtra(
                r.text("key"),
                r.tree("value"),
                r.rest());
    }

    /**
     * Reads the object; zone-less timestamps are taken as UTC (Jackson entry point).
     *
     * @param node the JSON object
     * @return the model
     */
    @JsonCreator
    public static CkanExtra fromJson(ObjectNode node) {
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
                .put("key", key)
                .put("value", value)
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

    /**
     * The value as received (a copy).
     *
     * @return the value, or null when absent
     */
    @Override
    public @Nullable JsonNode value() {
        return value == null ? null : value.deepCopy();
    }
}
