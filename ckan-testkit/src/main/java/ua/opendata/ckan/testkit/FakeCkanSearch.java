package ua.opendata.ckan.testkit;

import static ua.opendata.ckan.testkit.FakeCkanEngine.F;
import static ua.opendata.ckan.testkit.FakeCkanEngine.MAPPER;
import static ua.opendata.ckan.testkit.FakeCkanEngine.SCHEMA_FIELDS;
import static ua.opendata.ckan.testkit.FakeCkanEngine.SEARCH_PARAMS;
import static ua.opendata.ckan.testkit.FakeCkanErrors.err;
import static ua.opendata.ckan.testkit.FakeCkanEngine.instant;
import static ua.opendata.ckan.testkit.FakeCkanErrors.intParam;
import static ua.opendata.ckan.testkit.FakeCkanErrors.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.testkit.FakeCkanErrors.ActionError;
import ua.opendata.ckan.testkit.FakeCkanEngine.Dataset;
import ua.opendata.ckan.testkit.FakeCkanEngine.Org;
import ua.opendata.ckan.testkit.FakeCkanEngine.User;

/**
 * {@code package_search} of the fake over its search index: copies of the datasets as they were
 * at their last real change (the engine keeps them), as CKAN's Solr index is a separate copy.
 */
final class FakeCkanSearch {
    private static final DateTimeFormatter SOLR_TS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private final FakeCkanEngine engine;
    private final int rowsMax;

    FakeCkanSearch(FakeCkanEngine engine, int rowsMax) {
        this.engine = engine;
        this.rowsMax = rowsMax;
    }

    private static final Pattern CLAUSE =
            Pattern.compile("([+-]?)([A-Za-z_][A-Za-z0-9_.]*):(\"[^\"]*\"|\\[[^\\]]*\\]|\\{[^}]*\\}|[^\\s()]+)");

