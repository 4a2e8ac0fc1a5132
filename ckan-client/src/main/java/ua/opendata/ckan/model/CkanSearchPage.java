package ua.opendata.ckan.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * One page of a {@code package_search} answer. The server silently caps {@code rows} (1,000 by
 * default): advance {@code start} by {@code results().size()}, not by the rows asked for.
 *
 * @param count the total number of matches
 * @param results the datasets of this page
 * @param sort the sort the server applied, or null
 * @param facets the {@code facets} object, or null
 * @param searchFacets the {@code search_facets} object, or null
 * @param other every other key, kept verbatim
 * @param <T> the result type
 */
public record CkanSearchPage<T>(
        long count,
        List<T> results,
        @Nullable String sort,
        @Nullable JsonNode facets,
        @Nullable JsonNode searchFacets,
        Map<String, JsonNode> other) {

    /**
     * Copies the collections.
     *
     * @param count the total number of matches
     * @param results the datasets of this page
     * @param sort the sort the server applied, or null
     * @param facets the {@code facets} object, or null
     * @param searchFacets the {@code search_facets} object, or null
     * @param other every other key, kept verbatim
     */
    public CkanSearchPage {
        results = List.copyOf(results);
        other = NodeWriter.copyOf(other);
    }

    /**
     * Reads a {@code package_search} result.
     *
     * @param node the {@code result} object
     * @param zone the server's zone
     * @param decoder decodes one result
     * @param <T> the result type
     * @return the page
     */
    public static <T> CkanSearchPage<T> fromJson(
            ObjectNode node, ZoneId zone, BiFunction<ObjectNode, ZoneId, T> decoder) {
        NodeReader r = new NodeReader(node, zone);
        Long count = r.longValue("count");
        List<T> results = r.objects("results", decoder);
        return new CkanSearchPage<>(
                count == null ? 0 : count,
                results == null ? List.of() : results,
                r.text("sort"),
                r.tree("facets"),
                r.tree("search_facets"),
                r.rest());
    }

    /**
     * Writes the page back.
     *
     * @param encoder encodes one result
     * @return a new JSON object
     */
    public ObjectNode toJson(java.util.function.Function<T, ObjectNode> encoder) {
        return new NodeWriter()
                .put("count", count)
                .putObjects("results", results, encoder)
                .put("sort", sort)
                .put("facets", facets)
                .put("search_facets", searchFacets)
                .finish(other);
    }

    /**
     * Every key the model does not type, in the order received (a copy: the record stays
     * immutable).
     *
     * @return an immutable ordered map of copied values
     */
    @Override
    public Map<String, JsonNode> other() {
        return NodeWriter.copyOf(other);
    }

    /**
     * The {@code facets} object (a copy).
     *
     * @return the facets, or null
     */
    @Override
    public @Nullable JsonNode facets() {
        return facets == null ? null : facets.deepCopy();
    }

    /**
     * The {@code search_facets} object (a copy).
     *
     * @return the search facets, or null
     */
    @Override
    public @Nullable JsonNode searchFacets() {
        return searchFacets == null ? null : searchFacets.deepCopy();
    }
}
