package ua.opendata.core.internal.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.model.CkanTag;
import ua.opendata.core.portal.FieldChange;

/** The owned fields of a dataset flattened to paths, and the field-level difference of two such views. */
public final class OwnedView {

    private static final String[] RESOURCE_FIELDS = {"name", "url", "format", "mimetype", "size", DatasetMapper.R_COMPRESSION};

    private OwnedView() {
    }

    /**
     * The owned fields of a write shape: top-level keys, free tags (sorted), {@code r835_} extras, and for
     * each of our resources its owned attributes under {@code resources[<key>]}.
     */
    public static Map<String, @Nullable String> of(CkanDatasetWrite w, DatasetMapper mapper, Set<String> wantedKeys,
                                                   @Nullable String structureUrl) {
        Map<String, @Nullable String> v = new LinkedHashMap<>();
        ObjectNode json = w.toJson();
        for (String k : mapper.ownedTopLevel()) {
            v.put(k, text(json.get(k)));
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
                if (e.key() != null && e.key().startsWith(DatasetMapper.PREFIX)) {
                    v.put("extras." + e.key(), text(e.value()));
                }
            }
        }
        if (w.resources() != null) {
            for (CkanResourceWrite r : w.resources()) {
                String key = DatasetMapper.keyOf(r, wantedKeys, structureUrl);
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

    private static @Nullable String text(@Nullable JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        String s = n.isValueNode() ? n.asText() : n.toString();
        return s.isEmpty() ? null : s;
    }
}
