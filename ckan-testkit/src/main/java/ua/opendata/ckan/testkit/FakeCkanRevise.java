package ua.opendata.ckan.testkit;

import static ua.opendata.ckan.testkit.FakeCkanEngine.F;
import static ua.opendata.ckan.testkit.FakeCkanErrors.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.testkit.FakeCkanEngine.Dataset;
import ua.opendata.ckan.testkit.FakeCkanEngine.User;

/**
 * {@code package_revise} of the fake (CKAN 2.9+): the match, the nested and flattened updates,
 * {@code __extend} and the file parts, validated before anything changes.
 */
final class FakeCkanRevise {
    private final FakeCkanEngine engine;

    FakeCkanRevise(FakeCkanEngine engine) {
        this.engine = engine;

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
    JsonNode packageRevise(@Nullable User caller, ObjectNode params,
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
        Dataset d = engine.editable(caller, ref);
        ObjectNode current = engine.packages.packageDict(d);
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
            if (p.data().length > engine.maxResourceSize) {
                throw validation("upload", "File upload too large");
            }
            files.put((ObjectNode) target, p);
        }
        int i = 0;
        for (Map.Entry<ObjectNode, Multipart.Part> e : files.entrySet()) {
            e.getKey().put("__fake_upload", i++); // carried through engine.packages.apply() as an unknown key
        }
        List<Multipart.Part> byMark = new ArrayList<>(files.values());
        current.put("owner_org", d.ownerOrg);
        engine.packages.apply(caller, d, current, false);
        for (ObjectNode r : d.resources) {
            JsonNode mark = r.remove("__fake_upload");
            if (mark != null) {
                engine.resources.store(r, d, byMark.get(mark.asInt()));
            }
        }
        engine.reindex(d);
        ObjectNode r = F.objectNode();
        r.set("package", engine.packages.packageDict(d));
        return r;
    }

    static JsonNode jsonOrString(@Nullable JsonNode v) {
        if (v != null && v.isTextual()) {
            String t = v.textValue().trim();
            if (t.startsWith("{") || t.startsWith("[")) {
                try {
                    return FakeCkanEngine.MAPPER.readTree(t);
                } catch (IOException e) {
                    return v;
                }
            }
        }
        return v == null ? NullNode.getInstance() : v;
    }

    /** The list item at an index (negative from the end) or with an id starting with the key. */
    static JsonNode item(ArrayNode list, String key, String field) {
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

    static void updateFlattened(ObjectNode root, String field, String[] path, JsonNode value) {
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

    static boolean sameValue(JsonNode a, JsonNode b) {
        return a.equals(b) || (a.isValueNode() && b.isValueNode() && a.asText().equals(b.asText()));
    }

    static void merge(ObjectNode target, ObjectNode update) {
        for (Map.Entry<String, JsonNode> e : update.properties()) {
            JsonNode t = target.get(e.getKey());
            if (t instanceof ObjectNode to && e.getValue() instanceof ObjectNode uo) {
                merge(to, uo);
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }
}
