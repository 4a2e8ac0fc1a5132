package ua.opendata.core.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.model.CkanTag;
import ua.opendata.core.internal.mapping.PortalKeys;

/** The owned fields of a dataset flattened to paths, and the field-level difference of two such views. */
final class OwnedView {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final String[] RESOURCE_FIELDS = {"name", "url", "format", "mimetype", "size", PortalKeys.R_COMPRESSION};

    private OwnedView() {
    }

    /**
     * The owned fields of a write shape: top-level keys, free tags (sorted), {@code r835_} extras, and for
     * each of our resources its owned attributes under {@code resources[<key>]}. Set-valued fields are
     * compared as sets, as CKAN keeps them: the tags, {@code tag_string} (CKAN sorts it) and the
     * keyword and format lists in extras; order alone is never a change.
     */
    public static Map<String, @Nullable String> of(CkanDatasetWrite w, List<String> ownedTopLevel, Set<String> wantedKeys,
                                                   @Nullable String structureUrl) {
        Map<String, @Nullable String> v = new LinkedHashMap<>();
        ObjectNode json = w.toJson();
        for (String k : ownedTopLevel) {
            String value = text(json.get(k));
            v.put(k, PortalKeys.K_TAG_STRING.equals(k) ? tagSet(value) : value);
        }
        List<String> tags = new ArrayList<>();
        if (w.tags() != null) {
            for (CkanTag t : w.tags()) {
                if (t.vocabularyId() == null && t.name() != null) {
                    tags.add(t.name());
                }
            }
        }
        tags.sort(null);
        v.put("tags", tags.isEmpty() ? null : String.join(", ", new LinkedHashSet<>(tags)));
        if (w.extras() != null) {
            for (CkanExtra e : w.extras()) {
                if (e.key() != null && e.key().startsWith(PortalKeys.PREFIX)) {
                    String value = text(e.value());
                    v.put("extras." + e.key(), PortalKeys.SET_EXTRAS.contains(e.key()) ? arraySet(value) : value);
                }
            }
        }
        if (w.resources() != null) {
            for (CkanResourceWrite r : w.resources()) {
                String key = PortalKeys.keyOf(r, wantedKeys, structureUrl);
                if (key == null) {
                    continue;
                }
                ObjectNode rj = r.toJson();
                for (String f : RESOURCE_FIELDS) {
                    v.put("resources[" + key + "]." + f, text(rj.get(f)));
                }
            }
        }
        return v;
    }

    /** The fields whose values differ, in the order of {@code desired} then of {@code current}. */
    public static List<FieldChange> diff(Map<String, @Nullable String> current, Map<String, @Nullable String> desired) {
        Set<String> keys = new LinkedHashSet<>(desired.keySet());
        keys.addAll(current.keySet());
        List<FieldChange> out = new ArrayList<>();
        for (String k : keys) {
            String o = current.get(k);
            String n = desired.get(k);
            if (!Objects.equals(o, n)) {
                out.add(new FieldChange(k, o, n));
            }
        }
        return out;
    }

    /**
     * A comma-separated tag list as CKAN keeps it: a set of stripped names, shown sorted and joined with
     * {@code ", "}; CKAN derives {@code tag_string} from the tags and gives them back sorted, whatever order
     * they were sent in.
     */
    static @Nullable String tagSet(@Nullable String tagString) {
        if (tagString == null) {
            return null;
        }
        TreeSet<String> set = new TreeSet<>();
        for (String t : tagString.split(",")) {
            if (!t.isBlank()) {
                set.add(t.strip());
            }
        }
        return set.isEmpty() ? null : String.join(", ", set);
    }

    /**
     * A JSON array of strings kept in an extra (keywords, formats) as a set: its distinct values sorted and
     * joined with {@code ", "}; a value that is not such an array is kept as it is.
     */
    static @Nullable String arraySet(@Nullable String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(json);
            if (n == null || !n.isArray()) {
                return json;
            }
            TreeSet<String> set = new TreeSet<>();
            for (JsonNode x : n) {
                if (!x.isTextual()) {
                    return json;
                }
                set.add(x.textValue());
            }
            return set.isEmpty() ? null : set.toString();
        } catch (java.io.IOException e) {
            return json;
        }
    }

    private static @Nullable String text(@Nullable JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        String s = n.isValueNode() ? n.asText() : n.toString();
        return s.isEmpty() ? null : s;
    }
}
