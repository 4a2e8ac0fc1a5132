package ua.opendata.ckan.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Not for public use. Writes typed fields (nulls omitted) and then the kept unknown keys.
 */
final class NodeWriter {
    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    /**
     * Copies an ordered map into an immutable ordered map, copying the values.
     *
     * @param other the map
     * @return an immutable copy
     */
    public static Map<String, JsonNode> copyOf(Map<String, JsonNode> other) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        other.forEach((k, v) -> out.put(k, v.deepCopy()));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Puts a string when not null.
     *
     * @param key the key
     * @param value the value
     * @return this writer
     */
    public NodeWriter put(String key, @Nullable String value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    /**
     * Puts a number when not null.
     *
     * @param key the key
     * @param value the value
     * @return this writer
     */
    public NodeWriter put(String key, @Nullable Long value) {
        if (value != null && value == value.intValue()) {
            node.put(key, value.intValue()); // as Jackson reads it, so trees compare equal
        } else if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    /**
     * Puts a number when not null.
     *
     * @param key the key
     * @param value the value
     * @return this writer
     */
    public NodeWriter put(String key, @Nullable Integer value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    /**
     * Puts a boolean when not null.
     *
     * @param key the key
     * @param value the value
     * @return this writer
     */
    public NodeWriter put(String key, @Nullable Boolean value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    /**
     * Puts a timestamp, as received, when not null.
     *
     * @param key the key
     * @param value the value
     * @return this writer
     */
    public NodeWriter put(String key, @Nullable CkanTimestamp value) {
        if (value != null) {
            node.put(key, value.raw());
        }
        return this;
    }

    /**
     * Puts a tree when not null.
     *
     * @param key the key
     * @param value the value
     * @return this writer
     */
    public NodeWriter put(String key, @Nullable JsonNode value) {
        if (value != null) {
            node.set(key, value.deepCopy());
        }
        return this;
    }

    /**
     * Puts a list of strings when not null.
     *
     * @param key the key
     * @param values the list
     * @return this writer
     */
    public NodeWriter putStrings(String key, @Nullable List<String> values) {
        if (values != null) {
            ArrayNode a = node.putArray(key);
            values.forEach(a::add);
        }
        return this;
    }

    /**
     * Puts a list of objects when not null.
     *
     * @param key the key
     * @param values the list
     * @param encoder encodes one element
     * @param <T> the element type
     * @return this writer
     */
    public <T> NodeWriter putObjects(
            String key, @Nullable List<T> values, Function<T, ObjectNode> encoder) {
        if (values != null) {
            ArrayNode a = node.putArray(key);
            values.forEach(v -> a.add(encoder.apply(v)));
        }
        return this;
    }

    /**
     * Writes the kept keys; a typed value already written wins.
     *
     * @param other the kept keys
     * @return the finished object
     */
    public ObjectNode finish(Map<String, JsonNode> other) {
        other.forEach((k, v) -> {
            if (!node.has(k)) {
                node.set(k, v.deepCopy());
            }
        });
        return node;
    }
}
