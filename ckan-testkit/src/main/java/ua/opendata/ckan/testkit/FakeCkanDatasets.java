package ua.opendata.ckan.testkit;

import static ua.opendata.ckan.testkit.FakeCkanEngine.F;
import static ua.opendata.ckan.testkit.FakeCkanErrors.*;

import static ua.opendata.ckan.testkit.FakeCkanEngine.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.testkit.FakeCkanEngine.Dataset;
import ua.opendata.ckan.testkit.FakeCkanEngine.Org;
import ua.opendata.ckan.testkit.FakeCkanEngine.User;

/**
 * Datasets of the fake: the {@code package_show} dict, validation and saving of a complete
 * dataset dict (create, update, patch), soft delete, {@code package_list} and {@code tag_list}.
 */
final class FakeCkanDatasets {
    private final FakeCkanEngine engine;
    private final Map<String, Dataset> datasets;
    private final Map<String, Org> orgs;
    private final Map<String, String> tagIds;

    FakeCkanDatasets(FakeCkanEngine engine) {
        this.engine = engine;
        this.datasets = engine.datasets;
        this.orgs = engine.orgs;
        this.tagIds = engine.tagIds;
    }

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    ObjectNode packageDict(Dataset d) {
        ObjectNode r = F.objectNode();
        ObjectNode f = d.fields;
        // ckanext-scheming leaves unset optional fields out; the stock schema sends null.
        for (String k : new String[] {"author", "author_email"}) {
            if (f.hasNonNull(k) || !engine.dguaSchema) {
                r.set(k, f.hasNonNull(k) ? f.get(k) : NullNode.getInstance());
            }
        }
        r.put("creator_user_id", d.creator);
        r.put("id", d.id);
        String lic = f.hasNonNull("license_id") ? f.get("license_id").asText() : null;
        String[] l = FakeCkanSchema.license(lic);
        r.put("isopen", lic != null && l[3].equals("True"));
        r.put("license_id", lic);
        r.put("license_title", lic == null ? null : l[1]);
        if (lic != null && !l[2].isEmpty()) {
            r.put("license_url", l[2]);
        }
        for (String k : new String[] {"maintainer", "maintainer_email"}) {
            r.set(k, f.hasNonNull(k) ? f.get(k) : NullNode.getInstance());
        }
        r.put("metadata_created", d.created);
        r.put("metadata_modified", d.modified);
        r.put("name", d.name);
        r.set("notes", f.hasNonNull("notes") ? f.get("notes") : NullNode.getInstance());
        r.put("num_resources", d.resources.size());
        r.put("num_tags", d.tags.size());
        Org o = orgs.get(d.ownerOrg);
        r.set("organization", o == null ? NullNode.getInstance() : engine.organizations.orgShort(o));
        r.put("owner_org", d.ownerOrg);
        r.put("private", d.isPrivate);
        r.put("state", d.state);
        r.set("title", f.hasNonNull("title") ? f.get("title") : F.textNode(d.name));
        r.put("type", "dataset");
        for (String k : new String[] {"url", "version"}) {
            if (f.hasNonNull(k) || !engine.dguaSchema) {
                r.set(k, f.hasNonNull(k) ? f.get(k) : NullNode.getInstance());
            }
        }
        if (engine.dguaSchema) {
            for (String k : FakeCkanSchema.DGUA_STORED) {
                if (f.has(k)) {
                    r.set(k, f.get(k));
                }
            }
            if (!d.tags.isEmpty()) {
                // derived from the tags, so it comes back sorted whatever order was sent
                r.put("tag_string", String.join(",", d.tags.stream().sorted().toList()));
            }
        }
        if (!engine.dguaSchema || !d.extras.isEmpty()) {
            r.set("extras", d.extras.deepCopy());
        }
        ArrayNode res = r.putArray("resources");
        d.resources.forEach(x -> res.add(x.deepCopy()));
        ArrayNode tags = r.putArray("tags");
        d.tags.stream().sorted().forEach(t -> {
            ObjectNode tag = tags.addObject();
            tag.put("display_name", t);
            tag.put("id", tagIds.computeIfAbsent(t, k -> uuid()));
            tag.put("name", t);
            tag.put("state", "active");
            tag.putNull("vocabulary_id");
        });
        r.set("groups", d.groups.deepCopy());
        r.putArray("relationships_as_subject");
        r.putArray("relationships_as_object");
        return r;
    }

    /** What {@link #apply} checked: the name, the id a sysadmin gave (or null), the owner. */
    private record Checked(String name, @Nullable String wantedId, Org owner) {}

