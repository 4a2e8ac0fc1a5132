package ua.opendata.ckan.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanSearchPage;

/**
 * Not for public use. Iterates every dataset matching a query with keyset paging: sorted by
 * {@code metadata_modified asc, id asc}, each page asks for {@code metadata_modified >= last seen}
 * (at Solr's millisecond precision), skips the datasets already received at that boundary, and
 * drops ids it has already returned. A dataset changed during the crawl moves to the end and is
 * returned once; none is skipped. Memory: one page plus the ids returned.
 */
public final class KeysetHarvest implements Iterator<CkanDataset> {
    private static final DateTimeFormatter SOLR =
            DateTimeFormatter.ISO_INSTANT;

    private final Function<CkanSearchQuery, CkanSearchPage<CkanDataset>> search;
    private final CkanSearchQuery base;
    private final int rows;
    private final ArrayDeque<CkanDataset> buffer = new ArrayDeque<>();
    private final Set<String> returned = new HashSet<>();
    private @Nullable Instant boundary;
    private int skip;
    private boolean done;
    private int requests;

    /**
     * Creates the iteration.
     *
     * @param search runs one {@code package_search}
     * @param base the query (its {@code sort}, {@code start} and {@code rows} are replaced)
     * @param rows rows to ask per page (the server may cap it silently)
     */
    public KeysetHarvest(
            Function<CkanSearchQuery, CkanSearchPage<CkanDataset>> search, CkanSearchQuery base,
            int rows) {
        this.search = search;
        this.base = base;
        this.rows = rows;
    }

    /**
     * The number of {@code package_search} calls made so far.
     *
     * @return the count
     */
    public int requests() {
        return requests;
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && !done) {
            fetch();
        }
        return !buffer.isEmpty();
    }

    @Override
    public CkanDataset next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more datasets");
        }
        return buffer.removeFirst();
    }

    private void fetch() {
        int start = skip;
        CkanSearchQuery.Builder q = base.toBuilder()
                .sort("metadata_modified asc, id asc")
                .rows(rows)
                .start(start);
        if (boundary != null) {
            String range = "metadata_modified:[" + SOLR.format(boundary) + " TO *]";
            q.fq(base.fq() == null || base.fq().isBlank() ? range : "(" + base.fq() + ") AND " + range);
        }
        CkanSearchPage<CkanDataset> page = search.apply(q.build());
        requests++;
        if (page.results().isEmpty()) {
            done = true;
            return;
        }
        int fresh = 0;
        int atBoundary = start; // the skipped results all carry the boundary timestamp
        for (CkanDataset d : page.results()) {
            Instant t = modified(d);
            if (boundary == null || t.isAfter(boundary)) {
                boundary = t;
                atBoundary = 1;
            } else if (t.equals(boundary)) {
                atBoundary++;
            } else {
                throw new CkanException("package_search", 200,
                        "package_search: results are not sorted by metadata_modified asc (" + t + " after "
                                + boundary + "); the portal ignores the sort, so keyset paging is not safe here.",
                        "package_search: результати не впорядковано за metadata_modified asc; портал "
                                + "ігнорує сортування, тож посторінкове читання за ключем тут небезпечне.", null);
            }
            String id = d.id() == null ? d.name() : d.id();
            if (id != null && returned.add(id)) {
                buffer.add(d);
                fresh++;
            }
        }
        if (start + page.results().size() >= page.count()) {
            done = true; // everything from the boundary on was received
        }
        // Normally restart at the boundary and drop what was already returned. When a whole page
        // brought nothing new (more datasets share one millisecond than fit in a page), skip them.
        skip = fresh == 0 ? atBoundary : 0;
    }

    private static Instant modified(CkanDataset d) {
        if (d.metadataModified() == null || d.metadataModified().instant() == null) {
            JsonNode raw = d.metadataModified() == null ? null : TextNode.valueOf(
                    d.metadataModified().raw());
            throw new CkanException("package_search", 200,
                    "package_search: a result without a readable metadata_modified (" + raw + "), dataset "
                            + d.name() + "; keyset paging needs it. Do not restrict fl without it.",
                    "package_search: результат без придатного metadata_modified, набір " + d.name()
                            + "; він потрібен для посторінкового читання.", null);
        }
        // CKAN stores metadata_modified in UTC and Solr indexes it so: read the text as UTC whatever
        // zone the client was given, or the keyset would skip or repeat datasets.
        Instant utc = ua.opendata.ckan.model.CkanTimestamp.parse(d.metadataModified().raw(),
                java.time.ZoneOffset.UTC).instant();
        return (utc == null ? d.metadataModified().instant() : utc).truncatedTo(ChronoUnit.MILLIS);
    }
}
