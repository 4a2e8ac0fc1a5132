package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of {@code package_search}. Null values are not sent. The server silently caps
 * {@code rows} (default cap 1,000).
 *
 * @param q the Solr query, or null
 * @param fq the filter query (e.g. {@code organization:name}), or null
 * @param sort the sort (e.g. {@code metadata_modified asc, id asc}), or null
 * @param rows the rows asked for, or null (server default 10)
 * @param start the offset, or null
 * @param facetFields the facet fields, or null
 * @param includePrivate whether to include private datasets (needs a valid key), or null
 * @param includeDrafts whether to include drafts, or null
 * @param fl the fields to return (CKAN 2.9+), or null
 * @param other any other parameter, in order
 */
public record CkanSearchQuery(
        @Nullable String q,
        @Nullable String fq,
        @Nullable String sort,
        @Nullable Integer rows,
        @Nullable Integer start,
        @Nullable List<String> facetFields,
        @Nullable Boolean includePrivate,
        @Nullable Boolean includeDrafts,
        @Nullable String fl,
        Map<String, JsonNode> other) {

    /**
     * Copies the collections and checks ranges.
     *
     * @param q the Solr query, or null
     * @param fq the filter query (e.g. {@code organization:name}), or null
     * @param sort the sort (e.g. {@code metadata_modified asc, id asc}), or null
     * @param rows the rows asked for, or null (server default 10)
     * @param start the offset, or null
     * @param facetFields the facet fields, or null
     * @param includePrivate whether to include private datasets (needs a valid key), or null
     * @param includeDrafts whether to include drafts, or null
     * @param fl the fields to return (CKAN 2.9+), or null
     * @param other any other parameter, in order
     */
    public CkanSearchQuery {
        if (rows != null && rows < 0) {
            throw new IllegalArgumentException(CkanMessages.text("arg.queryNegative", "rows", rows));
        }
        if (start != null && start < 0) {
            throw new IllegalArgumentException(CkanMessages.text("arg.queryNegative", "start", start));
        }
        facetFields = facetFields == null ? null : List.copyOf(facetFields);
        Map<String, JsonNode> kept = new LinkedHashMap<>();
        other.forEach((k, v) -> kept.put(k, v.deepCopy()));
        other = Collections.unmodifiableMap(kept);
    }

    /**
     * A builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised with this query.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.q = q;
        b.fq = fq;
        b.sort = sort;
        b.rows = rows;
        b.start = start;
        b.facetFields = facetFields;
        b.includePrivate = includePrivate;
        b.includeDrafts = includeDrafts;
        b.fl = fl;
        b.other.putAll(other);
        return b;
    }

    /**
     * The parameters as sent.
     *
     * @return a new JSON object
     */
    public ObjectNode toJson() {
        ObjectNode w = JsonNodeFactory.instance.objectNode();
        putIfSet(w, "q", q);
        putIfSet(w, "fq", fq);
        putIfSet(w, "sort", sort);
        putIfSet(w, "rows", rows);
        putIfSet(w, "start", start);
        if (facetFields != null) {
            w.set("facet.field", JsonNodeFactory.instance.arrayNode().addAll(
                    facetFields.stream().map(TextNode::valueOf).toList()));
        }
        if (includePrivate != null) {
            w.put("include_private", includePrivate);
        }
        if (includeDrafts != null) {
            w.put("include_drafts", includeDrafts);
        }
        putIfSet(w, "fl", fl);
        other.forEach((k, v) -> {
            if (!w.has(k)) {
                w.set(k, v.deepCopy()); // a typed value already written wins
            }
        });
        return w;
    }

    private static void putIfSet(ObjectNode w, String key, @Nullable Object value) {
        if (value instanceof String s) {
            w.put(key, s);
        } else if (value instanceof Integer i) {
            w.put(key, i);
        }
    }

    /** Builds a {@link CkanSearchQuery}. */
    public static final class Builder {
        private @Nullable String q;
        private @Nullable String fq;
        private @Nullable String sort;
        private @Nullable Integer rows;
        private @Nullable Integer start;
        private @Nullable List<String> facetFields;
        private @Nullable Boolean includePrivate;
        private @Nullable Boolean includeDrafts;
        private @Nullable String fl;
        private final Map<String, JsonNode> other = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets the query.
         *
         * @param value the Solr query
         * @return this builder
         */
        public Builder q(@Nullable String value) {
            q = value;
            return this;
        }

        /**
         * Sets the filter query.
         *
         * @param value the filter
         * @return this builder
         */
        public Builder fq(@Nullable String value) {
            fq = value;
            return this;
        }

        /**
         * Sets the sort.
         *
         * @param value the sort
         * @return this builder
         */
        public Builder sort(@Nullable String value) {
            sort = value;
            return this;
        }

        /**
         * Sets the rows asked for.
         *
         * @param value the rows
         * @return this builder
         */
        public Builder rows(@Nullable Integer value) {
            rows = value;
            return this;
        }

        /**
         * Sets the offset.
         *
         * @param value the offset
         * @return this builder
         */
        public Builder start(@Nullable Integer value) {
            start = value;
            return this;
        }

        /**
         * Sets the facet fields.
         *
         * @param value the fields
         * @return this builder
         */
        public Builder facetFields(@Nullable List<String> value) {
            facetFields = value;
            return this;
        }

        /**
         * Sets whether to include private datasets.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder includePrivate(@Nullable Boolean value) {
            includePrivate = value;
            return this;
        }

        /**
         * Sets whether to include drafts.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder includeDrafts(@Nullable Boolean value) {
            includeDrafts = value;
            return this;
        }

        /**
         * Sets the fields to return.
         *
         * @param value comma-separated fields
         * @return this builder
         */
        public Builder fl(@Nullable String value) {
            fl = value;
            return this;
        }

        /**
         * Sets any other parameter.
         *
         * @param key the name
         * @param value the value
         * @return this builder
         */
        public Builder param(String key, JsonNode value) {
            other.put(key, value);
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         */
        public CkanSearchQuery build() {
            return new CkanSearchQuery(
                    q, fq, sort, rows, start, facetFields, includePrivate, includeDrafts, fl, other);
        }
    }
}