    /** Validates a complete dataset dict and writes it into d (new or existing). */
    void apply(@Nullable User caller, Dataset d, ObjectNode p, boolean creating) {
        Checked ok = check(caller, d, p, creating);
        JsonNode resources = p.get("resources");
        writeFields(caller, d, p, creating, ok);
        d.tags = tags(p);
        d.groups = F.arrayNode();
        writeResources(d, resources, creating);
    }

    /** Validates the dict as CKAN's schema does; throws the field-by-field errors. */
    private Checked check(@Nullable User caller, Dataset d, ObjectNode p, boolean creating) {
        Map<String, List<String>> errors = new TreeMap<>();
        String name = text(p, "name");
        if (!creating && (name == null || name.isEmpty())) {
            name = d.name;
        }
        String finalName = name;
        checkName(name, "That URL is already in use.",
                n -> datasets.values().stream().anyMatch(x -> x != d && x.name.equals(n)
                        && !x.state.equals("deleted")), errors);
        for (String k : new String[] {"maintainer_email", "author_email"}) {
            String v = text(p, k);
            if (v != null && !v.isEmpty() && !EMAIL.matcher(v).matches()) {
                errors.put(k, List.of("Email " + v + " is not a valid format"));
            }
        }
        String wantedId = creating && engine.onlySysadminsSetIds ? text(p, "id") : null;
        if (wantedId != null && !wantedId.isEmpty()) {
            // CKAN's create schema: 'id': [empty_if_not_sysadmin, ignore_missing, unicode_safe,
            // package_id_does_not_exist]; the navl validator "empty" gives this message
            if (caller == null || !caller.sysadmin()) {
                errors.put("id", List.of("The input field id was not expected."));
            } else if (datasets.containsKey(wantedId)) {
                errors.put("id", List.of("Dataset id already exists"));
            }
        }
        String ownerRef = text(p, "owner_org");
        Org owner = ownerRef == null ? null : engine.orgOrNull(ownerRef);
        if (ownerRef == null || ownerRef.isEmpty()) {
            errors.put("owner_org", List.of("An organization must be provided"));
        } else if (owner == null) {
            errors.put("owner_org", List.of("Organization does not exist"));
        }
        if (owner != null && !engine.canEdit(caller, owner.id)) {
            throw denied("User " + userName(caller) + " not authorized to add dataset to this "
                    + "organization");
        }
        if (engine.dguaSchema) {
            FakeCkanSchema.schemaChecks(p, errors);
        }
        checkResources(p.get("resources"), errors);
        if (!errors.isEmpty()) {
            throw validation(errors);
        }
        return new Checked(finalName, wantedId, owner);
    }

    private static void checkResources(@Nullable JsonNode resources, Map<String, List<String>> errors) {
        if (resources != null && resources.isArray()) {
            ArrayNode resErrors = F.arrayNode();
            boolean any = false;
            for (JsonNode r : resources) {
                ObjectNode re = resErrors.addObject();
                if (!r.isObject()) {
                    re.putArray("__junk").add("The input field __junk was not expected.");
                    any = true;
                }
            }
            if (any) {
                errors.put("resources", List.of(resErrors.toString()));
            }
        }
    }

    private void writeFields(@Nullable User caller, Dataset d, ObjectNode p, boolean creating,
            Checked ok) {
        String wantedId = ok.wantedId();
        if (creating) {
            d.id = wantedId != null && !wantedId.isEmpty() ? wantedId : uuid();
            d.creator = caller == null ? "" : caller.id();
            d.created = engine.now();
        }
        String stamp = engine.now();
        d.name = ok.name();
        d.ownerOrg = ok.owner().id;
        d.modified = stamp;
        d.isPrivate = p.path("private").asText("false").equals("true");
        ObjectNode f = F.objectNode();
        for (String k : new String[] {"author", "author_email", "license_id", "maintainer",
                "maintainer_email", "notes", "title", "url", "version"}) {
            if (p.hasNonNull(k)) {
                f.set(k, p.get(k));
            }
        }
        if (engine.dguaSchema) {
            for (String k : FakeCkanSchema.DGUA_STORED) {
                if (p.hasNonNull(k)) {
                    f.set(k, p.get(k));
                }
            }
        }
        d.fields = f;
        d.extras = F.arrayNode();
        JsonNode extras = p.get("extras");
        if (extras != null && extras.isArray()) {
            List<JsonNode> sorted = new ArrayList<>();
            extras.forEach(sorted::add);
            sorted.sort(Comparator.comparing(e -> e.path("key").asText()));
            for (JsonNode e : sorted) {
                ObjectNode x = d.extras.addObject();
                x.put("key", e.path("key").asText());
                x.set("value", e.path("value"));
            }
        }
    }

