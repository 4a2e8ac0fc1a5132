package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.internal.Texts;

/**
 * Parameters of action calls and the decoding of their results into models; a result of the
 * wrong shape (a portal that is not CKAN) is a {@link CkanException} naming the action.
 */
final class Results {
    private Results() {}

    /** The JSON mapper of a client: unknown properties of bound results are ignored. */
    static ObjectMapper mapper() {
        return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    static ObjectNode params() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ObjectNode id(String id) {
        return params().put("id", Objects.requireNonNull(id, "id"));
    }

    static <T> T object(String action, JsonNode result, ZoneId zone,
            BiFunction<ObjectNode, ZoneId, T> decoder) {
        if (!result.isObject()) {
            throw new CkanException(action, 200,
                    CkanMessages.en("client.notObject", action, result.getNodeType()),
                    CkanMessages.uk("client.notObject", action, result.getNodeType()), null);
        }
        return decoder.apply((ObjectNode) result, zone);
    }

    static <T> List<T> objects(String action, JsonNode result, ZoneId zone,
            BiFunction<ObjectNode, ZoneId, T> decoder) {
        List<T> out = new ArrayList<>();
        for (JsonNode e : array(action, result)) {
            out.add(object(action, e, zone, decoder));
        }
        return List.copyOf(out);
    }

    static JsonNode array(String action, JsonNode result) {
        if (!result.isArray()) {
            throw new CkanException(action, 200,
                    CkanMessages.en("client.notList", action, result.getNodeType()),
                    CkanMessages.uk("client.notList", action, result.getNodeType()), null);
        }
        return result;
    }

    static List<String> strings(String action, JsonNode result) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : array(action, result)) {
            out.add(e.asText());
        }
        return List.copyOf(out);
    }

    /** Binds a result with Jackson; a mismatch names the action and the type. */
    static <T> T bind(ObjectMapper mapper, String action, JsonNode result, Class<T> type) {
        try {
            return mapper.treeToValue(result, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String name = type.getSimpleName();
            String why = Texts.excerpt(String.valueOf(e.getMessage()), 200, null);
            throw new CkanException(action, 200, CkanMessages.en("client.unreadable", action, name, why),
                    CkanMessages.uk("client.unreadable", action, name), e);
        }
    }

    /**
     * Reads pages at rising offsets (advancing by the number received) until a page is empty or
     * brings nothing new, e.g. when CKAN silently cuts a list whatever {@code limit} asks.
     */
    static <T> List<T> allPages(IntFunction<List<T>> page, Function<T, String> key) {
        List<T> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (true) {
            List<T> got = page.apply(out.size());
            int fresh = 0;
            for (T o : got) {
                if (seen.add(key.apply(o))) {
                    out.add(o);
                    fresh++;
                }
            }
            if (got.isEmpty() || fresh == 0) {
                return List.copyOf(out);
            }
        }
    }

    static void requireIdOrName(String action, @Nullable String id, @Nullable String name) {
        if ((id == null || id.isEmpty()) && (name == null || name.isEmpty())) {
            throw new IllegalArgumentException(CkanMessages.text("arg.idOrName", action));
        }
    }
}
