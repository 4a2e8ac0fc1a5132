package ua.opendata.ckan.testkit;

import static ua.opendata.ckan.testkit.FakeCkanErrors.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
    static final Set<String> SEARCH_PARAMS =
            Set.of("q", "fq", "fq_list", "sort", "rows", "start", "facet", "facet.mincount",
                    "facet.limit", "facet.field", "include_private", "include_drafts", "include_deleted",
                    "fl", "defType", "qf", "use_default_schema", "extras");
    static final Set<String> SCHEMA_FIELDS =
            Set.of("purpose_of_collecting_information", "update_frequency", "language", "tag_string",
                    "is_datapackage");
    private static final DateTimeFormatter CKAN_TS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

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

    final Clock clock;
    final String baseUrl;
    final int rowsMax;
    final int listAllFieldsMax;
    final long maxResourceSize;
    final boolean dguaSchema;
    final boolean packageRevise;
    final String version;
    final boolean onlySysadminsSetIds;
    final List<User> users = new ArrayList<>();
    final Map<String, Org> orgs = new LinkedHashMap<>();
    final Map<String, Dataset> datasets = new LinkedHashMap<>();
    /**
     * The search index: a copy of each dataset as it was at its last real change. CKAN reindexes a
     * dataset only when a write changed something; a write that changes nothing still moves {@code
     * metadata_modified} in the database (recorded on CKAN 2.10.10).
     */
    final Map<String, Dataset> index = new LinkedHashMap<>();
    /**
     * Resources whose {@code datastore_active} flag (shown as {@code false} by the datastore plugin)
     * is not stored yet: CKAN stores it, as a resource extra, the first time the resource is saved
     * from a dict that carries it (a {@code package_patch}, {@code package_revise}, a {@code
     * resource_*} call or an update sent back from {@code package_show}), which is a real change of
     * the resource: its {@code metadata_modified} moves and the dataset is reindexed.
     */
    final Set<String> flagNotStored = new java.util.HashSet<>();
    boolean flagStored;
    final FakeCkanSearch search;
    final FakeCkanOrganizations organizations;
    final FakeCkanDatasets packages;
    final FakeCkanRevise revise;
    final FakeCkanResources resources;
    final Map<String, StoredFile> files = new HashMap<>(); // resource id -> file
    final Map<String, String> tagIds = new HashMap<>();
    Instant lastTime = Instant.EPOCH;

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
        String[] v = version.split("\\.");
        int major = Integer.parseInt(v[0]);
        int minor = v.length > 1 ? Integer.parseInt(v[1]) : 0;
        this.onlySysadminsSetIds = major > 2 || (major == 2 && minor >= 11);
        this.search = new FakeCkanSearch(this, rowsMax);
        this.organizations = new FakeCkanOrganizations(this);
        this.packages = new FakeCkanDatasets(this);
        this.revise = new FakeCkanRevise(this);
        this.resources = new FakeCkanResources(this);
    }

    // ------------------------------------------------------------------ helpers

    String now() {
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

    static String uuid() {
        return UUID.randomUUID().toString();
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
        if (action.startsWith("package_") || action.equals("dataset_purge") || action.equals("tag_list")) {
            return datasetAction(action, caller, params, uploads);
        }
        if (action.startsWith("resource_")) {
            return resourceAction(action, caller, params, uploads);
        }
        if (action.startsWith("organization_") || action.equals("user_show")
                || action.equals("api_token_list")) {
            return organizationAction(action, caller, params);
        }
        return siteAction(action, params);
    }

    JsonNode datasetAction(String action, @Nullable User caller, ObjectNode params,
            List<Multipart.Part> uploads) {
        switch (action) {
            case "package_create":
                return packages.packageCreate(caller, params);
            case "package_show":
                return packages.packageDict(visible(caller, findDataset(text(params, "id"))));
            case "package_update":
                return packages.packageUpdate(caller, params);
            case "package_patch":
                return packages.packagePatch(caller, params);
            case "package_revise":
                return revise.packageRevise(caller, params, uploads);
            case "package_delete":
                return packages.packageDelete(caller, params);
            case "package_search":
                return search.search(caller, params, index.values());
            case "package_list":
                return packages.packageList(params);
            case "tag_list":
                return packages.tagList();
            case "dataset_purge":
                return datasetPurge(caller, params);
            default:
                throw new BareError("Bad request - Action name not known: " + action);
        }
    }

    JsonNode datasetPurge(@Nullable User caller, ObjectNode params) {
        requireSysadmin(caller, "purge packages");
        Dataset d = findDataset(text(params, "id"));
        datasets.remove(d.id);
        index.remove(d.id);
        d.resources.forEach(r -> files.remove(r.path("id").asText()));
        return NullNode.getInstance();
    }

    JsonNode resourceAction(String action, @Nullable User caller, ObjectNode params,
            List<Multipart.Part> uploads) {
        switch (action) {
            case "resource_show":
                return resources.resourceShow(caller, params);
            case "resource_create":
                return resources.resourceCreate(caller, params, uploads);
            case "resource_update":
                return resources.resourceUpdate(caller, params, uploads, false);
            case "resource_patch":
                return resources.resourceUpdate(caller, params, uploads, true);
            case "resource_delete":
                return resources.resourceDelete(caller, params);
            default:
                throw new BareError("Bad request - Action name not known: " + action);
        }
    }

    JsonNode organizationAction(String action, @Nullable User caller, ObjectNode params) {
        switch (action) {
            case "organization_create":
                return organizations.organizationCreate(caller, params);
            case "organization_member_create":
                return organizations.organizationMemberCreate(caller, params);
            case "organization_show":
                return organizations.organizationShow(params);
            case "organization_list":
                return organizations.organizationList(params);
            case "organization_list_for_user":
                return organizations.organizationListForUser(caller, params);
            case "user_show":
                return organizations.userShow(caller, params);
            case "api_token_list":
                return organizations.apiTokenList(caller, params);
            case "organization_delete":
            case "organization_purge":
                return organizationDelete(action, caller, params);
            default:
                throw new BareError("Bad request - Action name not known: " + action);
        }
    }

    JsonNode organizationDelete(String action, @Nullable User caller, ObjectNode params) {
        requireSysadmin(caller, "delete organizations");
        Org o = org(text(params, "id"));
        if (datasets.values().stream().anyMatch(d -> d.ownerOrg.equals(o.id)
                && action.equals("organization_purge") && !d.state.equals("deleted"))) {
            throw validation("id", "Organization cannot be deleted while it still has datasets");
        }
        orgs.remove(o.id);
        return NullNode.getInstance();
    }

    JsonNode siteAction(String action, ObjectNode params) {
        switch (action) {
            case "status_show":
                return statusShow();
            case "group_list":
                return F.arrayNode();
            case "help_show": {
                String name = text(params, "name");
                boolean known = name != null && knows(name);
                if (!known) {
                    throw new ActionError(404, err("Not Found Error", "Action function not found"));
                }
                return F.textNode("Documentation of " + name + " (fake).");
            }
            case "license_list":
                return FakeCkanSchema.licenseList();
            case "scheming_dataset_schema_show":
                if (!dguaSchema) {
                    throw new BareError("Bad request - Action name not known: " + action);
                }
                return FakeCkanSchema.schemaShow();
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

    JsonNode statusShow() {
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

    // ------------------------------------------------------------------ organizations

    @Nullable Org orgById(String id) {
        return orgs.get(id);
    }

    Org org(@Nullable String idOrName) {
        for (Org o : orgs.values()) {
            if (o.id.equals(idOrName) || o.name.equals(idOrName)) {
                return o;
            }
        }
        throw notFound();
    }

    @Nullable Org orgOrNull(@Nullable String idOrName) {
        try {
            return org(idOrName);
        } catch (ActionError e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ datasets

    @Nullable Dataset datasetOrNull(@Nullable String idOrName) {
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

    Dataset findDataset(@Nullable String idOrName) {
        Dataset d = datasetOrNull(idOrName);
        if (d == null) {
            throw notFound();
        }
        return d;
    }

    boolean canEdit(@Nullable User u, String orgId) {
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

    boolean canRead(@Nullable User u, Dataset d) {
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

    Dataset visible(@Nullable User caller, Dataset d) {
        if (!canRead(caller, d)) {
            throw denied("User " + userName(caller) + " not authorized to read package " + d.id);
        }
        return d;
    }

    /** A resource just created: its datastore flag is stored only if the dict carried it. */
    void newResource(ObjectNode rd, JsonNode in) {
        if (!in.has("datastore_active")) {
            flagNotStored.add(rd.path("id").asText());
        }
    }

    /**
     * A resource saved again: it keeps its {@code metadata_modified} unless something of it
     * changed (its datastore flag stored for the first time counts, as on CKAN).
     */
    void settle(ObjectNode rd, ObjectNode prev, JsonNode in) {
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
    void storeFlags(Dataset d, String stamp) {
        for (ObjectNode r : d.resources) {
            if (flagNotStored.remove(r.path("id").asText())) {
                r.put("metadata_modified", stamp);
                flagStored = true;
            }
        }
    }

    /** The dataset as the search index compares it: without the stamps a no-op write moves. */
    String content(Dataset d) {
        ObjectNode p = packages.packageDict(d);
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
    void reindex(Dataset d) {
        Dataset indexed = index.get(d.id);
        if (indexed == null || flagStored || !content(indexed).equals(content(d))) {
            index.put(d.id, d.snapshot());
        }
        flagStored = false;
    }

    Dataset editable(@Nullable User caller, @Nullable String idOrName) {
        Dataset d = findDataset(idOrName);
        if (!canEdit(caller, d.ownerOrg)) {
            throw denied("User " + userName(caller) + " not authorized to edit package " + d.id);
        }
        return d;
    }

    // ------------------------------------------------------------------ resources

}
