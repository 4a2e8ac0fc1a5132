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
 * A group (as listed in a dataset or returned by {@code group_show}).
 *
 * @param id the id, or null when absent
 * @param name the name (natural key), or null when absent
 * @param title the title, or null when absent
 * @param displayName the display name, or null when absent
 * @param description the description, or null when absent
 * @param imageDisplayUrl the image URL, or null when absent
 * @param other every other key, in the order received, kept verbatim
 */
public record CkanGroup(
        @Nullable String id,
        @Nullable String name,
        @Nullable String title,
        @Nullable String displayName,
        @Nullable String description,
        @Nullable String imageDisplayUrl,
        Map<String, JsonNode> other) {

    /**
     * Copies the collections.
     *
     * @param id the id, or null when absent
     * @param name the name (natural key), or null when absent
     * @param title the title, or null when absent
     * @param displayName the display name, or null when absent
     * @param description the description, or null when absent
     * @param imageDisplayUrl the image URL, or null when absent
     * @param other every other key, in the order received, kept verbatim
     */
    public CkanGroup {
        other = NodeWriter.copyOf(other);
    }

    /**
     * Reads the object; zone-less timestamps are resolved in {@code zone}.
     *
     * @param node the JSON object
     * @param zone the server's zone
     * @return the model
     */
    public static CkanGroup fromJson(ObjectNode node, ZoneId zone) {
        NodeReader r = new NodeReader(node, zone);
        return new CkanGroup(
                r.text("id"),
                r.text("name"),
                r.text("title"),
                r.text("display_name"),
                r.text("description"),
                r.text("image_display_url"),
                r.rest());
    }

    /**
     * Reads the object; zone-less timestamps are taken as UTC (Jackson entry point).
     *
     * @param node the JSON object
     * @return the model
     */
    @JsonCreator
    public static CkanGroup fromJson(ObjectNode node) {
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
                .put("title", title)
                .put("display_name", displayName)
                .put("description", description)
                .put("image_display_url", imageDisplayUrl)
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