    private void writeResources(Dataset d, @Nullable JsonNode resources, boolean creating) {
        Map<String, ObjectNode> old = new HashMap<>();
        d.resources.forEach(r -> old.put(r.path("id").asText(), r));
        d.resources = new ArrayList<>();
        if (resources != null && resources.isArray()) {
            for (JsonNode r : resources) {
                ObjectNode prev = old.get(r.path("id").asText(""));
                ObjectNode rd = engine.resources.resourceDict(d, (ObjectNode) r, prev, d.resources.size(), engine.now());
                if (prev == null) {
                    rd.put("created", engine.now());
                    engine.newResource(rd, r);
                    if (!creating && !r.has("mimetype")) {
                        // seen on CKAN 2.10: package_update guesses the type of a new resource from
                        // its URL when the dict has no mimetype key, package_create does not
                        String guess = FakeCkanResources.guessMimeOrNull(rd.path("url").asText(""));
                        if (guess != null) {
                            rd.put("mimetype", guess);
                        }
                    }
                } else {
                    engine.settle(rd, prev, r);
                }
                d.resources.add(rd);
            }
        }
    }

    /**
     * The tags of a dataset dict: the {@code tags} list, then the names of {@code tag_string}
     * (comma-separated) appended, as CKAN's {@code tag_string_convert} does; duplicates dropped.
     */
    static List<String> tags(ObjectNode p) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        JsonNode tags = p.get("tags");
        if (tags != null && tags.isArray()) {
            tags.forEach(t -> out.add(t.isObject() ? t.path("name").asText() : t.asText()));
        }
        JsonNode ts = p.get("tag_string");
        if (ts != null && ts.isTextual()) {
            for (String t : ts.asText().split(",")) {
                if (!t.isBlank()) {
                    out.add(t.trim());
                }
            }
        } else if (ts != null && ts.isArray()) {
            ts.forEach(t -> out.add(t.asText()));
        }
        return new ArrayList<>(out);
    }

    JsonNode packageCreate(@Nullable User caller, ObjectNode params) {
        if (caller == null) {
            throw denied("User  not authorized to create packages");
        }
        Dataset d = new Dataset();
        apply(caller, d, params, true);
        datasets.put(d.id, d);
        engine.reindex(d);
        return packageDict(d);
    }

    JsonNode packageUpdate(@Nullable User caller, ObjectNode params) {
        String ref = text(params, "id") != null ? text(params, "id") : text(params, "name");
        Dataset d = engine.editable(caller, ref);
        apply(caller, d, params, false);
        engine.reindex(d);
        return packageDict(d);
    }

    JsonNode packagePatch(@Nullable User caller, ObjectNode params) {
        String ref = text(params, "id");
        if (ref == null || ref.isEmpty()) {
            // CKAN 2.10's package_patch authorizes on the object named by id alone (a name in id
            // works); its lookup refuses a dict without id before anything else, whoever calls
            throw new ActionError(409, err("Validation Error", "Missing id, can not get Package object"));
        }
        Dataset d = engine.editable(caller, ref);
        ObjectNode merged = packageDict(d);
        merged.setAll(params);
        merged.put("owner_org", params.hasNonNull("owner_org") ? params.get("owner_org").asText()
                : d.ownerOrg);
        apply(caller, d, merged, false);
        engine.reindex(d);
        return packageDict(d);
    }

    JsonNode packageDelete(@Nullable User caller, ObjectNode params) {
        Dataset d = engine.editable(caller, text(params, "id"));
        d.state = "deleted";
        d.modified = engine.now();
        engine.reindex(d);
        return NullNode.getInstance();
    }

    JsonNode packageList(ObjectNode params) {
        int offset = intParam(params, "offset", 0);
        int limit = intParam(params, "limit", Integer.MAX_VALUE);
        ArrayNode out = F.arrayNode();
        datasets.values().stream().filter(d -> d.state.equals("active") && !d.isPrivate)
                .map(d -> d.name).sorted().skip(offset).limit(limit).forEach(out::add);
        return out;
    }

    JsonNode tagList() {
        TreeSet<String> tags = new TreeSet<>();
        datasets.values().stream().filter(d -> d.state.equals("active") && !d.isPrivate)
                .forEach(d -> tags.addAll(d.tags));
        ArrayNode out = F.arrayNode();
        tags.forEach(out::add);
        return out;
    }
}
