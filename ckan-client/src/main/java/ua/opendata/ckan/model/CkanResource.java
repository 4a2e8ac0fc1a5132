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
 * A resource (file or link) of a dataset, as read from CKAN.
 *
 * @param id the id, or null when absent
 * @param packageId the dataset id, or null when absent
 * @param name the name, or null when absent
 * @param description the description, or null when absent
 * @param url the URL (for uploads, the download URL set by the server), or null when absent
 * @param urlType {@code upload} for uploaded files, null or empty for links, or null when absent
 * @param format the format, or null when absent
 * @param mimetype the MIME type, or null when absent
 * @param size the size in bytes, or null when absent
 * @param hash the hash, or null when absent
 * @param state the state, or null when absent
 * @param position the position in the dataset, or null when absent
 * @param created when created, or null when absent
 * @param lastModified when the data last changed, or null when absent
 * @param metadataModified when the metadata last changed, or null when absent
 * @param other every other key, in the order received, kept verbatim
 */
public record CkanResource(
        @Nullable String id,
        @Nullable String packageId,
        @Nullable String name,
        @Nullable String description,
        @Nullable String url,
        @Nullable String urlType,
        @Nullable String format,
        @Nullable String mimetype,
        @Nullable Long size,
        @Nullable String hash,
        @Nullable String state,
        @Nullable Integer position,
        @Nullable CkanTimestamp created,
        @Nullable CkanTimestamp lastModified,
        @Nullable CkanTimestamp metadataModified,
        Map<String, JsonNode> other) {

    /**
     * Copies the collections.
     *
     * @param id the id, or null when absent
     * @param packageId the dataset id, or null when absent
     * @param name the name, or null when absent
     * @param description the description, or null when absent
     * @param url the URL (for uploads, the download URL set by the server), or null when absent
     * @param urlType {@code upload} for uploaded files, null or empty for links, or null when absent
     * @param format the format, or null when absent
     * @param mimetype the MIME type, or null when absent
     * @param size the size in bytes, or null when absent
     * @param hash the hash, or null when absent
     * @param state the state, or null when absent
     * @param position the position in the dataset, or null when absent
     * @param created when created, or null when absent
     * @param lastModified when the data last changed, or null when absent
     * @param metadataModified when the metadata last changed, or null when absent
     * @param other every other key, in the order received, kept verbatim
     */
    public CkanResource {
        other = NodeWriter.copyOf(other);
    }

    /**
     * Reads the object; zone-less timestamps are resolved in {@code zone}.
     *
     * @param node the JSON object
     * @param zone the server's zone
     * @return the model
     */
    public static CkanResource fromJson(ObjectNode node, ZoneId zone) {
        NodeReader r = new NodeReader(node, zone);
        return new CkanResource(
                r.text("id"),
                r.text("package_id"),
                r.text("name"),
                r.text("description"),
                r.text("url"),
                r.text("url_type"),
                r.text("format"),
                r.text("mimetype"),
                r.longValue("size"),
                r.text("hash"),
                r.text("state"),
                r.intValue("position"),
                r.timestamp("created"),
                r.timestamp("last_modified"),
                r.timestamp("metadata_modified"),
                r.rest());
    }

    /**
     * Reads the object; zone-less timestamps are taken as UTC (Jackson entry point).
     *
     * @param node the JSON object
     * @return the model
     */
    @JsonCreator
    public static CkanResource fromJson(ObjectNode node) {
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
                .put("package_id", packageId)
                .put("name", name)
                .put("description", description)
                .put("url", url)
                .put("url_type", urlType)
                .put("format", format)
                .put("mimetype", mimetype)
                .put("size", size)
                .put("hash", hash)
                .put("state", state)
                .put("position", position)
                .put("created", created)
                .put("last_modified", lastModified)
                .put("metadata_modified", metadataModified)
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
