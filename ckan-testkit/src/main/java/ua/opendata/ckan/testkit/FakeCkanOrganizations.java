package ua.opendata.ckan.testkit;

import static ua.opendata.ckan.testkit.FakeCkanEngine.F;
import static ua.opendata.ckan.testkit.FakeCkanErrors.*;

import static ua.opendata.ckan.testkit.FakeCkanEngine.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.testkit.FakeCkanEngine.Dataset;
import ua.opendata.ckan.testkit.FakeCkanEngine.Org;
import ua.opendata.ckan.testkit.FakeCkanEngine.User;

/**
 * Users, API tokens and organizations of the fake: {@code user_show}, {@code api_token_list},
 * {@code organization_*} and the organization dicts other answers embed.
 */
final class FakeCkanOrganizations {
    private final FakeCkanEngine engine;
    private final List<User> users;
    private final Map<String, Org> orgs;
    private final Map<String, Dataset> datasets;

    FakeCkanOrganizations(FakeCkanEngine engine) {
        this.engine = engine;
        this.users = engine.users;
        this.orgs = engine.orgs;
        this.datasets = engine.datasets;
    }

    ObjectNode userDict(User u, boolean privateFields) {
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

    JsonNode userShow(@Nullable User caller, ObjectNode params) {
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
    JsonNode apiTokenList(@Nullable User caller, ObjectNode params) {
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
        t.put("last_access", engine.now());
        return out;
    }

    long packageCount(Org o) {
        return datasets.values().stream()
                .filter(d -> d.ownerOrg.equals(o.id) && d.state.equals("active") && !d.isPrivate)
                .count();
    }

    ObjectNode orgShort(Org o) {
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

    ObjectNode orgListDict(Org o) {
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

    ObjectNode orgFull(Org o) {
        ObjectNode r = orgListDict(o);
        r.set("extras", o.extras.deepCopy());
        ArrayNode us = r.putArray("users");
        o.members.forEach((uid, cap) -> users.stream().filter(u -> u.id().equals(uid)).findFirst()
                .ifPresent(u -> us.add(userDict(u, false).put("capacity", cap))));
        r.putArray("tags");
        r.putArray("groups");
        return r;
    }

    JsonNode organizationCreate(@Nullable User caller, ObjectNode params) {
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
                text(params, "image_url") == null ? "" : text(params, "image_url"), engine.now());
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

    JsonNode organizationMemberCreate(@Nullable User caller, ObjectNode params) {
        Org o = engine.org(text(params, "id"));
        if (caller == null
                || !(caller.sysadmin() || "admin".equals(o.members.get(caller.id())))) {
            throw denied("User " + userName(caller) + " not authorized to edit organization members");
        }
        String username = text(params, "username");
        User u = users.stream().filter(x -> x.name().equals(username) || x.id().equals(username))
                .findFirst().orElseThrow(FakeCkanErrors::notFound);
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

    JsonNode organizationShow(ObjectNode params) {
        Org o = engine.org(text(params, "id"));
        ObjectNode r = orgFull(o);
        if (params.path("include_datasets").asText("false").equals("true")) {
            ArrayNode ps = r.putArray("packages");
            datasets.values().stream()
                    .filter(d -> d.ownerOrg.equals(o.id) && d.state.equals("active") && !d.isPrivate)
                    .limit(10)
                    .forEach(d -> ps.add(engine.packages.packageDict(d)));
        }
        return r;
    }

    JsonNode organizationList(ObjectNode params) {
        boolean all = params.path("all_fields").asText("false").equals("true");
        List<Org> list = new ArrayList<>(orgs.values());
        list.sort(Comparator.comparing(o -> o.name));
        int offset = intParam(params, "offset", 0);
        int limit = intParam(params, "limit", Integer.MAX_VALUE);
        if (all) {
            limit = Math.min(limit, engine.listAllFieldsMax); // silently cut, even when more is asked
        }
        ArrayNode out = F.arrayNode();
        list.stream().skip(offset).limit(limit)
                .forEach(o -> out.add(all ? orgListDict(o) : F.textNode(o.name)));
        return out;
    }

    JsonNode organizationListForUser(@Nullable User caller, ObjectNode params) {
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
}
