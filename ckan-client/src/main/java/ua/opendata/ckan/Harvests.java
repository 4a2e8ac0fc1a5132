package ua.opendata.ckan;

import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import ua.opendata.ckan.model.CkanSearchPage;

/**
 * Harvests as streams: keyset paging one page after the other ({@link KeysetHarvest}) or offset
 * pages fetched in parallel and joined ({@link ParallelHarvest}), never more pages at a time than
 * the client's {@code maxConcurrentRequests}.
 */
final class Harvests {
    private final int maxConcurrent;

    Harvests(int maxConcurrent) {
        this.maxConcurrent = maxConcurrent;
    }

    <T> Stream<T> harvest(CkanSearchQuery query, HarvestOptions options,
            Function<CkanSearchQuery, CkanSearchPage<T>> search, HarvestKeys<T> keys) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        int parallelism = Math.min(options.parallelism(), maxConcurrent);
        Iterator<T> it;
        Runnable onClose;
        if (parallelism <= 1) {
            it = new KeysetHarvest<>(search, query, options.pageSize(), keys);
            onClose = () -> { };
        } else {
            ParallelHarvest<T> p = new ParallelHarvest<>(search, query, options.pageSize(), parallelism, keys);
            it = p;
            onClose = p::close;
        }
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(it,
                        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT),
                false).onClose(onClose);
    }
}
