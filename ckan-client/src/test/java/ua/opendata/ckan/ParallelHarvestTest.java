package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanSearchPage;

/**
 * The parallel harvest against a simulated search index that changes between (and during)
 * page reads: a seeded property test over many catalogues, page caps, parallelisms and edit
 * rates.
 */
class ParallelHarvestTest {
    private static final DateTimeFormatter CKAN_TS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final Pattern RANGE =
            Pattern.compile("metadata_modified:\\[(\\S+) TO (\\S+)]");

    /** A search index: sorted like Solr (by millisecond, then id) or by microsecond, then id. */
    static final class Index {
        final Random random;
        final boolean solrOrder;
        final int cap;
        final double editRate;
        final Map<String, Instant> live = new HashMap<>();
        final Set<String> initial = new HashSet<>();
        final Set<String> touched = new HashSet<>();
        final Set<String> deleted = new HashSet<>();
        Instant clock = Instant.parse("2026-11-26T10:00:00Z");
        int searches;

        Index(long seed, int size, int cap, double editRate, boolean solrOrder) {
            this.random = new Random(seed);
            this.cap = cap;
            this.editRate = editRate;
            this.solrOrder = solrOrder;
            for (int i = 0; i < size; i++) {
                clock = clock.plus(random.nextInt(1500), ChronoUnit.MICROS);
                String id = new UUID(random.nextLong(), random.nextLong()).toString();
                live.put(id, clock);
                initial.add(id);
            }
        }

        private Comparator<Map.Entry<String, Instant>> order() {
            Comparator<Map.Entry<String, Instant>> byTime = solrOrder
                    ? Comparator.comparing(e -> e.getValue().truncatedTo(ChronoUnit.MILLIS))
                    : Comparator.comparing(Map.Entry::getValue);
            return byTime.thenComparing(Map.Entry::getKey);
        }

        private void edit() {
            List<String> ids = new ArrayList<>(live.keySet());
            ids.sort(null);
            clock = clock.plus(1 + random.nextInt(3000), ChronoUnit.MICROS);
            int what = random.nextInt(3);
            if (what == 2 || ids.isEmpty()) {
                live.put(new UUID(random.nextLong(), random.nextLong()).toString(), clock);
                return;
            }
            String victim = ids.get(random.nextInt(ids.size()));
            touched.add(victim);
            if (what == 0) {
                live.put(victim, clock);
            } else {
                live.remove(victim);
                deleted.add(victim);
            }
        }

        synchronized CkanSearchPage<CkanDataset> search(CkanSearchQuery q) {
            searches++;
            while (random.nextDouble() < editRate) {
                edit();
            }
            assertThat(q.sort()).isEqualTo("metadata_modified asc, id asc");
            Instant low = null;
            Instant high = null;
            if (q.fq() != null) {
                Matcher m = RANGE.matcher(q.fq());
                assertThat(m.find()).as(q.fq()).isTrue();
                low = m.group(1).equals("*") ? null : Instant.parse(m.group(1));
                high = m.group(2).equals("*") ? null : Instant.parse(m.group(2));
            }
            List<Map.Entry<String, Instant>> hits = new ArrayList<>();
            for (Map.Entry<String, Instant> e : live.entrySet()) {
                Instant ms = e.getValue().truncatedTo(ChronoUnit.MILLIS);
                if ((low == null || !ms.isBefore(low)) && (high == null || !ms.isAfter(high))) {
                    hits.add(Map.entry(e.getKey(), e.getValue()));
                }
            }
            hits.sort(order());
            int start = q.start() == null ? 0 : q.start();
            int rows = Math.min(q.rows() == null ? 10 : q.rows(), cap);
            List<CkanDataset> page = new ArrayList<>();
            for (int i = start; i < Math.min(hits.size(), start + rows); i++) {
                page.add(dataset(hits.get(i).getKey(), hits.get(i).getValue()));
            }
            return new CkanSearchPage<>(hits.size(), page, q.sort(), null, null, Map.of());
        }

