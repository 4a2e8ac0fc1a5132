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
 * A user as returned by {@code user_show}.
 *
 * @param id the id, or null when absent
 * @param name the name, or null when absent
 * @param fullname the full name, or null when absent
 * @param displayName the display name, or null when absent
 * @param sysadmin whether a sysadmin, or null when absent
 * @param state the state, or null when absent
 * @param other every other key, in the order received, kept verbatim
 */
public record CkanUser(
        @Nullable String id,
        @Nullable String name,
        @Nullable String fullname,
        @Nullable String displayName,
        @Nullable Boolean sysadmin,
        @Nullable String state,
        Map<String, JsonNode> other) {

    /**
     * Copies the collections.
     *
     * @param id the id, or null when absent
     * @param name the name, or null when absent
     * @param fullname the full name, or null when absent
     * @param displayName the display name, or null when absent
     * @param sysadmin whether a sysadmin, or null when absent
     * @param state the state, or null when absent
     * @param other every other key, in the order received, kept verbatim
     */
    public CkanUser {
        other = NodeWriter.copyOf(other);
    }

    /**
     * Reads the object; zone-less timestamps are resolved in {@code zone}.
     *
     * @param node the JSON object
     * @param zone the server's zone
     * @return the model
     */
    public static CkanUser fromJson(ObjectNode node, ZoneId zone) {
        NodeReader r = new NodeReader(node, zone);
        return new CkanUser(
                r.text("id"),
                r.text("name"),
                r.text("fullname"),
                r.text("display_name"),
                r.bool("sysadmin"),
                r.text("state"),
                r.rest());
    }

    /**
     * Reads the object; zone-less timestamps are taken as UTC (Jackson entry point).
     *
     * @param node the JSON object
     * @return the model
     */
    @JsonCreator
    public static CkanUser fromJson(ObjectNode node) {
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
                .put("id", id)
                .put("name", name)
                .put("fullname", fullname)
                .put("display_name", displayName)
                .put("sysadmin", sysadmin)
                .put("state", state)
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
