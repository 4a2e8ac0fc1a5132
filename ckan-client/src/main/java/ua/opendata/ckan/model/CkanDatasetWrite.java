package ua.opendata.ckan.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A dataset to create, update or patch (write shape). Null fields are not sent, so a patch only
 * changes what is set. Beware: {@code package_update} replaces the whole dataset (what is not
 * sent is deleted) — start from {@link CkanDataset#toWrite()} to keep everything.
 *
 * @param id the id (for updates), or null to not send it
 * @param name the name (natural key), or null to not send it
 * @param title the title, or null to not send it
 * @param notes the description, or null to not send it
 * @param ownerOrg the organization id or name, or null to not send it
 * @param licenseId the license id, or null to not send it
 * @param author the author, or null to not send it
 * @param authorEmail the author e-mail, or null to not send it
 * @param maintainer the maintainer, or null to not send it
 * @param maintainerEmail the maintainer e-mail, or null to not send it
 * @param url the source URL, or null to not send it
 * @param version the version, or null to not send it
 * @param isPrivate whether private, or null to not send it
 * @param state the state, or null to not send it
 * @param resources the resources (null: not sent; a list replaces all resources)
 * @param tags the tags (null: not sent)
 * @param groups the groups (null: not sent)
 * @param extras the extras (null: not sent)
 * @param other every other top-level key to send (scheming and data.gov.ua fields), in order
 */
public record CkanDatasetWrite(
        @Nullable String id,
        @Nullable String name,
        @Nullable String title,
        @Nullable String notes,
        @Nullable String ownerOrg,
        @Nullable String licenseId,
        @Nullable String author,
        @Nullable String authorEmail,
        @Nullable String maintainer,
        @Nullable String maintainerEmail,
        @Nullable String url,
        @Nullable String version,
        @Nullable Boolean isPrivate,
        @Nullable String state,
        @Nullable List<CkanResourceWrite> resources,
        @Nullable List<CkanTag> tags,
        @Nullable List<CkanGroup> groups,
        @Nullable List<CkanExtra> extras,
        Map<String, JsonNode> other) {

    /**
     * Copies the collections.
     *
     * @param id the id (for updates), or null to not send it
     * @param name the name (natural key), or null to not send it
     * @param title the title, or null to not send it
     * @param notes the description, or null to not send it
     * @param ownerOrg the organization id or name, or null to not send it
     * @param licenseId the license id, or null to not send it
     * @param author the author, or null to not send it
     * @param authorEmail the author e-mail, or null to not send it
     * @param maintainer the maintainer, or null to not send it
     * @param maintainerEmail the maintainer e-mail, or null to not send it
     * @param url the source URL, or null to not send it
     * @param version the version, or null to not send it
     * @param isPrivate whether private, or null to not send it
     * @param state the state, or null to not send it
     * @param resources the resources (null: not sent; a list replaces all resources)
     * @param tags the tags (null: not sent)
     * @param groups the groups (null: not sent)
     * @param extras the extras (null: not sent)
     * @param other every other top-level key to send (scheming and data.gov.ua fields), in order
     */
    public CkanDatasetWrite {
        resources = resources == null ? null : List.copyOf(resources);
        tags = tags == null ? null : List.copyOf(tags);
        groups = groups == null ? null : List.copyOf(groups);
        extras = extras == null ? null : List.copyOf(extras);
        other = NodeWriter.copyOf(other);
    }

    /**
     * A builder for a new dataset.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised with this dataset.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.title = title;
        b.notes = notes;
        b.ownerOrg = ownerOrg;
        b.licenseId = licenseId;
        b.author = author;
        b.authorEmail = authorEmail;
        b.maintainer = maintainer;
        b.maintainerEmail = maintainerEmail;
        b.url = url;
        b.version = version;
        b.isPrivate = isPrivate;
        b.state = state;
        b.resources = resources == null ? null : new ArrayList<>(resources);
        b.tags = tags == null ? null : new ArrayList<>(tags);
        b.groups = groups == null ? null : new ArrayList<>(groups);
        b.extras = extras == null ? null : new ArrayList<>(extras);
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
                .put("name", name)
                .put("title", title)
                .put("notes", notes)
                .put("owner_org", ownerOrg)
                .put("license_id", licenseId)
                .put("author", author)
                .put("author_email", authorEmail)
                .put("maintainer", maintainer)
                .put("maintainer_email", maintainerEmail)
                .put("url", url)
                .put("version", version)
                .put("private", isPrivate)
                .put("state", state)
                .putObjects("resources", resources, CkanResourceWrite::toJson)
                .putObjects("tags", tags, CkanTag::toJson)
                .putObjects("groups", groups, CkanGroup::toJson)
                .putObjects("extras", extras, CkanExtra::toJson)
                .finish(other);
    }

    /** Builds a {@link CkanDatasetWrite}. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String name;
        private @Nullable String title;
        private @Nullable String notes;
        private @Nullable String ownerOrg;
        private @Nullable String licenseId;
        private @Nullable String author;
        private @Nullable String authorEmail;
        private @Nullable String maintainer;
        private @Nullable String maintainerEmail;
        private @Nullable String url;
        private @Nullable String version;
        private @Nullable Boolean isPrivate;
        private @Nullable String state;
        private @Nullable List<CkanResourceWrite> resources;
        private @Nullable List<CkanTag> tags;
        private @Nullable List<CkanGroup> groups;
        private @Nullable List<CkanExtra> extras;
        private final Map<String, JsonNode> other = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets the id (for updates).
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder id(@Nullable String value) {
            id = value;
            return this;
        }

        /**
         * Sets the name (natural key).
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder name(@Nullable String value) {
            name = value;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder title(@Nullable String value) {
            title = value;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder notes(@Nullable String value) {
            notes = value;
            return this;
        }

        /**
         * Sets the organization id or name.
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder ownerOrg(@Nullable String value) {
            ownerOrg = value;
            return this;
        }

        /**
         * Sets the license id.
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder licenseId(@Nullable String value) {
            licenseId = value;
            return this;
        }

        /**
         * Sets the author.
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder author(@Nullable String value) {
            author = value;
            return this;
        }

        /**
         * Sets the author e-mail.
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder authorEmail(@Nullable String value) {
            authorEmail = value;
            return this;
        }

        /**
         * Sets the maintainer.
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder maintainer(@Nullable String value) {
            maintainer = value;
            return this;
        }

        /**
         * Sets the maintainer e-mail.
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder maintainerEmail(@Nullable String value) {
            maintainerEmail = value;
            return this;
        }

        /**
         * Sets the source URL.
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder url(@Nullable String value) {
            url = value;
            return this;
        }

        /**
         * Sets the version.
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder version(@Nullable String value) {
            version = value;
            return this;
        }

        /**
         * Sets whether private.
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder isPrivate(@Nullable Boolean value) {
            isPrivate = value;
            return this;
        }

        /**
         * Sets the state.
         *
         * @param value the value, or null to not send it
         * @return this builder
         */
        public Builder state(@Nullable String value) {
            state = value;
            return this;
        }

        /**
         * Sets the resources (null: not sent; a list replaces all resources).
         *
         * @param value the list, or null to not send it
         * @return this builder
         */
        public Builder resources(@Nullable List<CkanResourceWrite> value) {
            resources = value == null ? null : new ArrayList<>(value);
            return this;
        }

        /**
         * Adds one of resources.
         *
         * @param value the element
         * @return this builder
         */
        public Builder resource(CkanResourceWrite value) {
            if (resources == null) {
                resources = new ArrayList<>();
            }
            resources.add(value);
            return this;
        }

        /**
         * Sets the tags (null: not sent).
         *
         * @param value the list, or null to not send it
         * @return this builder
         */
        public Builder tags(@Nullable List<CkanTag> value) {
            tags = value == null ? null : new ArrayList<>(value);
            return this;
        }

        /**
         * Adds one of tags.
         *
         * @param value the element
         * @return this builder
         */
        public Builder tag(CkanTag value) {
            if (tags == null) {
                tags = new ArrayList<>();
            }
            tags.add(value);
            return this;
        }

        /**
         * Sets the groups (null: not sent).
         *
         * @param value the list, or null to not send it
         * @return this builder
         */
        public Builder groups(@Nullable List<CkanGroup> value) {
            groups = value == null ? null : new ArrayList<>(value);
            return this;
        }

        /**
         * Adds one of groups.
         *
         * @param value the element
         * @return this builder
         */
        public Builder group(CkanGroup value) {
            if (groups == null) {
                groups = new ArrayList<>();
            }
            groups.add(value);
            return this;
        }

        /**
         * Sets the extras (null: not sent).
         *
         * @param value the list, or null to not send it
         * @return this builder
         */
        public Builder extras(@Nullable List<CkanExtra> value) {
            extras = value == null ? null : new ArrayList<>(value);
            return this;
        }

        /**
         * Adds one of extras.
         *
         * @param value the element
         * @return this builder
         */
        public Builder extra(CkanExtra value) {
            if (extras == null) {
                extras = new ArrayList<>();
            }
            extras.add(value);
            return this;
        }

        /**
         * Sets any other top-level key (a scheming or data.gov.ua field).
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
         * Sets any other top-level key to a string.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder field(String key, String value) {
            return field(key, TextNode.valueOf(value));
        }

        /**
         * Removes another top-level key.
         *
         * @param key the key
         * @return this builder
         */
        public Builder removeField(String key) {
            other.remove(key);
            return this;
        }

        /**
         * Builds the dataset.
         *
         * @return the write shape
         */
        public CkanDatasetWrite build() {
            return new CkanDatasetWrite(
                    id, name, title, notes, ownerOrg, licenseId, author, authorEmail, maintainer, maintainerEmail, url, version, isPrivate, state, resources, tags, groups, extras, other);
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
