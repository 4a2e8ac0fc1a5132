package ua.opendata.ckan;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.model.CkanSearchPage;

/**
 * Not for public use. Every dataset matching a query, with offset pages fetched in parallel and
 * checked so that a changing catalogue cannot make it skip a dataset.
 *
 * <p>All pages are sorted {@code metadata_modified asc, id asc}. The first page gives {@code
 * count} and the server's real page size {@code r}; the next pages start at multiples of {@code
 * r - 1}, so two neighbouring pages share one position. At most {@code parallelism} pages are
 * fetched at a time (a sliding window) and they are delivered in order, de-duplicated by id.
 *
 * <p>Why this is safe: a dataset unchanged during the crawl keeps its sort key; edits and
 * additions only move datasets to the end (a newer {@code metadata_modified}), deletions only
 * remove them, so such a dataset's position can only decrease. A page is a contiguous slice of
 * the sorted catalogue at the moment it was read, so it holds every unchanged dataset between
 * its first and last key. When the last result of one page and the first of the next are the
 * same dataset (nothing moved), or the next page starts before the previous one ended, the two
 * slices join; otherwise the key range between them is read again with keyset paging (a
 * "fill"). After the last page, a keyset pass from the last key delivered catches what was
 * modified or added during the crawl. Hence: every dataset that existed unchanged during the
 * whole crawl is delivered exactly once; a dataset modified during the crawl is delivered once
 * (in one of its versions); one added during the crawl is delivered once; one deleted during the
 * crawl may or may not be delivered. Order: ascending key, except that a dataset modified during
 * the crawl may come where its old or new key puts it.
 *
 * <p>Memory: the ids delivered, at most {@code parallelism} pages fetched ahead, the page being
 * delivered, and the results of a fill that were not yet delivered (as many as datasets moved).
 * Worker threads are daemons; they are stopped when the iteration ends, fails or is closed.
 *
 * @param <T> the result type (typed or raw datasets)
 */
