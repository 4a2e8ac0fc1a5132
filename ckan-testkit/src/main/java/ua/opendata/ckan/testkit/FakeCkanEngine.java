package ua.opendata.ckan.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The in-memory CKAN behind {@link FakeCkan}. All public entry points are synchronized. */
final class FakeCkanEngine {
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Set<String> READ_ACTIONS =
            Set.of("status_show", "package_show", "package_search", "package_list", "resource_show",
                    "organization_show", "organization_list", "organization_list_for_user", "group_list",
                    "tag_list", "license_list", "user_show", "scheming_dataset_schema_show", "help_show",
                    "api_token_list");
    static final Set<String> WRITE_ACTIONS =
            Set.of("package_create", "package_update", "package_patch", "package_revise",
                    "package_delete", "resource_create", "resource_update", "resource_patch",
                    "resource_delete", "organization_create", "organization_member_create",
                    "dataset_purge", "organization_delete", "organization_purge");
    static final List<String> FREQUENCIES =
            List.of("more than once a day", "once a day", "once a week", "once a month",
                    "once a quarter", "once a half year", "once a year", "immediately after making changes",
                    "no longer updated");
    static final Set<String> SEARCH_PARAMS =
            Set.of("q", "fq", "fq_list", "sort", "rows", "start", "facet", "facet.mincount",
                    "facet.limit", "facet.field", "include_private", "include_drafts", "include_deleted",
                    "fl", "defType", "qf", "use_default_schema", "extras");
    static final Set<String> SCHEMA_FIELDS =
            Set.of("purpose_of_collecting_information", "update_frequency", "language", "tag_string",
                    "is_datapackage");
    /** The data.gov.ua-like schema's own fields stored as given ({@code tag_string} is derived). */
    private static final String[] DGUA_STORED =
            {"purpose_of_collecting_information", "update_frequency", "language", "is_datapackage"};
    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final DateTimeFormatter CKAN_TS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    /** CKAN 2.10's default licenses: id, title, url, open, domain_content, domain_data, is_generic. */
    private static final String[][] LICENSES = {
        {"notspecified", "License not specified",
            "", "False", "False", "False", "True"},
        {"odc-pddl", "Open Data Commons Public Domain Dedication and License (PDDL)",
            "http://www.opendefinition.org/licenses/odc-pddl", "True", "False", "True", "False"},
        {"odc-odbl", "Open Data Commons Open Database License (ODbL)",
            "http://www.opendefinition.org/licenses/odc-odbl", "True", "False", "True", "False"},
        {"odc-by", "Open Data Commons Attribution License",
            "http://www.opendefinition.org/licenses/odc-by", "True", "False", "True", "False"},
        {"cc-zero", "Creative Commons CCZero",
            "http://www.opendefinition.org/licenses/cc-zero", "True", "True", "True", "False"},
        {"cc-by", "Creative Commons Attribution",
            "http://www.opendefinition.org/licenses/cc-by", "True", "False", "False", "False"},
        {"cc-by-sa", "Creative Commons Attribution Share-Alike",
            "http://www.opendefinition.org/licenses/cc-by-sa", "True", "True", "False", "False"},
        {"gfdl", "GNU Free Documentation License",
            "http://www.opendefinition.org/licenses/gfdl", "True", "True", "False", "False"},
        {"other-open", "Other (Open)",
            "", "True", "True", "False", "True"},
        {"other-pd", "Other (Public Domain)",
            "", "True", "True", "False", "True"},
        {"other-at", "Other (Attribution)",
            "", "True", "True", "False", "True"},
        {"uk-ogl", "UK Open Government Licence (OGL)",
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", "True", "True", "False", "False"},
        {"cc-nc", "Creative Commons Non-Commercial (Any)",
            "http://creativecommons.org/licenses/by-nc/2.0/", "False", "False", "False", "False"},
        {"other-nc", "Other (Non-Commercial)",
            "", "False", "False", "False", "True"},
        {"other-closed", "Other (Not Open)",
            "", "False", "False", "False", "True"},
    };

    /** An error answered in CKAN's error envelope. */
    static final class ActionError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient ObjectNode error;

        ActionError(int status, ObjectNode error) {
            super(error.toString(), null, false, false);
            this.status = status;
            this.error = error;
        }
    }

