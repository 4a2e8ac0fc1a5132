package ua.opendata.ckan.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Not for public use. Reads the typed fields of a CKAN object and collects everything else.
 *
 * <p>A key is "consumed" when its value fits the typed field (or is null). A value of an
 * unexpected type (a multilingual object where a string is expected, a string where a number is
 * expected) is left unconsumed, so it lands in {@link #rest()} and is written back verbatim.
 */
final class NodeReader {
    private final ObjectNode node;
    private final ZoneId zone;
    private final Set<String> consumed = new HashSet<>();

    /**
     * Creates a reader.
     *
     * @param node the object to read
     * @param zone the zone for zone-less timestamps
     */
    public NodeReader(ObjectNode node, ZoneId zone) {
        this.node = node;
        this.zone = zone;
    }

    /**
     * The zone used for zone-less timestamps.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    private @Nullable JsonNode take(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            consumed.add(key);
            return null;
        }
        return v;
    }

    /**
     * A string field.
     *
     * @param key the key
     * @return the text, or null when absent, null or not a string
     */
    public @Nullable String text(String key) {
        JsonNode v = take(key);
        if (v != null && v.isTextual()) {
            consumed.add(key);
            return v.textValue();
        }
        return null;
    }

    /**
     * An integral field.
     *
     * @param key the key
     * @return the number, or null
     */
    public @Nullable Long longValue(String key) {
        JsonNode v = take(key);
        if (v != null && v.isIntegralNumber() && v.canConvertToLong()) {
            consumed.add(key);
            return v.longValue();
        }
        return null;
    }

    /**
     * An int field.
     *
     * @param key the key
     * @return the number, or null
     */
    public @Nullable Integer intValue(String key) {
        JsonNode v = take(key);
        if (v != null && v.isInt()) {
            consumed.add(key);
            return v.intValue();
        }
        return null;
    }

    /**
     * A boolean field.
     *
     * @param key the key
     * @return the value, or null
     */
    public @Nullable Boolean bool(String key) {
        JsonNode v = take(key);
        if (v != null && v.isBoolean()) {
            consumed.add(key);
            return v.booleanValue();
        }
        return null;
    }

    /**
     * A timestamp field, parsed with the zone when it has none.
     *
     * @param key the key
     * @return the timestamp, or null
     */
    public @Nullable CkanTimestamp timestamp(String key) {
        JsonNode v = take(key);
        if (v != null && v.isTextual()) {
            consumed.add(key);
            return CkanTimestamp.parse(v.textValue(), zone);
        }
        return null;
    }

    /**
     * A list of objects; left unconsumed when any element is not an object.
     *
     * @param key the key
     * @param decoder decodes one element
     * @param <T> the element type
     * @return the list, or null when absent, null or not a list of objects
     */
    public <T> @Nullable List<T> objects(String key, BiFunction<ObjectNode, ZoneId, T> decoder) {
        JsonNode v = take(key);
        if (v == null || !v.isArray()) {
            return null;
        }
        List<T> out = new ArrayList<>(v.size());
        for (JsonNode e : v) {
            if (!e.isObject()) {
                return null;
            }
            out.add(decoder.apply((ObjectNode) e, zone));
        }
        consumed.add(key);
        return out;
    }

    /**
     * A nested object.
     *
     * @param key the key
     * @param decoder decodes the object
     * @param <T> the type
     * @return the object, or null when absent, null or not an object
     */
    public <T> @Nullable T object(String key, BiFunction<ObjectNode, ZoneId, T> decoder) {
        JsonNode v = take(key);
        if (v != null && v.isObject()) {
            consumed.add(key);
            return decoder.apply((ObjectNode) v, zone);
        }
        return null;
    }

    /**
     * A list of strings; left unconsumed when any element is not a string.
     *
     * @param key the key
     * @return the list, or null
     */
    public @Nullable List<String> strings(String key) {
        JsonNode v = take(key);
        if (v == null || !v.isArray()) {
            return null;
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                return null;
            }
            out.add(e.textValue());
        }
        consumed.add(key);
        return out;
    }

    /**
     * Any JSON value, kept as a tree.
     *
     * @param key the key
     * @return a copy of the value, or null when absent or null
     */
    public @Nullable JsonNode tree(String key) {
        JsonNode v = take(key);
        if (v != null) {
            consumed.add(key);
            return v.deepCopy();
        }
        return null;
    }

    /**
     * Every key not consumed, in the order received (values not copied: the models copy them).
     *
     * @return an immutable ordered map
     */
    public Map<String, JsonNode> rest() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!consumed.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue()); // the model's constructor copies
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