final class ParallelHarvest<T> implements Iterator<T>, AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Function<CkanSearchQuery, CkanSearchPage<T>> search;
    private final CkanSearchQuery base;
    private final int rows;
    private final int parallelism;
    private final Set<String> returned = new HashSet<>();
    private final ArrayDeque<T> buffer = new ArrayDeque<>();
    private final ArrayDeque<Future<CkanSearchPage<T>>> ahead = new ArrayDeque<>();
    private final AtomicInteger requests = new AtomicInteger();
    private @Nullable ThreadPoolExecutor executor;
    private @Nullable Iterator<T> tail;
    private @Nullable T last;
    private final HarvestKeys<T> keys;
    private Step step = Step.FIRST;
    private long count;
    private long nextOffset;
    private int stride;
    private boolean closed;

    private enum Step { FIRST, PAGES, TAIL, DONE }

    /**
     * Creates the iteration; nothing is fetched before the first {@link #hasNext()}.
     *
     * @param search runs one {@code package_search} (thread-safe)
     * @param base the query (its {@code sort}, {@code start} and {@code rows} are replaced)
     * @param rows rows to ask per page
     * @param parallelism pages fetched at the same time (at least 1)
     * @param keys reads the id and sort key of a result
     */
    public ParallelHarvest(Function<CkanSearchQuery, CkanSearchPage<T>> search,
            CkanSearchQuery base, int rows, int parallelism, HarvestKeys<T> keys) {
        if (rows < 1 || parallelism < 1) {
            throw new IllegalArgumentException(CkanMessages.text("arg.harvestSizes", rows, parallelism));
        }
        this.search = Objects.requireNonNull(search, "search");
        this.base = Objects.requireNonNull(base, "base");
        this.rows = rows;
        this.parallelism = parallelism;
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * The number of {@code package_search} calls made so far (including those in flight).
     *
     * @return the count
     */
    public int requests() {
        return requests.get();
    }

    @Override
    public boolean hasNext() {
        try {
            while (buffer.isEmpty() && step != Step.DONE) {
                advance();
            }
        } catch (RuntimeException | Error e) {
            close();
            throw e;
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

    /** Stops the workers and drops the pages fetched ahead; idempotent. */
    @Override
    public void close() {
        closed = true;
        step = Step.DONE;
        for (Future<?> f : ahead) {
            f.cancel(true);
        }
        ahead.clear();
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void advance() {
        if (closed) {
            step = Step.DONE;
            return;
        }
        switch (step) {
            case FIRST -> first();
            case PAGES -> nextPage();
            case TAIL -> {
                if (tail != null && tail.hasNext()) {
                    buffer.add(tail.next());
                } else {
                    step = Step.DONE;
                }
            }
            default -> step = Step.DONE;
        }
    }

    private CkanSearchQuery page(long start, int size) {
        return base.toBuilder().sort("metadata_modified asc, id asc").rows(size)
                .start(Math.toIntExact(start)).build();
    }

    private CkanSearchPage<T> fetch(long start) {
        requests.incrementAndGet();
        return search.apply(page(start, rows));
    }

    private void first() {
        CkanSearchPage<T> p = fetch(0);
        List<T> results = p.results();
        count = p.count();
        deliver(results);
        if (results.isEmpty() || results.size() >= count) {
            step = Step.DONE; // everything in one page: every unchanged dataset was in it
            return;
        }
        int real = results.size(); // the server's cap when it gave fewer than asked
        if (real < 2) {
            // no room for an overlap: read the rest with keyset paging
            startTail();
            return;
        }
        stride = real - 1;
        nextOffset = stride;
        step = Step.PAGES;
    }

    private void nextPage() {
        while (ahead.size() < parallelism && nextOffset < count) {
            long offset = nextOffset;
            nextOffset += stride;
            ahead.add(pool().submit(() -> fetch(offset)));
        }
        Future<CkanSearchPage<T>> head = ahead.poll();
        if (head == null) {
            shutdownPool();
            startTail();
            return;
        }
        CkanSearchPage<T> p = await(head);
        List<T> results = p.results();
        if (results.isEmpty()) {
            return; // the catalogue shrank; the tail pass reads on from the last key
        }
        T first = results.get(0);
        T prev = Objects.requireNonNull(last, "last");
        Instant prevKey = keys.modified(prev);
        Instant firstKey = keys.modified(first);
        boolean joined = firstKey.isBefore(prevKey)
                || (Objects.equals(keys.id(first), keys.id(prev))
                        && Objects.equals(keys.modifiedRaw(first), keys.modifiedRaw(prev)));
        if (!joined) {
            // Something before this page moved away after the previous page was read: read the
            // key range between the two pages again.
            KeysetHarvest<T> fill = new KeysetHarvest<>(this::counted, base, rows, prevKey, firstKey,
                    returned, keys);
            fill.forEachRemaining(buffer::add);
        }
        T before = last;
        deliver(results);
        T end = results.get(results.size() - 1);
        last = keys.modified(end).isBefore(keys.modified(before)) ? before : end;
    }

    private CkanSearchPage<T> counted(CkanSearchQuery q) {
        requests.incrementAndGet();
        return search.apply(q);
    }

    private void startTail() {
        T from = Objects.requireNonNull(last, "last");
        tail = new KeysetHarvest<>(this::counted, base, rows, keys.modified(from), null,
                returned, keys);
        step = Step.TAIL;
    }

    private void deliver(List<T> results) {
        for (T d : results) {
            keys.modified(d); // fails early on a result without metadata_modified
            String id = keys.dedupKey(d);
            if (id != null && returned.add(id)) {
                buffer.add(d);
            }
        }
        if (!results.isEmpty() && last == null) {
            last = results.get(results.size() - 1);
        }
    }

    private CkanSearchPage<T> await(Future<CkanSearchPage<T>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CkanTransportException("package_search", false,
                    CkanMessages.en("harvest.interrupted"), CkanMessages.uk("harvest.interrupted"), e);
        } catch (CancellationException e) {
            throw new CkanTransportException("package_search", false,
                    CkanMessages.en("harvest.closed"), CkanMessages.uk("harvest.closed"), e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r; // the page's own error (typed, naming the action), as if read here
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new CkanException("package_search", 0,
                    CkanMessages.en("harvest.pageFailed", c), CkanMessages.uk("harvest.pageFailed", c), c);
        }
    }

    private ThreadPoolExecutor pool() {
        if (executor == null) {
            int n = POOLS.incrementAndGet();
            AtomicInteger threads = new AtomicInteger();
            ThreadPoolExecutor e = new ThreadPoolExecutor(parallelism, parallelism, 5, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "ckan-harvest-" + n + "-" + threads.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            e.allowCoreThreadTimeOut(true); // an abandoned, unclosed stream leaves no thread behind
            executor = e;
        }
        return executor;
    }

    private void shutdownPool() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