    /** An error answered as a bare JSON string (HTTP 400). */
    static final class BareError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BareError(String message) {
            super(message, null, false, false);
        }
    }

    record User(String id, String name, String key, boolean sysadmin, String created) {}

    static final class Org {
        String id;
        String name;
        String title;
        String description;
        String imageUrl;
        String created;
        ArrayNode extras = F.arrayNode();
        final Map<String, String> members = new LinkedHashMap<>(); // user id -> capacity

        Org(String id, String name, String title, String description, String imageUrl,
                String created) {
            this.id = id;
            this.name = name;
            this.title = title;
            this.description = description;
            this.imageUrl = imageUrl;
            this.created = created;
        }
    }

    static final class Dataset {
        String id;
        String name;
        String ownerOrg;
        String creator;
        String created;
        String modified;
        private @Nullable String cachedFor;
        private @Nullable Instant cached;
        String state = "active";
        boolean isPrivate;
        ObjectNode fields = F.objectNode(); // author ... version, type, custom fields
        List<ObjectNode> resources = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        ArrayNode extras = F.arrayNode();
        ArrayNode groups = F.arrayNode();

        /** A deep copy, as the search index keeps it. */
        Dataset snapshot() {
            Dataset c = new Dataset();
            c.id = id;
            c.name = name;
            c.ownerOrg = ownerOrg;
            c.creator = creator;
            c.created = created;
            c.modified = modified;
            c.state = state;
            c.isPrivate = isPrivate;
            c.fields = fields.deepCopy();
            c.resources = new ArrayList<>();
            resources.forEach(r -> c.resources.add(r.deepCopy()));
            c.tags = new ArrayList<>(tags);
            c.extras = extras.deepCopy();
            c.groups = groups.deepCopy();
            return c;
        }

        Instant modifiedInstant() {
            if (cached == null || !modified.equals(cachedFor)) {
                cached = instant(modified);
                cachedFor = modified;
            }
            return cached;
        }
    }

    record StoredFile(String mimetype, byte[] data) {}

    private final Clock clock;
    private final String baseUrl;
    private final int rowsMax;
    private final int listAllFieldsMax;
    private final long maxResourceSize;
    private final boolean dguaSchema;
    private final boolean packageRevise;
    private final String version;
    private final boolean onlySysadminsSetIds;
    private final List<User> users = new ArrayList<>();
    private final Map<String, Org> orgs = new LinkedHashMap<>();
    private final Map<String, Dataset> datasets = new LinkedHashMap<>();
    /**
     * The search index: a copy of each dataset as it was at its last real change. CKAN reindexes a
     * dataset only when a write changed something; a write that changes nothing still moves {@code
     * metadata_modified} in the database (recorded on CKAN 2.10.10).
     */
    private final Map<String, Dataset> index = new LinkedHashMap<>();
    /**
     * Resources whose {@code datastore_active} flag (shown as {@code false} by the datastore plugin)
     * is not stored yet: CKAN stores it, as a resource extra, the first time the resource is saved
     * from a dict that carries it (a {@code package_patch}, {@code package_revise}, a {@code
     * resource_*} call or an update sent back from {@code package_show}), which is a real change of
     * the resource: its {@code metadata_modified} moves and the dataset is reindexed.
     */
    private final Set<String> flagNotStored = new java.util.HashSet<>();
    private boolean flagStored;
    private final FakeCkanSearch search;
    private final Map<String, StoredFile> files = new HashMap<>(); // resource id -> file
    private final Map<String, String> tagIds = new HashMap<>();
    private Instant lastTime = Instant.EPOCH;

    FakeCkanEngine(Clock clock, String baseUrl, int rowsMax, int listAllFieldsMax,
            long maxResourceSize, boolean dguaSchema, boolean packageRevise, String version) {
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.rowsMax = rowsMax;
        this.listAllFieldsMax = listAllFieldsMax;
        this.maxResourceSize = maxResourceSize;
        this.dguaSchema = dguaSchema;
        this.packageRevise = packageRevise;
        this.version = version;
        this.search = new FakeCkanSearch(this, rowsMax);
        String[] v = version.split("\\.");
        int major = Integer.parseInt(v[0]);
        int minor = v.length > 1 ? Integer.parseInt(v[1]) : 0;
        this.onlySysadminsSetIds = major > 2 || (major == 2 && minor >= 11);
    }

    // ------------------------------------------------------------------ helpers

    private String now() {
        Instant t = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!t.isAfter(lastTime)) {
            t = lastTime.plus(1, ChronoUnit.MICROS);
        }
        lastTime = t;
        return CKAN_TS.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    static Instant instant(String ckanTs) {
        return LocalDateTime.parse(ckanTs, CKAN_TS).toInstant(ZoneOffset.UTC);
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    static ObjectNode err(String type, String message) {
        ObjectNode e = F.objectNode();
        e.put("__type", type);
        e.put("message", message);
        return e;
    }

    static ActionError notFound() {
        return new ActionError(404, err("Not Found Error", "Not found"));
    }

    static ActionError denied(String message) {
        return new ActionError(403, err("Authorization Error", "Access denied: " + message));
    }

    static ActionError validation(Map<String, List<String>> fields) {
        ObjectNode e = F.objectNode();
        new TreeMap<>(fields).forEach((k, v) -> {
            ArrayNode a = e.putArray(k);
            v.forEach(a::add);
        });
        e.put("__type", "Validation Error");
        return new ActionError(409, e);
    }

    private static ActionError validation(String field, String message) {
        return validation(Map.of(field, List.of(message)));
    }

    private static void requireSysadmin(@Nullable User caller, String what) {
        if (caller == null || !caller.sysadmin()) {
            throw denied("User " + userName(caller) + " not authorized to " + what);
        }
    }

    static @Nullable String text(JsonNode params, String key) {
        JsonNode v = params.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String userName(@Nullable User u) {
        return u == null ? "" : u.name();
    }

    // ------------------------------------------------------------------ setup

    synchronized User addUser(String name, String key, boolean sysadmin) {
        User u = new User(uuid(), name, key, sysadmin, now());
        users.add(u);
        return u;
    }

    synchronized @Nullable User userByKey(@Nullable String key) {
        if (key == null) {
            return null;
        }
        for (User u : users) {
            if (u.key().equals(key)) {
                return u;
            }
        }
        return null;
    }

    synchronized Org addOrg(String name, String title) {
        Org o = new Org(uuid(), name, title, "", "", now());
        orgs.put(o.id, o);
        return o;
    }

    synchronized void addMember(String orgName, String userName, String capacity) {
        Org o = org(orgName);
        User u = users.stream().filter(x -> x.name().equals(userName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no user " + userName));
        o.members.put(u.id(), capacity);
    }

    /** Adds n simple public datasets named prefix-00001… directly, with rising timestamps. */
    synchronized void seed(String orgName, String prefix, int n, Map<String, String> fields) {
        Org o = org(orgName);
        User creator = users.get(0);
        int width = Math.max(4, Integer.toString(n).length());
        for (int i = 1; i <= n; i++) {
            Dataset d = new Dataset();
            d.id = uuid();
            d.name = String.format(Locale.ROOT, "%s-%0" + width + "d", prefix, i);
            d.ownerOrg = o.id;
            d.creator = creator.id();
            d.created = now();
            d.modified = d.created;
            d.fields.put("title", "Набір " + i);
            fields.forEach(d.fields::put);
            datasets.put(d.id, d);
            index.put(d.id, d.snapshot());
        }
    }

    // ------------------------------------------------------------------ dispatch

    synchronized JsonNode handle(String action, @Nullable User caller, ObjectNode params,
            List<Multipart.Part> uploads) {
        switch (action) {
            case "status_show":
                return statusShow();
            case "organization_create":
                return organizationCreate(caller, params);
            case "organization_member_create":
                return organizationMemberCreate(caller, params);
            case "organization_show":
                return organizationShow(params);
            case "organization_list":
                return organizationList(params);
            case "organization_list_for_user":
                return organizationListForUser(caller, params);
            case "user_show":
                return userShow(caller, params);
            case "api_token_list":
                return apiTokenList(caller, params);
            case "package_create":
                return packageCreate(caller, params);
            case "package_show":
                return packageDict(visible(caller, findDataset(text(params, "id"))));
            case "package_update":
                return packageUpdate(caller, params);
            case "package_patch":
                return packagePatch(caller, params);
            case "package_revise":
                return packageRevise(caller, params, uploads);
            case "package_delete":
                return packageDelete(caller, params);
            case "package_search":
                return search.search(caller, params, index.values());
            case "package_list":
                return packageList(params);
            case "resource_show":
                return resourceShow(caller, params);
            case "resource_create":
                return resourceCreate(caller, params, uploads);
            case "resource_update":
                return resourceUpdate(caller, params, uploads, false);
            case "resource_patch":
                return resourceUpdate(caller, params, uploads, true);
            case "resource_delete":
                return resourceDelete(caller, params);
            case "group_list":
                return F.arrayNode();
            case "dataset_purge": {
                requireSysadmin(caller, "purge packages");
                Dataset d = findDataset(text(params, "id"));
                datasets.remove(d.id);
                index.remove(d.id);
                d.resources.forEach(r -> files.remove(r.path("id").asText()));
                return NullNode.getInstance();
            }
            case "organization_delete":
            case "organization_purge": {
                requireSysadmin(caller, "delete organizations");
                Org o = org(text(params, "id"));
                if (datasets.values().stream().anyMatch(d -> d.ownerOrg.equals(o.id)
                        && action.equals("organization_purge") && !d.state.equals("deleted"))) {
                    throw validation("id", "Organization cannot be deleted while it still has datasets");
                }
                orgs.remove(o.id);
                return NullNode.getInstance();
            }
            case "help_show": {
                String name = text(params, "name");
                boolean known = name != null && knows(name);
                if (!known) {
                    throw new ActionError(404, err("Not Found Error", "Action function not found"));
                }
                return F.textNode("Documentation of " + name + " (fake).");
            }
            case "tag_list":
                return tagList();
            case "license_list":
                return licenseList();
            case "scheming_dataset_schema_show":
                if (!dguaSchema) {
                    throw new BareError("Bad request - Action name not known: " + action);
                }
                return schemaShow();
            default:
                throw new BareError("Bad request - Action name not known: " + action);
        }
    }

    boolean knows(String action) {
        if (action.equals("package_revise") && !packageRevise) {
            return false;
        }
        if (action.startsWith("scheming_")) {
            return dguaSchema;
        }
        return READ_ACTIONS.contains(action) || WRITE_ACTIONS.contains(action);
    }

    synchronized @Nullable StoredFile download(String resourceId) {
        return files.get(resourceId);
    }

    // ------------------------------------------------------------------ status, users

    private JsonNode statusShow() {
        ObjectNode r = F.objectNode();
        r.put("site_title", "CKAN");
        r.put("site_description", "");
        r.put("site_url", baseUrl);
        r.put("error_emails_to", "");
        r.put("locale_default", "en");
        ArrayNode ext = r.putArray("extensions");
        ext.add("activity").add("datastore").add("datatables_view").add("image_view");
        if (dguaSchema) {
            ext.add("scheming_datasets");
        }
        r.put("ckan_version", version);
        return r;
    }

    private ObjectNode userDict(User u, boolean privateFields) {
        ObjectNode r = F.objectNode();
        r.put("id", u.id());
        r.put("name", u.name());
        r.putNull("fullname");
        r.put("created", u.created());
        r.putNull("about");
        r.put("last_active", u.created());
        r.put("activity_streams_email_notifications", false);
        r.put("sysadmin", u.sysadmin());
        r.put("state", "active");
        r.putNull("image_url");
        r.put("display_name", u.name());
        r.put("email_hash", Integer.toHexString(u.name().hashCode()));
        long created = datasets.values().stream().filter(d -> d.creator.equals(u.id())).count();
        r.put("number_created_packages", created);
        if (privateFields) {
            r.put("email", u.name() + "@example.org");
        }
        r.putNull("image_display_url");
        return r;
    }

    private JsonNode userShow(@Nullable User caller, ObjectNode params) {
        String id = text(params, "id");
        for (User u : users) {
            if (u.id().equals(id) || u.name().equals(id)) {
                boolean own = caller != null && (caller.sysadmin() || caller.id().equals(u.id()));
                return userDict(u, own);
            }
        }
        throw new ActionError(404, err("Not Found Error", "User not found"));
    }

    /**
     * {@code api_token_list}: the fake's users each hold one token, the key the fake gave them;
     * only its owner and sysadmins may list it.
     */
    private JsonNode apiTokenList(@Nullable User caller, ObjectNode params) {
        String ref = text(params, "user_id") != null ? text(params, "user_id") : text(params, "user");
        User u = users.stream().filter(x -> x.id().equals(ref) || x.name().equals(ref)).findFirst()
                .orElseThrow(() -> new ActionError(404, err("Not Found Error", "User not found")));
        if (caller == null || !(caller.sysadmin() || caller.id().equals(u.id()))) {
            throw denied("User " + userName(caller) + " not authorized to list api tokens");
        }
        ArrayNode out = F.arrayNode();
        ObjectNode t = out.addObject();
        t.put("id", UUID.nameUUIDFromBytes(u.key().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString().replace("-", ""));
        t.put("name", "fake-token");
        t.put("user_id", u.id());
        t.put("created_at", u.created());
        t.put("last_access", now());
        return out;
    }

    // ------------------------------------------------------------------ organizations

    @Nullable Org orgById(String id) {
        return orgs.get(id);
    }

    private Org org(@Nullable String idOrName) {
        for (Org o : orgs.values()) {
            if (o.id.equals(idOrName) || o.name.equals(idOrName)) {
                return o;
            }
        }
        throw notFound();
    }

    private @Nullable Org orgOrNull(@Nullable String idOrName) {
        try {
            return org(idOrName);
        } catch (ActionError e) {
            return null;
        }
    }

    private long packageCount(Org o) {
        return datasets.values().stream()
                .filter(d -> d.ownerOrg.equals(o.id) && d.state.equals("active") && !d.isPrivate)
                .count();
    }

    private ObjectNode orgShort(Org o) {
        ObjectNode r = F.objectNode();
        r.put("id", o.id);
        r.put("name", o.name);
        r.put("title", o.title);
        r.put("type", "organization");
        r.put("description", o.description);
        r.put("image_url", o.imageUrl);
        r.put("created", o.created);
        r.put("is_organization", true);
        r.put("approval_status", "approved");
        r.put("state", "active");
        return r;
    }

    private ObjectNode orgListDict(Org o) {
        ObjectNode r = F.objectNode();
        r.put("approval_status", "approved");
        r.put("created", o.created);
        r.put("description", o.description);
        r.put("display_name", o.title);
        r.put("id", o.id);
        r.put("image_display_url", o.imageUrl);
        r.put("image_url", o.imageUrl);
        r.put("is_organization", true);
        r.put("name", o.name);
        r.put("num_followers", 0);
        r.put("package_count", packageCount(o));
        r.put("state", "active");
        r.put("title", o.title);
        r.put("type", "organization");
        return r;
    }

    private ObjectNode orgFull(Org o) {
        ObjectNode r = orgListDict(o);
        r.set("extras", o.extras.deepCopy());
        ArrayNode us = r.putArray("users");
        o.members.forEach((uid, cap) -> users.stream().filter(u -> u.id().equals(uid)).findFirst()
                .ifPresent(u -> us.add(userDict(u, false).put("capacity", cap))));
        r.putArray("tags");
        r.putArray("groups");
        return r;
    }

    private JsonNode organizationCreate(@Nullable User caller, ObjectNode params) {
        if (caller == null || !caller.sysadmin()) {
            throw denied("User " + (caller == null ? "None" : caller.name())
                    + " not authorized to create organizations");
        }
        String name = text(params, "name");
        checkName(name, "Group name already exists in database",
                n -> orgs.values().stream().anyMatch(o -> o.name.equals(n)));
        String title = text(params, "title");
        Org o = new Org(uuid(), name, title == null ? name : title,
                text(params, "description") == null ? "" : text(params, "description"),
                text(params, "image_url") == null ? "" : text(params, "image_url"), now());
        JsonNode extras = params.get("extras");
        if (extras != null && extras.isArray()) {
            for (JsonNode e : extras) {
                ObjectNode x = o.extras.addObject();
                x.put("group_id", o.id);
                x.put("id", uuid());
                x.put("key", e.path("key").asText());
                x.put("state", "active");
                x.set("value", e.path("value"));
            }
        }
        o.members.put(caller.id(), "admin");
        orgs.put(o.id, o);
        return orgFull(o);
    }

    private JsonNode organizationMemberCreate(@Nullable User caller, ObjectNode params) {
        Org o = org(text(params, "id"));
        if (caller == null
                || !(caller.sysadmin() || "admin".equals(o.members.get(caller.id())))) {
            throw denied("User " + userName(caller) + " not authorized to edit organization members");
        }
        String username = text(params, "username");
        User u = users.stream().filter(x -> x.name().equals(username) || x.id().equals(username))
                .findFirst().orElseThrow(FakeCkanEngine::notFound);
        String role = text(params, "role") == null ? "member" : text(params, "role");
        o.members.put(u.id(), role);
        ObjectNode r = F.objectNode();
        r.put("id", uuid());
        r.put("table_name", "user");
        r.put("table_id", u.id());
        r.put("capacity", role);
        r.put("group_id", o.id);
        r.put("state", "active");
        return r;
    }

    private JsonNode organizationShow(ObjectNode params) {
        Org o = org(text(params, "id"));
        ObjectNode r = orgFull(o);
        if (params.path("include_datasets").asText("false").equals("true")) {
            ArrayNode ps = r.putArray("packages");
            datasets.values().stream()
                    .filter(d -> d.ownerOrg.equals(o.id) && d.state.equals("active") && !d.isPrivate)
                    .limit(10)
                    .forEach(d -> ps.add(packageDict(d)));
        }
        return r;
    }

    private JsonNode organizationList(ObjectNode params) {
        boolean all = params.path("all_fields").asText("false").equals("true");
        List<Org> list = new ArrayList<>(orgs.values());
        list.sort(Comparator.comparing(o -> o.name));
        int offset = intParam(params, "offset", 0);
        int limit = intParam(params, "limit", Integer.MAX_VALUE);
        if (all) {
            limit = Math.min(limit, listAllFieldsMax); // silently cut, even when more is asked
        }
        ArrayNode out = F.arrayNode();
        list.stream().skip(offset).limit(limit)
                .forEach(o -> out.add(all ? orgListDict(o) : F.textNode(o.name)));
        return out;
    }

    private JsonNode organizationListForUser(@Nullable User caller, ObjectNode params) {
        ArrayNode out = F.arrayNode();
        if (caller == null) {
            return out;
        }
        String permission = text(params, "permission") == null ? "manage_group"
                : text(params, "permission");
        for (Org o : orgs.values()) {
            String cap = caller.sysadmin() ? "admin" : o.members.get(caller.id());
            if (cap == null) {
                continue;
            }
            boolean ok = switch (permission) {
                case "read" -> true;
                case "create_dataset", "update_dataset", "delete_dataset" ->
                        cap.equals("admin") || cap.equals("editor");
                default -> cap.equals("admin");
            };
            if (ok) {
                ObjectNode r = orgShort(o);
                r.put("capacity", cap);
                r.put("display_name", o.title);
                r.put("image_display_url", o.imageUrl);
                out.add(r);
            }
        }
        return out;
    }

    static int intParam(JsonNode params, String key, int def) {
        JsonNode v = params.get(key);
        if (v == null || v.isNull()) {
            return def;
        }
        try {
            return v.isNumber() ? v.intValue() : Integer.parseInt(v.asText().trim());
        } catch (NumberFormatException e) {
            throw validation(key, "Invalid integer");
        }
    }

    // ------------------------------------------------------------------ datasets

    private void checkName(@Nullable String name, String inUseMessage, Predicate<String> inUse) {
        Map<String, List<String>> errors = new TreeMap<>();
        checkName(name, inUseMessage, inUse, errors);
        if (!errors.isEmpty()) {
            throw validation(errors);
        }
    }

    private static void checkName(@Nullable String name, String inUseMessage,
            Predicate<String> inUse, Map<String, List<String>> errors) {
        if (name == null || name.isEmpty()) {
            errors.put("name", List.of("Missing value"));
        } else if (!NAME.matcher(name).matches()) {
            errors.put("name", List.of(
                    "Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_"));
        } else if (name.length() < 2) {
            errors.put("name", List.of("Must be at least 2 characters long"));
        } else if (name.length() > 100) {
            errors.put("name", List.of("Name must be a maximum of 100 characters long"));
        } else if (inUse.test(name)) {
            errors.put("name", List.of(inUseMessage));
        }
    }

    private @Nullable Dataset datasetOrNull(@Nullable String idOrName) {
        if (idOrName == null) {
            return null;
        }
        Dataset byId = datasets.get(idOrName);
        if (byId != null) {
            return byId;
        }
        Dataset found = null;
        for (Dataset d : datasets.values()) {
            if (d.name.equals(idOrName) && (found == null || d.state.equals("active"))) {
                found = d;
            }
        }
        return found;
    }

    private Dataset findDataset(@Nullable String idOrName) {
        Dataset d = datasetOrNull(idOrName);
        if (d == null) {
            throw notFound();
        }
        return d;
    }

    private boolean canEdit(@Nullable User u, String orgId) {
        if (u == null) {
            return false;
        }
        if (u.sysadmin()) {
            return true;
        }
        Org o = orgs.get(orgId);
        String cap = o == null ? null : o.members.get(u.id());
        return "admin".equals(cap) || "editor".equals(cap);
    }

    private boolean canRead(@Nullable User u, Dataset d) {
        if (u != null && u.sysadmin()) {
            return true;
        }
        if (d.state.equals("deleted")) {
            return false;
        }
        if (!d.isPrivate) {
            return true;
        }
        Org o = orgs.get(d.ownerOrg);
        return u != null && o != null && o.members.containsKey(u.id());
    }

    private Dataset visible(@Nullable User caller, Dataset d) {
        if (!canRead(caller, d)) {
            throw denied("User " + userName(caller) + " not authorized to read package " + d.id);
        }
        return d;
    }

    private String[] license(@Nullable String id) {
        for (String[] l : LICENSES) {
            if (l[0].equals(id)) {
                return l;
            }
        }
        return new String[] {id == null ? "" : id, id == null ? "" : id, "", "False"};
    }

    ObjectNode packageDict(Dataset d) {
        ObjectNode r = F.objectNode();
        ObjectNode f = d.fields;
        // ckanext-scheming leaves unset optional fields out; the stock schema sends null.
        for (String k : new String[] {"author", "author_email"}) {
            if (f.hasNonNull(k) || !dguaSchema) {
                r.set(k, f.hasNonNull(k) ? f.get(k) : NullNode.getInstance());
            }
        }
        r.put("creator_user_id", d.creator);
        r.put("id", d.id);
        String lic = f.hasNonNull("license_id") ? f.get("license_id").asText() : null;
        String[] l = license(lic);
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
        r.set("organization", o == null ? NullNode.getInstance() : orgShort(o));
        r.put("owner_org", d.ownerOrg);
        r.put("private", d.isPrivate);
        r.put("state", d.state);
        r.set("title", f.hasNonNull("title") ? f.get("title") : F.textNode(d.name));
        r.put("type", "dataset");
        for (String k : new String[] {"url", "version"}) {
            if (f.hasNonNull(k) || !dguaSchema) {
                r.set(k, f.hasNonNull(k) ? f.get(k) : NullNode.getInstance());
            }
        }
        if (dguaSchema) {
            for (String k : DGUA_STORED) {
                if (f.has(k)) {
                    r.set(k, f.get(k));
                }
            }
            if (!d.tags.isEmpty()) {
                // derived from the tags, so it comes back sorted whatever order was sent
                r.put("tag_string", String.join(",", d.tags.stream().sorted().toList()));
            }
        }
        if (!dguaSchema || !d.extras.isEmpty()) {
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

    /** Validates a complete dataset dict and writes it into d (new or existing). */
    private void apply(@Nullable User caller, Dataset d, ObjectNode p, boolean creating) {
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
        String wantedId = creating && onlySysadminsSetIds ? text(p, "id") : null;
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
        Org owner = ownerRef == null ? null : orgOrNull(ownerRef);
        if (ownerRef == null || ownerRef.isEmpty()) {
            errors.put("owner_org", List.of("An organization must be provided"));
        } else if (owner == null) {
            errors.put("owner_org", List.of("Organization does not exist"));
        }
        if (owner != null && !canEdit(caller, owner.id)) {
            throw denied("User " + userName(caller) + " not authorized to add dataset to this "
                    + "organization");
        }
        if (dguaSchema) {
            schemaChecks(p, errors);
        }
        JsonNode resources = p.get("resources");
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
        if (!errors.isEmpty()) {
            throw validation(errors);
        }
        if (creating) {
            d.id = wantedId != null && !wantedId.isEmpty() ? wantedId : uuid();
            d.creator = caller == null ? "" : caller.id();
            d.created = now();
        }
        String stamp = now();
        d.name = finalName;
        d.ownerOrg = owner.id;
        d.modified = stamp;
        d.isPrivate = p.path("private").asText("false").equals("true");
        ObjectNode f = F.objectNode();
        for (String k : new String[] {"author", "author_email", "license_id", "maintainer",
                "maintainer_email", "notes", "title", "url", "version"}) {
            if (p.hasNonNull(k)) {
                f.set(k, p.get(k));
            }
        }
        if (dguaSchema) {
            for (String k : DGUA_STORED) {
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
        d.tags = tags(p);
        d.groups = F.arrayNode();
        Map<String, ObjectNode> old = new HashMap<>();
        d.resources.forEach(r -> old.put(r.path("id").asText(), r));
        d.resources = new ArrayList<>();
        if (resources != null && resources.isArray()) {
            for (JsonNode r : resources) {
                ObjectNode prev = old.get(r.path("id").asText(""));
                ObjectNode rd = resourceDict(d, (ObjectNode) r, prev, d.resources.size(), now());
                if (prev == null) {
                    rd.put("created", now());
                    newResource(rd, r);
                    if (!creating && !r.has("mimetype")) {
                        // seen on CKAN 2.10: package_update guesses the type of a new resource from
                        // its URL when the dict has no mimetype key, package_create does not
                        String guess = guessMimeOrNull(rd.path("url").asText(""));
                        if (guess != null) {
                            rd.put("mimetype", guess);
                        }
                    }
                } else {
                    settle(rd, prev, r);
                }
                d.resources.add(rd);
            }
        }
    }

    /**
     * The tags of a dataset dict: the {@code tags} list, then the names of {@code tag_string}
     * (comma-separated) appended, as CKAN's {@code tag_string_convert} does; duplicates dropped.
     */
    private static List<String> tags(ObjectNode p) {
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

    /** A resource just created: its datastore flag is stored only if the dict carried it. */
    private void newResource(ObjectNode rd, JsonNode in) {
        if (!in.has("datastore_active")) {
            flagNotStored.add(rd.path("id").asText());
        }
    }

    /**
     * A resource saved again: it keeps its {@code metadata_modified} unless something of it
     * changed (its datastore flag stored for the first time counts, as on CKAN).
     */
    private void settle(ObjectNode rd, ObjectNode prev, JsonNode in) {
        if (in.has("datastore_active") && flagNotStored.remove(rd.path("id").asText())) {
            flagStored = true;
            return;
        }
        ObjectNode a = rd.deepCopy();
        ObjectNode b = prev.deepCopy();
        a.remove("metadata_modified");
        b.remove("metadata_modified");
        if (a.equals(b)) {
            rd.set("metadata_modified", prev.get("metadata_modified"));
        }
    }

    /**
     * What CKAN's {@code resource_*} and {@code package_patch}/{@code package_revise} calls do to the
     * other resources of the dataset: they are saved from {@code package_show}'s dicts, which carry
     * the datastore flag.
     */
    private void storeFlags(Dataset d, String stamp) {
        for (ObjectNode r : d.resources) {
            if (flagNotStored.remove(r.path("id").asText())) {
                r.put("metadata_modified", stamp);
                flagStored = true;
            }
        }
    }

    /** The dataset as the search index compares it: without the stamps a no-op write moves. */
    private String content(Dataset d) {
        ObjectNode p = packageDict(d);
        p.remove("metadata_modified");
        for (JsonNode r : p.path("resources")) {
            ((ObjectNode) r).remove("metadata_modified");
        }
        return p.toString();
    }

    /**
     * Reindexes a dataset after a write if something really changed (or a datastore flag was
     * stored): otherwise the index keeps the former copy, with its former {@code
     * metadata_modified}, as CKAN 2.10 does.
     */
    private void reindex(Dataset d) {
        Dataset indexed = index.get(d.id);
        if (indexed == null || flagStored || !content(indexed).equals(content(d))) {
            index.put(d.id, d.snapshot());
        }
        flagStored = false;
    }

    private void schemaChecks(ObjectNode p, Map<String, List<String>> errors) {
        for (String k : new String[] {"notes", "purpose_of_collecting_information",
                "update_frequency", "language", "tag_string"}) {
            String v = text(p, k);
            if (v == null || v.isEmpty()) {
                errors.put(k, List.of("Missing value"));
            }
        }
        String purpose = text(p, "purpose_of_collecting_information");
        if (purpose != null && purpose.length() > 512) {
            errors.put("purpose_of_collecting_information",
                    List.of("Must be at most 512 characters long"));
        }
        String freq = text(p, "update_frequency");
        if (freq != null && !freq.isEmpty() && !FREQUENCIES.contains(freq)) {
            StringBuilder b = new StringBuilder("Value must be one of [");
            for (int i = 0; i < FREQUENCIES.size(); i++) {
                b.append(i == 0 ? "" : ", ").append('\'').append(FREQUENCIES.get(i)).append('\'');
            }
            errors.put("update_frequency", List.of(b.append(']').toString()));
        }
    }

    private ObjectNode resourceDict(Dataset d, ObjectNode in, @Nullable ObjectNode prev,
            int position, String stamp) {
        ObjectNode r = F.objectNode();
        r.putNull("cache_last_updated");
        r.putNull("cache_url");
        r.put("created", prev == null ? stamp : prev.path("created").asText());
        r.put("datastore_active", false);
        if (in.hasNonNull("description") || !dguaSchema) {
            r.set("description", in.hasNonNull("description") ? in.get("description")
                    : NullNode.getInstance());
        }
        r.put("format", in.hasNonNull("format") ? in.get("format").asText() : "");
        r.put("hash", in.hasNonNull("hash") ? in.get("hash").asText() : "");
        r.put("id", prev != null ? prev.path("id").asText()
                : in.hasNonNull("id") ? in.get("id").asText() : uuid());
        r.set("last_modified", in.hasNonNull("last_modified") ? in.get("last_modified")
                : NullNode.getInstance());
        r.put("metadata_modified", stamp);
        r.set("mimetype", in.hasNonNull("mimetype") ? in.get("mimetype") : NullNode.getInstance());
        r.putNull("mimetype_inner");
        r.set("name", in.hasNonNull("name") ? in.get("name") : NullNode.getInstance());
        r.put("package_id", d.id);
        r.put("position", position);
        r.putNull("resource_type");
        r.set("size", in.hasNonNull("size") ? in.get("size") : NullNode.getInstance());
        r.put("state", "active");
        r.put("url", in.hasNonNull("url") ? in.get("url").asText() : "");
        r.set("url_type", in.hasNonNull("url_type") ? in.get("url_type") : NullNode.getInstance());
        Set<String> known = new TreeSet<>();
        r.fieldNames().forEachRemaining(known::add);
        known.add("package_id");
        for (Map.Entry<String, JsonNode> e : in.properties()) {
            if (!known.contains(e.getKey()) && !e.getKey().equals("upload")
                    && !e.getKey().equals("clear_upload")) {
                r.set(e.getKey(), e.getValue()); // unknown resource keys are kept top-level
            }
        }
        return r;
    }

    private JsonNode packageCreate(@Nullable User caller, ObjectNode params) {
        if (caller == null) {
            throw denied("User  not authorized to create packages");
        }
        Dataset d = new Dataset();
        apply(caller, d, params, true);
        datasets.put(d.id, d);
        reindex(d);
        return packageDict(d);
    }

    private Dataset editable(@Nullable User caller, @Nullable String idOrName) {
        Dataset d = findDataset(idOrName);
        if (!canEdit(caller, d.ownerOrg)) {
            throw denied("User " + userName(caller) + " not authorized to edit package " + d.id);
        }
        return d;
    }

    private JsonNode packageUpdate(@Nullable User caller, ObjectNode params) {
        String ref = text(params, "id") != null ? text(params, "id") : text(params, "name");
        Dataset d = editable(caller, ref);
        apply(caller, d, params, false);
        reindex(d);
        return packageDict(d);
    }

    private JsonNode packagePatch(@Nullable User caller, ObjectNode params) {
        String ref = text(params, "id");
        if (ref == null || ref.isEmpty()) {
            // CKAN 2.10's package_patch authorizes on the object named by id alone (a name in id
            // works); its lookup refuses a dict without id before anything else, whoever calls
            throw new ActionError(409, err("Validation Error", "Missing id, can not get Package object"));
        }
        Dataset d = editable(caller, ref);
        ObjectNode merged = packageDict(d);
        merged.setAll(params);
        merged.put("owner_org", params.hasNonNull("owner_org") ? params.get("owner_org").asText()
                : d.ownerOrg);
        apply(caller, d, merged, false);
        reindex(d);
        return packageDict(d);
    }

    /**
     * CKAN 2.9+ {@code package_revise}: {@code match} (and {@code match__*} keys) must equal the
     * current values; {@code update} is merged; flattened {@code update__a__b__c} keys address
     * list items by index (negative from the end) or by id prefix (at least 5 characters),
     * {@code __extend} keys run first and append; file parts named {@code
     * update__resources__<index or id>__upload} become those resources' uploads. Values sent as
     * multipart text are read as JSON when they are JSON objects or lists (CKAN's {@code
     * json_or_string}). Validation (sizes included) happens before anything changes.
     */
    private JsonNode packageRevise(@Nullable User caller, ObjectNode params,
            List<Multipart.Part> uploads) {
        ObjectNode match = jsonOrString(params.get("match")) instanceof ObjectNode m ? m.deepCopy()
                : F.objectNode();
        for (Map.Entry<String, JsonNode> e : params.properties()) {
            if (e.getKey().startsWith("match__")) {
                match.set(e.getKey().substring(7), jsonOrString(e.getValue()));
            }
        }
        String ref = match.hasNonNull("id") ? text(match, "id") : text(match, "name");
        if (ref == null) {
            throw validation("match__id", "Missing value");
        }
        Dataset d = editable(caller, ref);
        ObjectNode current = packageDict(d);
        List<String> mismatched = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : match.properties()) {
            JsonNode have = current.get(e.getKey());
            if (have == null || !sameValue(have, e.getValue())) {
                mismatched.add(e.getKey());
            }
        }
        if (!mismatched.isEmpty()) {
            throw validation(Map.of("match", mismatched));
        }
        if (jsonOrString(params.get("update")) instanceof ObjectNode u) {
            merge(current, u);
        }
        List<String> keys = new ArrayList<>();
        params.fieldNames().forEachRemaining(k -> {
            if (k.startsWith("update__")) {
                keys.add(k);
            }
        });
        // __extend first, so that files may be attached to the resources it adds
        keys.sort(Comparator.comparing((String k) -> !k.endsWith("__extend")).thenComparing(k -> k));
        for (String k : keys) {
            updateFlattened(current, k, k.substring(8).split("__"), jsonOrString(params.get(k)));
        }
        Map<ObjectNode, Multipart.Part> files = new java.util.IdentityHashMap<>();
        for (Multipart.Part p : uploads) {
            String[] path = p.name().startsWith("update__") ? p.name().substring(8).split("__") : null;
            if (path == null || path.length != 3 || !path[2].equals("upload")
                    || !(current.get(path[0]) instanceof ArrayNode list)) {
                throw validation(p.name(), "Unexpected file field");
            }
            JsonNode target = item(list, path[1], p.name());
            if (p.data().length > maxResourceSize) {
                throw validation("upload", "File upload too large");
            }
            files.put((ObjectNode) target, p);
        }
        int i = 0;
        for (Map.Entry<ObjectNode, Multipart.Part> e : files.entrySet()) {
            e.getKey().put("__fake_upload", i++); // carried through apply() as an unknown key
        }
        List<Multipart.Part> byMark = new ArrayList<>(files.values());
        current.put("owner_org", d.ownerOrg);
        apply(caller, d, current, false);
        for (ObjectNode r : d.resources) {
            JsonNode mark = r.remove("__fake_upload");
            if (mark != null) {
                store(r, d, byMark.get(mark.asInt()));
            }
        }
        reindex(d);
        ObjectNode r = F.objectNode();
        r.set("package", packageDict(d));
        return r;
    }

    private static JsonNode jsonOrString(@Nullable JsonNode v) {
        if (v != null && v.isTextual()) {
            String t = v.textValue().trim();
            if (t.startsWith("{") || t.startsWith("[")) {
                try {
                    return MAPPER.readTree(t);
                } catch (IOException e) {
                    return v;
                }
            }
        }
        return v == null ? NullNode.getInstance() : v;
    }

    /** The list item at an index (negative from the end) or with an id starting with the key. */
    private static JsonNode item(ArrayNode list, String key, String field) {
        if (key.matches("-?\\d+")) {
            int at = Integer.parseInt(key);
            int index = at < 0 ? list.size() + at : at;
            if (index < 0 || index >= list.size()) {
                throw validation(field, "Index out of range");
            }
            return list.get(index);
        }
        if (key.length() < 5) {
            throw validation(field, "Unmatched key " + key);
        }
        for (JsonNode x : list) {
            if (x.path("id").asText("").startsWith(key)) {
                return x;
            }
        }
        throw validation(field, "Unmatched key " + key);
    }

    private static void updateFlattened(ObjectNode root, String field, String[] path, JsonNode value) {
        JsonNode node = root;
        for (int i = 0; i < path.length - 1; i++) {
            String seg = path[i];
            if (i == path.length - 2 && path[i + 1].equals("extend")) {
                JsonNode list = node.get(seg);
                ArrayNode target = list instanceof ArrayNode a ? a : ((ObjectNode) node).putArray(seg);
                if (value.isArray()) {
                    value.forEach(x -> target.add(x.deepCopy()));
                } else {
                    throw validation(field, "Expected list for extend");
                }
                return;
            }
            JsonNode next = node instanceof ArrayNode a ? item(a, seg, field) : node.get(seg);
            if (next == null || !(next.isObject() || next.isArray())) {
                throw validation(field, "Unmatched key " + seg);
            }
            node = next;
        }
        String last = path[path.length - 1];
        if (node instanceof ArrayNode a) {
            JsonNode target = item(a, last, field);
            if (target instanceof ObjectNode to && value instanceof ObjectNode vo) {
                merge(to, vo);
                return;
            }
            throw validation(field, "Expected dict");
        }
        JsonNode target = node.get(last);
        if (target instanceof ObjectNode to && value instanceof ObjectNode vo) {
            merge(to, vo);
        } else {
            ((ObjectNode) node).set(last, value.deepCopy());
        }
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        return a.equals(b) || (a.isValueNode() && b.isValueNode() && a.asText().equals(b.asText()));
    }

    private static void merge(ObjectNode target, ObjectNode update) {
        for (Map.Entry<String, JsonNode> e : update.properties()) {
            JsonNode t = target.get(e.getKey());
            if (t instanceof ObjectNode to && e.getValue() instanceof ObjectNode uo) {
                merge(to, uo);
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    private JsonNode packageDelete(@Nullable User caller, ObjectNode params) {
        Dataset d = editable(caller, text(params, "id"));
        d.state = "deleted";
        d.modified = now();
        reindex(d);
        return NullNode.getInstance();
    }

    private JsonNode packageList(ObjectNode params) {
        int offset = intParam(params, "offset", 0);
        int limit = intParam(params, "limit", Integer.MAX_VALUE);
        ArrayNode out = F.arrayNode();
        datasets.values().stream().filter(d -> d.state.equals("active") && !d.isPrivate)
                .map(d -> d.name).sorted().skip(offset).limit(limit).forEach(out::add);
        return out;
    }

    private JsonNode tagList() {
        TreeSet<String> tags = new TreeSet<>();
        datasets.values().stream().filter(d -> d.state.equals("active") && !d.isPrivate)
                .forEach(d -> tags.addAll(d.tags));
        ArrayNode out = F.arrayNode();
        tags.forEach(out::add);
        return out;
    }

    private JsonNode licenseList() {
        ArrayNode out = F.arrayNode();
        for (String[] l : LICENSES) {
            ObjectNode r = out.addObject();
            r.put("domain_content", l[4]);
            r.put("id", l[0]);
            r.put("domain_data", l[5]);
            r.put("domain_software", "False");
            r.put("family", "");
            r.put("is_generic", l[6]);
            r.put("od_conformance", l[3].equals("True") ? "approved" : "not reviewed");
            r.put("osd_conformance", "not reviewed");
            r.put("maintainer", "");
            r.put("status", "active");
            r.put("url", l[2]);
            r.put("title", l[1]);
        }
        return out;
    }

    /** field name, label, validators, required: the data.gov.ua-like lab's dataset schema. */
    private static final String[][] DATASET_FIELDS = {
        {"title", "Title", "if_empty_same_as(name) unicode_safe", ""},
        {"name", "URL", "not_empty unicode_safe name_validator package_name_validator", ""},
        {"notes", "Description", "scheming_required unicode_safe", "required"},
        {"tag_string", "Tags", "scheming_required tag_string_convert", "required"},
        {"license_id", "License", "", ""},
        {"owner_org", "Organization", "owner_org_validator unicode_safe", ""},
        {"url", "Source", "", ""},
        {"version", "Version", "ignore_missing unicode_safe package_version_validator", ""},
        {"author", "Author", "", ""},
        {"author_email", "Author Email", "", ""},
        {"maintainer", "Maintainer", "", ""},
        {"maintainer_email", "Maintainer Email", "", ""},
        {"purpose_of_collecting_information", "Purpose of collecting information",
            "scheming_required unicode_safe dgua_max_length(512)", "required"},
        {"update_frequency", "Update frequency", "scheming_required scheming_choices", "required"},
        {"language", "Language", "scheming_required unicode_safe", "required"},
        {"is_datapackage", "Is datapackage", "ignore_missing unicode_safe", ""},
    };

    private JsonNode schemaShow() {
        ObjectNode r = F.objectNode();
        r.put("scheming_version", 2);
        r.put("dataset_type", "dataset");
        r.put("about", "data.gov.ua-like dataset schema (fake) - stock CKAN fields plus data.gov.ua "
                + "custom top-level fields");
        r.put("about_url", "https://data.gov.ua");
        ArrayNode fields = r.putArray("dataset_fields");
        for (String[] f : DATASET_FIELDS) {
            ObjectNode x = fields.addObject().put("field_name", f[0]).put("label", f[1]);
            if (!f[2].isEmpty()) {
                x.put("validators", f[2]);
            }
            if (!f[3].isEmpty()) {
                x.put("required", true);
            }
            if (f[0].equals("update_frequency")) {
                ArrayNode choices = x.putArray("choices");
                for (String v : FREQUENCIES) {
                    choices.addObject().put("value", v)
                            .put("label", Character.toUpperCase(v.charAt(0)) + v.substring(1));
                }
            }
        }
        ArrayNode rf = r.putArray("resource_fields");
        rf.addObject().put("field_name", "url").put("label", "URL")
                .put("validators", "ignore_missing unicode_safe remove_whitespace");
        rf.addObject().put("field_name", "name").put("label", "Name");
        rf.addObject().put("field_name", "description").put("label", "Description");
        rf.addObject().put("field_name", "format").put("label", "Format")
                .put("validators", "if_empty_guess_format ignore_missing clean_format unicode_safe");
        return r;
    }

    // ------------------------------------------------------------------ resources

    private ObjectNode findResource(@Nullable String id, Dataset[] owner) {
        for (Dataset d : datasets.values()) {
            for (ObjectNode r : d.resources) {
                if (r.path("id").asText().equals(id)) {
                    owner[0] = d;
                    return r;
                }
            }
        }
        throw notFound();
    }

    private JsonNode resourceShow(@Nullable User caller, ObjectNode params) {
        Dataset[] owner = new Dataset[1];
        ObjectNode r = findResource(text(params, "id"), owner);
        visible(caller, owner[0]);
        return r.deepCopy();
    }

    private Multipart.@Nullable Part upload(List<Multipart.Part> uploads) {
        for (Multipart.Part p : uploads) {
            if (p.name().equals("upload") && p.filename() != null) {
                if (p.data().length > maxResourceSize) {
                    throw validation("upload", "File upload too large");
                }
                return p;
            }
        }
        return null;
    }

    private void store(ObjectNode r, Dataset d, Multipart.Part file) {
        String id = r.path("id").asText();
        String filename = file.filename() == null ? "file" : file.filename();
        String mime = file.contentType() == null
                || file.contentType().startsWith("application/octet-stream")
                ? guessMime(filename) : file.contentType();
        files.put(id, new StoredFile(mime, file.data()));
        r.put("url", baseUrl + "/dataset/" + d.id + "/resource/" + id + "/download/"
                + lastSegment(filename));
        r.put("url_type", "upload");
        r.put("size", file.data().length);
        r.put("mimetype", mime);
        r.put("last_modified", now()); // the file's time, then the resource's save
        r.put("metadata_modified", now());
    }

    private static @Nullable String guessMimeOrNull(String url) {
        String m = guessMime(lastSegment(url));
        return m.equals("application/octet-stream") ? null : m;
    }

    private static String guessMime(String filename) {
        String f = filename.toLowerCase(Locale.ROOT);
        if (f.endsWith(".csv")) {
            return "text/csv";
        } else if (f.endsWith(".json")) {
            return "application/json";
        } else if (f.endsWith(".xml")) {
            return "application/xml";
        }
        return "application/octet-stream";
    }

    private static String lastSegment(String url) {
        String u = url;
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        return u.substring(u.lastIndexOf('/') + 1);
    }

    private JsonNode resourceCreate(@Nullable User caller, ObjectNode params,
            List<Multipart.Part> uploads) {
        String pid = text(params, "package_id");
        if (pid == null || pid.isEmpty()) {
            throw validation("package_id", "Missing value");
        }
        Dataset d = editable(caller, pid);
        Multipart.@Nullable Part file = upload(uploads);
        String stamp = now();
        storeFlags(d, stamp);
        ObjectNode r = resourceDict(d, params, null, d.resources.size(), now());
        r.put("created", now());
        newResource(r, params);
        if (file != null) {
            store(r, d, file);
        }
        d.resources.add(r);
        d.modified = stamp;
        reindex(d);
        return r.deepCopy();
    }

    private JsonNode resourceUpdate(@Nullable User caller, ObjectNode params,
            List<Multipart.Part> uploads, boolean patch) {
        Dataset[] owner = new Dataset[1];
        ObjectNode current = findResource(text(params, "id"), owner);
        Dataset d = owner[0];
        if (!canEdit(caller, d.ownerOrg)) {
            throw denied("User " + userName(caller) + " not authorized to edit resource "
                    + current.path("id").asText());
        }
        Multipart.@Nullable Part file = upload(uploads);
        ObjectNode in = patch ? current.deepCopy() : F.objectNode();
        in.setAll(params);
        boolean wasUpload = "upload".equals(current.path("url_type").asText(null));
        boolean urlTypeSent = params.has("url_type");
        if (!urlTypeSent && wasUpload && file == null) {
            in.put("url_type", "upload");
        }
        String stamp = now();
        ObjectNode r = resourceDict(d, in, current, current.path("position").asInt(), now());
        if (file != null) {
            store(r, d, file);
        } else if (!urlTypeSent && wasUpload) {
            // CKAN keeps url_type=upload and keeps only the last segment of the new URL.
            r.put("url", baseUrl + "/dataset/" + d.id + "/resource/" + r.path("id").asText()
                    + "/download/" + lastSegment(r.path("url").asText()));
            r.set("size", current.get("size"));
            r.set("mimetype", current.get("mimetype"));
            r.set("last_modified", current.get("last_modified"));
        } else if (wasUpload) {
            r.set("size", current.get("size"));
            r.set("mimetype", current.get("mimetype"));
            r.set("last_modified", current.get("last_modified"));
        }
        if (file == null) {
            settle(r, current, in);
        }
        d.resources.set(d.resources.indexOf(current), r);
        storeFlags(d, stamp);
        d.modified = stamp;
        reindex(d);
        return r.deepCopy();
    }

    private JsonNode resourceDelete(@Nullable User caller, ObjectNode params) {
        Dataset[] owner = new Dataset[1];
        ObjectNode current = findResource(text(params, "id"), owner);
        if (!canEdit(caller, owner[0].ownerOrg)) {
            throw denied("User " + userName(caller) + " not authorized to delete resource");
        }
        owner[0].resources.remove(current);
        for (int i = 0; i < owner[0].resources.size(); i++) {
            owner[0].resources.get(i).put("position", i);
        }
        owner[0].modified = now();
        storeFlags(owner[0], owner[0].modified);
        files.remove(current.path("id").asText());
        reindex(owner[0]);
        return NullNode.getInstance();
    }
}