    JsonNode search(@Nullable User caller, ObjectNode params, Collection<Dataset> docs) {
        List<String> unknown = new ArrayList<>();
        params.fieldNames().forEachRemaining(k -> {
            if (!SEARCH_PARAMS.contains(k) && !k.startsWith("ext_")) {
                unknown.add(k);
            }
        });
        if (!unknown.isEmpty()) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < unknown.size(); i++) {
                b.append(i == 0 ? "" : ", ").append('\'').append(unknown.get(i)).append('\'');
            }
            throw new ActionError(400, err("Search Query Error",
                    "Search Query is invalid: \"Invalid search parameters: " + b + "]\""));
        }
        String q = text(params, "q");
        String fq = text(params, "fq");
        for (String s : new String[] {q, fq}) {
            if (s != null && balance(s) != 0) {
                throw new ActionError(409, err("Search Error",
                        "Search error: 'SOLR returned an error running query: " + s
                                + " Error: org.apache.solr.search.SyntaxError'"));
            }
        }
        int rows = Math.min(intParam(params, "rows", 10), rowsMax);
        int start = intParam(params, "start", 0);
        String sort = text(params, "sort") == null ? "score desc, metadata_modified desc"
                : text(params, "sort");
        boolean includePrivate = params.path("include_private").asText("false").equals("true");
        List<Dataset> hits = new ArrayList<>();
        Predicate<Dataset> filter = compileFq(fq);
        for (Dataset d : docs) {
            if (!d.state.equals("active")) {
                continue;
            }
            if (d.isPrivate) {
                Org o = engine.orgById(d.ownerOrg);
                boolean member = caller != null && (caller.sysadmin()
                        || (o != null && o.members.containsKey(caller.id())));
                if (!includePrivate || !member) {
                    continue;
                }
            }
            if (filter.test(d) && matchesQ(d, q)) {
                hits.add(d);
            }
        }
        hits.sort(comparator(sort));
        ObjectNode r = F.objectNode();
        r.put("count", hits.size());
        ObjectNode facets = r.putObject("facets");
        ArrayNode results = r.putArray("results");
        addResults(results, hits, start, rows, text(params, "fl"));
        r.put("sort", sort);
        addFacets(r, facets, hits, params.get("facet.field"));
        return r;
    }

    /** The page of hits asked for, as full dicts or with the {@code fl} fields only. */
    private void addResults(ArrayNode results, List<Dataset> hits, int start, int rows,
            @Nullable String fl) {
        for (Dataset d : hits.subList(Math.min(start, hits.size()),
                Math.min(hits.size(), Math.min(start, hits.size()) + rows))) {
            ObjectNode full = engine.packages.packageDict(d);
            if (fl == null) {
                results.add(full);
            } else {
                ObjectNode slim = results.addObject();
                for (String k : fl.split("[,\\s]+")) {
                    if (k.equals("metadata_modified") || k.equals("metadata_created")) {
                        slim.put(k, SOLR_TS.format(OffsetDateTime.ofInstant(instant(full.get(k).asText()),
                                ZoneOffset.UTC)));
                    } else if (full.has(k) && !SCHEMA_FIELDS.contains(k)) {
                        // custom (scheming) fields are not stored in the index: fl leaves them out
                        slim.set(k, full.get(k));
                    }
                }
            }
        }
    }

    private void addFacets(ObjectNode r, ObjectNode facets, List<Dataset> hits,
            @Nullable JsonNode facetField) {
        ObjectNode searchFacets = r.putObject("search_facets");
        for (String field : facetFields(facetField)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Dataset d : hits) {
                for (String v : facetValues(d, field)) {
                    counts.merge(v, 1, Integer::sum);
                }
            }
            ObjectNode fc = facets.putObject(field);
            counts.forEach(fc::put);
            ObjectNode sf = searchFacets.putObject(field);
            sf.put("title", field);
            ArrayNode items = sf.putArray("items");
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> items.addObject().put("name", e.getKey())
                            .put("display_name", e.getKey()).put("count", e.getValue()));
        }
    }

    private static List<String> facetFields(@Nullable JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        JsonNode list = v;
        if (v.isTextual()) {
            try {
                list = MAPPER.readTree(v.textValue());
            } catch (IOException e) {
                throw new ActionError(409, err("Search Error", "Search error: bad facet.field"));
            }
        }
        list.forEach(x -> out.add(x.asText()));
        return out;
    }

    private List<String> facetValues(Dataset d, String field) {
        switch (field) {
            case "organization":
                Org o = engine.orgById(d.ownerOrg);
                return o == null ? List.of() : List.of(o.name);
            case "tags":
                return d.tags;
            case "res_format":
                return d.resources.stream().map(r -> r.path("format").asText()).filter(s -> !s.isEmpty())
                        .distinct().toList();
            case "license_id":
                return d.fields.hasNonNull("license_id") ? List.of(d.fields.get("license_id").asText())
                        : List.of();
            default:
                return d.fields.hasNonNull(field) ? List.of(d.fields.get(field).asText()) : List.of();
        }
    }

    private static int balance(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return depth;
    }

    private boolean matchesQ(Dataset d, @Nullable String q) {
        if (q == null || q.isBlank() || q.trim().equals("*:*")) {
            return true;
        }
        Matcher m = CLAUSE.matcher(q.trim());
        if (m.matches()) {
            return clause(d, m.group(2), m.group(3));
        }
        String needle = q.toLowerCase(Locale.ROOT).trim();
        StringBuilder hay = new StringBuilder(d.name).append(' ');
        for (String k : new String[] {"title", "notes"}) {
            hay.append(d.fields.path(k).asText("")).append(' ');
        }
        d.tags.forEach(t -> hay.append(t).append(' '));
        String h = hay.toString().toLowerCase(Locale.ROOT);
        for (String word : needle.split("\\s+")) {
            if (!h.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Compiles a filter query once per request into a predicate. */
    private Predicate<Dataset> compileFq(@Nullable String fq) {
        Predicate<Dataset> all = d -> true;
        if (fq == null || fq.isBlank()) {
            return all;
        }
        Matcher m = CLAUSE.matcher(fq);
        while (m.find()) {
            Predicate<Dataset> one = clause(m.group(2), m.group(3));
            all = all.and(m.group(1).equals("-") ? one.negate() : one);
        }
        return all;
    }

    private boolean clause(Dataset d, String field, String rawValue) {
        return clause(field, rawValue).test(d);
    }

    private Predicate<Dataset> clause(String field, String rawValue) {
        String value = rawValue;
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.startsWith("[") || value.startsWith("{")) {
            return range(field, value);
        }
        String v = value;
        switch (field) {
            case "organization":
                return d -> {
                    Org o = engine.orgById(d.ownerOrg);
                    return o != null && o.name.equals(v);
                };
            case "owner_org":
                return d -> d.ownerOrg.equals(v);
            case "name":
                return d -> d.name.equals(v);
            case "id":
                return d -> d.id.equals(v);
            case "tags":
                return d -> d.tags.contains(v);
            case "res_format":
                return d -> d.resources.stream().anyMatch(r -> r.path("format").asText().equals(v));
            default:
                return d -> d.fields.path(field).asText("\u0000").equals(v);
        }
    }

    private static Predicate<Dataset> range(String field, String value) {
        boolean lowIncl = value.startsWith("[");
        boolean highIncl = value.endsWith("]");
        String[] parts = value.substring(1, value.length() - 1).trim().split("\\s+TO\\s+");
        if (parts.length != 2) {
            throw new ActionError(409, err("Search Error", "Search error: bad range " + value));
        }
        if (!field.equals("metadata_modified") && !field.equals("metadata_created")) {
            return d -> false;
        }
        Instant low;
        Instant high;
        try {
            low = parts[0].equals("*") ? null : Instant.parse(parts[0]);
            high = parts[1].equals("*") ? null : Instant.parse(parts[1]);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ActionError(409, err("Search Error", "Search error: bad date in " + value));
        }
        boolean modified = field.equals("metadata_modified");
        return d -> {
            // Solr keeps dates to the millisecond: a range matches on the truncated value
            Instant t = (modified ? d.modifiedInstant() : instant(d.created)).truncatedTo(ChronoUnit.MILLIS);
            if (low != null && (lowIncl ? t.isBefore(low) : !t.isAfter(low))) {
                return false;
            }
            return high == null || (highIncl ? !t.isAfter(high) : t.isBefore(high));
        };
    }

    private Comparator<Dataset> comparator(String sort) {
        Comparator<Dataset> c = (a, b) -> 0;
        for (String part : sort.split(",")) {
            String[] fd = part.trim().split("\\s+");
            if (fd.length == 0 || fd[0].isEmpty()) {
                continue;
            }
            boolean desc = fd.length > 1 && fd[1].equalsIgnoreCase("desc");
            Comparator<Dataset> one;
            switch (fd[0]) {
                case "score":
                    continue;
                case "metadata_modified":
                    one = Comparator.comparing(d -> d.modified);
                    break;
                case "metadata_created":
                    one = Comparator.comparing(d -> d.created);
                    break;
                case "name":
                    one = Comparator.comparing(d -> d.name);
                    break;
                case "id":
                    one = Comparator.comparing(d -> d.id);
                    break;
                case "title_string":
                case "title":
                    one = Comparator.comparing(d -> d.fields.path("title").asText(""));
                    break;
                default:
                    throw new ActionError(409, err("Search Error",
                            "Search error: can not sort on field: " + fd[0]));
            }
            c = c.thenComparing(desc ? one.reversed() : one);
        }
        return c;
    }
}
