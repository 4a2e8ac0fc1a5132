package ua.opendata.ckan.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import ua.opendata.ckan.model.CkanSearchPage;

/**
 * Not for public use. Reads a {@code package_search} result as it streams in: one result
 * object at a time is a tree, then a model; the page is never held as a whole tree.
 *
 * @param <T> the result type
 */
public final class SearchPageReader<T> implements ResultReader<CkanSearchPage<T>> {
    private final ZoneId zone;
    private final BiFunction<ObjectNode, ZoneId, T> decoder;

    /**
     * Creates a reader.
     *
     * @param zone the zone for zone-less timestamps
     * @param decoder decodes one result
     */
    public SearchPageReader(ZoneId zone, BiFunction<ObjectNode, ZoneId, T> decoder) {
        this.zone = zone;
        this.decoder = decoder;
    }

    @Override
    public CkanSearchPage<T> read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IOException("package_search result is not an object");
        }
        long count = 0;
        List<T> results = new ArrayList<>();
        String sort = null;
        JsonNode facets = null;
        JsonNode searchFacets = null;
        Map<String, JsonNode> other = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (name.equals("count") && t == JsonToken.VALUE_NUMBER_INT) {
                count = p.getLongValue();
            } else if (name.equals("results") && t == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode n = p.readValueAsTree();
                    if (!(n instanceof ObjectNode o)) {
                        throw new IOException("package_search result list holds a " + n.getNodeType());
                    }
                    results.add(decoder.apply(o, zone));
                }
            } else if (name.equals("sort") && t == JsonToken.VALUE_STRING) {
                sort = p.getText();
            } else if (name.equals("facets")) {
                facets = p.readValueAsTree();
            } else if (name.equals("search_facets")) {
                searchFacets = p.readValueAsTree();
            } else {
                JsonNode v = p.readValueAsTree();
                other.put(name, v == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : v);
            }
        }
        return new CkanSearchPage<>(count, results, sort, facets, searchFacets, other);
    }
}
