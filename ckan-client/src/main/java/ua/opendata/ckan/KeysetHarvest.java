package ua.opendata.ckan;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.model.CkanSearchPage;

/**
 * Not for public use. Iterates every dataset matching a query with keyset paging: sorted by
 * {@code metadata_modified asc, id asc}, each page asks for {@code metadata_modified >= last seen}
 * (at Solr's millisecond precision) from offset 0 and drops the ids it has already returned. When
 * a whole page holds only datasets already returned, all in the boundary's millisecond (more
 * datasets share it than fit in a page), that millisecond is read alone by offsets, again from
 * its start whenever its count changes, and the keyset goes on from the next millisecond. A
 * dataset unchanged during the crawl is returned exactly once; one changed during the crawl
 * moves to the end and is returned once. Memory: one page plus the ids returned.
 *
 * @param <T> the result type (typed or raw datasets)
 */
final class KeysetHarvest<T> implements Iterator<T> {
    private static final DateTimeFormatter SOLR =
            DateTimeFormatter.ISO_INSTANT;

    private final Function<CkanSearchQuery, CkanSearchPage<T>> search;
    private final CkanSearchQuery base;
    private final int rows;
    private final ArrayDeque<T> buffer = new ArrayDeque<>();
    private final Set<String> returned;
    private final HarvestKeys<T> keys;
    private final @Nullable Instant upTo;
    private @Nullable Instant boundary;
    private @Nullable Instant tie;
    private int tieOffset;
    private long tieCount;
    private boolean done;
    private int requests;

    /**
     * Creates the iteration.
     *
     * @param search runs one {@code package_search}
     * @param base the query (its {@code sort}, {@code start} and {@code rows} are replaced)
     * @param rows rows to ask per page (the server may cap it silently)
     * @param keys reads the id and sort key of a result
     */
    public KeysetHarvest(
            Function<CkanSearchQuery, CkanSearchPage<T>> search, CkanSearchQuery base,
            int rows, HarvestKeys<T> keys) {
        this(search, base, rows, null, null, new HashSet<>(), keys);
    }

    /**
     * Creates the iteration over a range of {@code metadata_modified} (both ends inclusive, at
     * millisecond precision), skipping and adding to a set of ids shared with other iterations.
     *
     * @param search runs one {@code package_search}
     * @param base the query (its {@code sort}, {@code start} and {@code rows} are replaced)
     * @param rows rows to ask per page (the server may cap it silently)
     * @param from the first millisecond, or null for the beginning
     * @param upTo the last millisecond, or null for no end
     * @param returned the ids already returned; ids returned here are added
     * @param keys reads the id and sort key of a result
     */
    public KeysetHarvest(
            Function<CkanSearchQuery, CkanSearchPage<T>> search, CkanSearchQuery base,
            int rows, @Nullable Instant from, @Nullable Instant upTo, Set<String> returned,
            HarvestKeys<T> keys) {
        this.search = search;
        this.base = base;
        this.rows = rows;
        this.boundary = from == null ? null : from.truncatedTo(ChronoUnit.MILLIS);
        this.upTo = upTo == null ? null : upTo.truncatedTo(ChronoUnit.MILLIS);
        this.returned = returned;
        this.keys = keys;
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
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more datasets");
        }
        return buffer.removeFirst();
    }

    private void fetch() {
        if (tie != null) {
            fetchTie(tie);
            return;
        }
        CkanSearchPage<T> page = search.apply(query(boundary, upTo, 0));
        requests++;
        if (page.results().isEmpty()) {
            done = true;
            return;
        }
        Instant before = boundary;
        int fresh = take(page);
        if (page.results().size() >= page.count()) {
            done = true; // everything from the boundary on was received
        } else if (fresh == 0 && Objects.equals(before, boundary)) {
            // A whole page of datasets already returned, all in the boundary's millisecond: more
            // datasets share it than fit in a page. Read that millisecond alone, by offsets.
            tie = boundary;
            tieOffset = 0;
            tieCount = -1;
        }
        // Otherwise restart at the boundary millisecond and drop what was already returned.
    }

    /**
     * Reads the datasets of one millisecond by offsets. Offsets are exact only while nobody
     * leaves that millisecond (an edit moves a dataset to a newer one, a delete removes it), so
     * when the count changes the millisecond is read again from its start (what was returned is
     * dropped). Then the keyset goes on from the next millisecond.
     */
    private void fetchTie(Instant ms) {
        CkanSearchPage<T> page = search.apply(query(ms, ms, tieOffset));
        requests++;
        take(page);
        if (tieCount >= 0 && page.count() != tieCount) {
            tieOffset = 0;
            tieCount = page.count();
            return;
        }
        tieCount = page.count();
        tieOffset += page.results().size();
        if (page.results().isEmpty() || tieOffset >= tieCount) {
            tie = null;
            boundary = ms.plusMillis(1);
            if (upTo != null && boundary.isAfter(upTo)) {
                done = true;
            }
        }
    }

    private CkanSearchQuery query(@Nullable Instant from, @Nullable Instant to, int start) {
        CkanSearchQuery.Builder q = base.toBuilder()
                .sort("metadata_modified asc, id asc")
                .rows(rows)
                .start(start);
        if (from != null || to != null) {
            String range = "metadata_modified:[" + (from == null ? "*" : SOLR.format(from))
                    + " TO " + (to == null ? "*" : SOLR.format(to)) + "]";
            q.fq(base.fq() == null || base.fq().isBlank() ? range : "(" + base.fq() + ") AND " + range);
        }
        return q.build();
    }

    /** Buffers the results not returned yet, moves the boundary; returns how many were new. */
    private int take(CkanSearchPage<T> page) {
        int fresh = 0;
        for (T d : page.results()) {
            Instant t = keys.modified(d);
            if (upTo != null && t.isAfter(upTo)) {
                continue; // the server did not apply the range: ignore what lies past it
            }
            if (boundary == null || t.isAfter(boundary)) {
                boundary = t;
            } else if (t.isBefore(boundary) && tie == null) {
                throw new CkanException("package_search", 200,
                        CkanMessages.en("harvest.unsorted", t, boundary),
                        CkanMessages.uk("harvest.unsorted", t, boundary), null);
            }
            String id = keys.dedupKey(d);
            if (id != null && returned.add(id)) {
                buffer.add(d);
                fresh++;
            }
        }
        return fresh;
    }
}
