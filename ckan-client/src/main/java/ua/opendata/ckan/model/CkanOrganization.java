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
 * An organization (publisher).
 *
 * @param id the id, or null when absent
 * @param name the name (natural key), or null when absent
 * @param title the title, or null when absent
 * @param displayName the display name, or null when absent
 * @param description the description, or null when absent
 * @param imageUrl the image URL, or null when absent
 * @param created when created, or null when absent
 * @param isOrganization true for an organization, or null when absent
 * @param approvalStatus the approval status, or null when absent
 * @param state the state ({@code active}, {@code deleted}), or null when absent
 * @param type the type, or null when absent
 * @param packageCount the number of datasets, or null when absent
 * @param extras the extras, or null when absent
 * @param other every other key, in the order received, kept verbatim
 */
public record CkanOrganization(
        @Nullable String id,
        @Nullable String name,
        @Nullable String title,
        @Nullable String displayName,
        @Nullable String description,
        @Nullable String imageUrl,
        @Nullable CkanTimestamp created,
        @Nullable Boolean isOrganization,
        @Nullable String approvalStatus,
        @Nullable String state,
        @Nullable String type,
        @Nullable Long packageCount,
        @Nullable List<CkanExtra> extras,
        Map<String, JsonNode> other) {

    /**
     * Copies the collections.
     *
     * @param id the id, or null when absent
     * @param name the name (natural key), or null when absent
     * @param title the title, or null when absent
     * @param displayName the display name, or null when absent
     * @param description the description, or null when absent
     * @param imageUrl the image URL, or null when absent
     * @param created when created, or null when absent
     * @param isOrganization true for an organization, or null when absent
     * @param approvalStatus the approval status, or null when absent
     * @param state the state ({@code active}, {@code deleted}), or null when absent
     * @param type the type, or null when absent
     * @param packageCount the number of datasets, or null when absent
     * @param extras the extras, or null when absent
     * @param other every other key, in the order received, kept verbatim
     */
    public CkanOrganization {
        extras = extras == null ? null : List.copyOf(extras);
        other = NodeWriter.copyOf(other);
    }

    /**
     * Reads the object; zone-less timestamps are resolved in {@code zone}.
     *
     * @param node the JSON object
     * @param zone the server's zone
     * @return the model
     */
    public static CkanOrganization fromJson(ObjectNode node, ZoneId zone) {
        NodeReader r = new NodeReader(node, zone);
        return new CkanOrganization(
                r.text("id"),
                r.text("name"),
                r.text("title"),
                r.text("display_name"),
                r.text("description"),
                r.text("image_url"),
                r.timestamp("created"),
                r.bool("is_organization"),
                r.text("approval_status"),
                r.text("state"),
                r.text("type"),
                r.longValue("package_count"),
                r.objects("extras", CkanExtra::fromJson),
                r.rest());
    }

    /**
     * Reads the object; zone-less timestamps are taken as UTC (Jackson entry point).
     *
     * @param node the JSON object
     * @return the model
     */
    @JsonCreator
    public static CkanOrganization fromJson(ObjectNode node) {
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
                .put("image_url", imageUrl)
                .put("created", created)
                .put("is_organization", isOrganization)
                .put("approval_status", approvalStatus)
                .put("state", state)
                .put("type", type)
                .put("package_count", packageCount)
                .putObjects("extras", extras, CkanExtra::toJson)
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
