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
 * A dataset ({@code package}) as read from CKAN. Custom top-level fields (scheming, data.gov.ua's {@code purpose_of_collecting_information}, {@code update_frequency}, {@code language}, {@code tag_string}) are in {@link #other()}; free-form extras in {@link #extras()}. Use {@link #toWrite()} to change and write it back without dropping anything.
 *
 * @param id the id, or null when absent
 * @param name the name (natural key), or null when absent
 * @param title the title, or null when absent
 * @param notes the description, or null when absent
 * @param ownerOrg the owning organization id, or null when absent
 * @param organization the owning organization, or null when absent
 * @param licenseId the license id, or null when absent
 * @param licenseTitle the license title, or null when absent
 * @param author the author, or null when absent
 * @param authorEmail the author e-mail, or null when absent
 * @param maintainer the maintainer, or null when absent
 * @param maintainerEmail the maintainer e-mail, or null when absent
 * @param url the source URL, or null when absent
 * @param version the version, or null when absent
 * @param state the state ({@code active}, {@code draft}, {@code deleted}), or null when absent
 * @param type the type, or null when absent
 * @param isPrivate whether private, or null when absent
 * @param metadataCreated when created, or null when absent
 * @param metadataModified when last modified, or null when absent
 * @param resources the resources, or null when absent
 * @param tags the tags, or null when absent
 * @param groups the groups, or null when absent
 * @param extras the free-form extras, or null when absent
 * @param other every other key, in the order received, kept verbatim
 */
public record CkanDataset(
        @Nullable String id,
        @Nullable String name,
        @Nullable String title,
        @Nullable String notes,
        @Nullable String ownerOrg,
        @Nullable CkanOrganization organization,
        @Nullable String licenseId,
        @Nullable String licenseTitle,
        @Nullable String author,
        @Nullable String authorEmail,
        @Nullable String maintainer,
        @Nullable String maintainerEmail,
        @Nullable String url,
        @Nullable String version,
        @Nullable String state,
        @Nullable String type,
        @Nullable Boolean isPrivate,
        @Nullable CkanTimestamp metadataCreated,
        @Nullable CkanTimestamp metadataModified,
        @Nullable List<CkanResource> resources,
        @Nullable List<CkanTag> tags,
        @Nullable List<CkanGroup> groups,
        @Nullable List<CkanExtra> extras,
        Map<String, JsonNode> other) {

    /**
     * Copies the collections.
     *
     * @param id the id, or null when absent
     * @param name the name (natural key), or null when absent
     * @param title the title, or null when absent
     * @param notes the description, or null when absent
     * @param ownerOrg the owning organization id, or null when absent
     * @param organization the owning organization, or null when absent
     * @param licenseId the license id, or null when absent
     * @param licenseTitle the license title, or null when absent
     * @param author the author, or null when absent
     * @param authorEmail the author e-mail, or null when absent
     * @param maintainer the maintainer, or null when absent
     * @param maintainerEmail the maintainer e-mail, or null when absent
     * @param url the source URL, or null when absent
     * @param version the version, or null when absent
     * @param state the state ({@code active}, {@code draft}, {@code deleted}), or null when absent
     * @param type the type, or null when absent
     * @param isPrivate whether private, or null when absent
     * @param metadataCreated when created, or null when absent
     * @param metadataModified when last modified, or null when absent
     * @param resources the resources, or null when absent
     * @param tags the tags, or null when absent
     * @param groups the groups, or null when absent
     * @param extras the free-form extras, or null when absent
     * @param other every other key, in the order received, kept verbatim
     */
    public CkanDataset {
        resources = resources == null ? null : List.copyOf(resources);
        tags = tags == null ? null : List.copyOf(tags);
        groups = groups == null ? null : List.copyOf(groups);
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
    public static CkanDataset fromJson(ObjectNode node, ZoneId zone) {
        NodeReader r = new NodeReader(node, zone);
        return new CkanDataset(
                r.text("id"),
                r.text("name"),
                r.text("title"),
                r.text("notes"),
                r.text("owner_org"),
                r.object("organization", CkanOrganization::fromJson),
                r.text("license_id"),
                r.text("license_title"),
                r.text("author"),
                r.text("author_email"),
                r.text("maintainer"),
                r.text("maintainer_email"),
                r.text("url"),
                r.text("version"),
                r.text("state"),
                r.text("type"),
                r.bool("private"),
                r.timestamp("metadata_created"),
                r.timestamp("metadata_modified"),
                r.objects("resources", CkanResource::fromJson),
                r.objects("tags", CkanTag::fromJson),
                r.objects("groups", CkanGroup::fromJson),
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
    public static CkanDataset fromJson(ObjectNode node) {
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
                .put("notes", notes)
                .put("owner_org", ownerOrg)
                .put("organization", organization == null ? null : organization.toJson())
                .put("license_id", licenseId)
                .put("license_title", licenseTitle)
                .put("author", author)
                .put("author_email", authorEmail)
                .put("maintainer", maintainer)
                .put("maintainer_email", maintainerEmail)
                .put("url", url)
                .put("version", version)
                .put("state", state)
                .put("type", type)
                .put("private", isPrivate)
                .put("metadata_created", metadataCreated)
                .put("metadata_modified", metadataModified)
                .putObjects("resources", resources, CkanResource::toJson)
                .putObjects("tags", tags, CkanTag::toJson)
                .putObjects("groups", groups, CkanGroup::toJson)
                .putObjects("extras", extras, CkanExtra::toJson)
                .finish(other);
    }

    /**
     * A write shape carrying every key of this dataset (typed, custom, extras, resources with all
     * their keys), for a read-modify-write that drops nothing.
     *
     * @return the write shape
     */
    public CkanDatasetWrite toWrite() {
        java.util.LinkedHashMap<String, JsonNode> rest = new java.util.LinkedHashMap<>();
        toJson().properties().forEach(e -> rest.put(e.getKey(), e.getValue()));
        for (String k :
                new String[] {"id", "name", "title", "notes", "owner_org", "license_id", "author",
                    "author_email", "maintainer", "maintainer_email", "url", "version", "private", "state",
                    "resources", "tags", "groups", "extras"}) {
            rest.remove(k);
        }
        return new CkanDatasetWrite(
                id, name, title, notes, ownerOrg, licenseId, author, authorEmail, maintainer,
                maintainerEmail, url, version, isPrivate, state,
                resources == null ? null : resources.stream().map(CkanResourceWrite::from).toList(),
                tags, groups, extras, rest);
    }

    /**
     * The value of a free-form extra.
     *
     * @param key the extra's key
     * @return the value as text, if present
     */
    public java.util.Optional<String> extra(String key) {
        if (extras == null) {
            return java.util.Optional.empty();
        }
        return extras.stream()
                .filter(e -> key.equals(e.key()) && e.value() != null)
                .map(e -> e.value().isTextual() ? e.value().textValue() : e.value().toString())
                .findFirst();
    }

    /**
     * A custom top-level field (scheming, data.gov.ua) as text.
     *
     * @param key the key
     * @return the text, if present and a string
     */
    public java.util.Optional<String> customText(String key) {
        JsonNode v = other.get(key);
        return v != null && v.isTextual() ? java.util.Optional.of(v.textValue()) : java.util.Optional.empty();
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