        private static CkanDataset dataset(String id, Instant t) {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            n.put("id", id);
            n.put("name", "d-" + id);
            n.put("metadata_modified", CKAN_TS.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC)));
            return CkanDataset.fromJson(n, ZoneOffset.UTC);
        }
    }

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 200).mapToObj(seed -> {
            Random r = new Random(seed * 7919L);
            int size = 1 + r.nextInt(400);
            int cap = 2 + r.nextInt(59);
            int rows = 2 + r.nextInt(79);
            int parallelism = 1 + r.nextInt(4);
            double editRate = new double[] {0, 0.05, 0.2, 0.4}[r.nextInt(4)];
            boolean solr = r.nextBoolean();
            return Arguments.of("seed " + seed + ": " + size + " datasets, cap " + cap + ", rows "
                    + rows + ", parallelism " + parallelism + ", edits " + editRate
                    + (solr ? ", Solr order" : ", µs order"), seed, size, cap, rows, parallelism,
                    editRate, solr);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyUnchangedDatasetExactlyOnceAndEveryChangedOneOnce(String name, long seed, int size,
            int cap, int rows, int parallelism, double editRate, boolean solr) {
        Index index = new Index(seed, size, cap, editRate, solr);
        List<String> got = new ArrayList<>();
        try (ParallelHarvest<CkanDataset> h = new ParallelHarvest<>(index::search,
                CkanSearchQuery.builder().build(), rows, parallelism, HarvestKeys.TYPED)) {
            h.forEachRemaining(d -> got.add(d.id()));
        }

        assertThat(got).doesNotHaveDuplicates();
        Set<String> unchanged = new HashSet<>(index.initial);
        unchanged.removeAll(index.touched);
        assertThat(got).containsAll(unchanged);
        // what was edited or added and is still there was caught by the final keyset pass
        assertThat(got).as(name).containsAll(index.live.keySet());
        Set<String> everKnown = new HashSet<>(index.live.keySet());
        everKnown.addAll(index.deleted);
        assertThat(everKnown).containsAll(got);
    }

    @ParameterizedTest(name = "cap {0}, rows {1}, parallelism {2}")
    @MethodSource("quietCases")
    void aQuietCatalogueComesInKeyOrderWithOnePageRequestPerStride(int cap, int rows,
            int parallelism) {
        Index index = new Index(42, 1000, cap, 0, true);
        List<String> got = new ArrayList<>();
        int requests;
        try (ParallelHarvest<CkanDataset> h = new ParallelHarvest<>(index::search,
                CkanSearchQuery.builder().build(), rows, parallelism, HarvestKeys.TYPED)) {
            h.forEachRemaining(d -> got.add(d.id()));
            requests = h.requests();
        }

        List<String> expected = index.live.entrySet().stream().sorted(index.order())
                .map(Map.Entry::getKey).toList();
        assertThat(got).isEqualTo(expected);
        int stride = Math.min(cap, rows) - 1; // neighbouring pages share one position
        int offsetPages = (1000 - stride + stride - 1) / stride; // offsets stride, 2 stride, … < 1000
        assertThat(requests).isEqualTo(1 + offsetPages + 1); // first, offset pages, tail
        assertThat(index.searches).isEqualTo(requests);
    }

    static Stream<Arguments> quietCases() {
        return Stream.of(Arguments.of(1000, 100, 4), Arguments.of(100, 1000, 4),
                Arguments.of(37, 50, 2), Arguments.of(250, 5000, 3));
    }

    @Test
    void anErrorOnOnePageEndsTheIterationWithThatErrorAndStopsTheWorkers() throws Exception {
        Index index = new Index(7, 1000, 50, 0, true);
        int[] calls = {0};
        ParallelHarvest<CkanDataset> h = new ParallelHarvest<>(q -> {
            synchronized (calls) {
                calls[0]++;
                if (calls[0] == 4) {
                    throw new CkanSearchQueryException("package_search", 400, "injected",
                            JsonNodeFactory.instance.objectNode(), "package_search: injected",
                            "package_search: штучна");
                }
            }
            return index.search(q);
        }, CkanSearchQuery.builder().build(), 50, 3, HarvestKeys.TYPED);

        assertThatThrownBy(() -> h.forEachRemaining(d -> { }))
                .isInstanceOf(CkanSearchQueryException.class).hasMessageContaining("injected");
        assertThat(h.hasNext()).isFalse();
        Thread.sleep(100);
        assertThat(calls[0]).isLessThanOrEqualTo(1 + 2 * 3);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                t -> t.getName().startsWith("ckan-harvest-") && t.isAlive() && !t.isDaemon());
    }
}
