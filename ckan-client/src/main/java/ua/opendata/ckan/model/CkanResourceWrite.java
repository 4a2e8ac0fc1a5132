package ua.opendata.ckan.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A resource to create or update (write shape). Null fields are not sent. To turn an uploaded
 * file into a link, set {@code urlType} to {@code ""} with the new URL: otherwise CKAN keeps
 * {@code url_type=upload} and cuts the URL to its last segment.
 *
 * @param id the id (for updates), or null
 * @param packageId the dataset id or name (for {@code resource_create}), or null
 * @param name the name, or null
 * @param description the description, or null
 * @param url the URL of a link resource, or null
 * @param urlType {@code ""} to clear an upload, or null to leave it
 * @param format the format, or null
 * @param mimetype the MIME type, or null
 * @param other any other key to send (custom resource fields), in order
 */
public record CkanResourceWrite(
        @Nullable String id,
        @Nullable String packageId,
        @Nullable String name,
        @Nullable String description,
        @Nullable String url,
        @Nullable String urlType,
        @Nullable String format,
        @Nullable String mimetype,
        Map<String, JsonNode> other) {

    /**
     * Copies the map.
     *
     * @param id the id (for updates), or null
     * @param packageId the dataset id or name (for {@code resource_create}), or null
     * @param name the name, or null
     * @param description the description, or null
     * @param url the URL of a link resource, or null
     * @param urlType {@code ""} to clear an upload, or null to leave it
     * @param format the format, or null
     * @param mimetype the MIME type, or null
     * @param other any other key to send (custom resource fields), in order
     */
    public CkanResourceWrite {
        other = NodeWriter.copyOf(other);
    }

    /**
     * A builder for a new resource.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A write shape with every key of a resource as read, so an update loses nothing.
     *
     * @param read the resource as read
     * @return the write shape
     */
    public static CkanResourceWrite from(CkanResource read) {
        ObjectNode all = read.toJson();
        Map<String, JsonNode> rest = new LinkedHashMap<>();
        all.properties().forEach(e -> rest.put(e.getKey(), e.getValue()));
        for (String k :
                new String[] {"id", "package_id", "name", "description", "url", "url_type", "format",
                    "mimetype"}) {
            rest.remove(k);
        }
        return new CkanResourceWrite(
                read.id(), read.packageId(), read.name(), read.description(), read.url(), read.urlType(),
                read.format(), read.mimetype(), rest);
    }

    /**
     * A builder initialised with this resource.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.packageId = packageId;
        b.name = name;
        b.description = description;
        b.url = url;
        b.urlType = urlType;
        b.format = format;
        b.mimetype = mimetype;
        b.other.putAll(other);
        return b;
    }

    /**
     * The JSON sent to CKAN.
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
                .finish(other);
    }

    /** Builds a {@link CkanResourceWrite}. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String packageId;
        private @Nullable String name;
        private @Nullable String description;
        private @Nullable String url;
        private @Nullable String urlType;
        private @Nullable String format;
        private @Nullable String mimetype;
        private final Map<String, JsonNode> other = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets the id.
         *
         * @param value the id
         * @return this builder
         */
        public Builder id(@Nullable String value) {
            id = value;
            return this;
        }

        /**
         * Sets the dataset id or name.
         *
         * @param value the dataset
         * @return this builder
         */
        public Builder packageId(@Nullable String value) {
            packageId = value;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(@Nullable String value) {
            name = value;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param value the description
         * @return this builder
         */
        public Builder description(@Nullable String value) {
            description = value;
            return this;
        }

        /**
         * Sets the URL of a link.
         *
         * @param value the URL
         * @return this builder
         */
        public Builder url(@Nullable String value) {
            url = value;
            return this;
        }

        /**
         * Sets {@code url_type} ({@code ""} turns an upload into a link).
         *
         * @param value the URL type
         * @return this builder
         */
        public Builder urlType(@Nullable String value) {
            urlType = value;
            return this;
        }

        /**
         * Sets the format.
         *
         * @param value the format
         * @return this builder
         */
        public Builder format(@Nullable String value) {
            format = value;
            return this;
        }

        /**
         * Sets the MIME type.
         *
         * @param value the MIME type
         * @return this builder
         */
        public Builder mimetype(@Nullable String value) {
            mimetype = value;
            return this;
        }

        /**
         * Sets any other key.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder field(String key, JsonNode value) {
            other.put(key, value);
            return this;
        }

        /**
         * Sets any other key to a string.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder field(String key, String value) {
            return field(key, TextNode.valueOf(value));
        }

        /**
         * Builds the resource.
         *
         * @return the write shape
         */
        public CkanResourceWrite build() {
            return new CkanResourceWrite(
                    id, packageId, name, description, url, urlType, format, mimetype, other);
        }
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
