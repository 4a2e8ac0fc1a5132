package ua.opendata.passport.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import ua.opendata.passport.internal.annex.Rfc4180Reader;
import ua.opendata.passport.internal.annex.TitleScorer;

/**
 * The matcher scores a title only against the positions that share a word with it (an index), and
 * each position's words are split once: its verdicts must be exactly those of scoring every title
 * against every position's name from scratch (the matcher as it was before the index), for titles as
 * publishers write them, typos, fragments and mixtures of positions' words included.
 */
class AnnexMatcherIndexTest {

    private static final AnnexCatalogue C = AnnexCatalogue.bundled();

    /** The matcher's rule, computed the slow way: every position scored from its name's text. */
    private static AnnexMatch bruteForce(List<AnnexDataset> positions, TitleScorer scorer, AnnexCandidate c) {
        String normalized = AnnexCatalogue.normalizeName(c.title());
        TitleScorer.Score best = null;
        AnnexDataset bestPosition = null;
        List<TitleScorer.Score> scores = new ArrayList<>();
        for (AnnexDataset p : positions) {
            TitleScorer.Score s = AnnexCatalogue.normalizeName(p.nameUk()).equals(normalized)
                    ? new TitleScorer.Score(1.0, List.of("="), List.of(), List.of()) : scorer.score(c.title(), p.nameUk());
            scores.add(s);
            if (best == null || s.value() > best.value()) {
                best = s;
                bestPosition = p;
            }
        }
        if (best == null || best.value() < AnnexMatcher.DEFAULT_PROPOSE) {
            return new AnnexMatch(0, c, MatchMethod.MISSING, null, best == null ? 0 : best.value(),
                    best == null ? MatchReason.nothing() : titleReason(best), List.of());
        }
        List<AnnexDataset> close = new ArrayList<>();
        for (int k = 0; k < positions.size(); k++) {
            AnnexDataset p = positions.get(k);
            if (p != bestPosition && scores.get(k).value() > best.value() - AnnexMatcher.DEFAULT_MARGIN
                    && !AnnexCatalogue.normalizeName(p.nameUk()).equals(
                            AnnexCatalogue.normalizeName(bestPosition.nameUk()))) {
                close.add(p);
            }
        }
        MatchMethod method = !close.isEmpty() ? MatchMethod.AMBIGUOUS
                : best.value() >= AnnexMatcher.DEFAULT_ACCEPT ? MatchMethod.TITLE : MatchMethod.WEAK;
        return new AnnexMatch(0, c, method, bestPosition, best.value(), titleReason(best), close);
    }

    private static MatchReason titleReason(TitleScorer.Score s) {
        return MatchReason.title(s.value(), s.matched(), s.extra(), s.lacking());
    }

    /** The test set's titles, each position's name, and variations of them: typos, fragments, mixtures. */
    private static List<String> titles() throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = AnnexMatcherTest.class.getResourceAsStream("annex-matching-testset.csv")) {
            List<Rfc4180Reader.Row> rows = Rfc4180Reader.read(new InputStreamReader(in, StandardCharsets.UTF_8),
                    1 << 20);
            rows.subList(1, rows.size()).forEach(r -> out.add(r.cells().get(3)));
        }
        Random random = new Random(835);
        List<AnnexDataset> all = C.datasets();
        for (AnnexDataset d : all) {
            String name = d.nameUk();
            out.add(name);
            String[] words = name.split(" ");
            out.add(String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length))) + " Ірпінської МВА");
            int at = random.nextInt(name.length());
            out.add(name.substring(0, at) + name.substring(Math.min(name.length(), at + 1))); // a letter dropped
            String other = all.get(random.nextInt(all.size())).nameUk();
            String[] ow = other.split(" ");
            out.add("Перелік " + words[random.nextInt(words.length)] + " " + ow[random.nextInt(ow.length)] + " 2024 р.");
        }
        out.add("");
        out.add("2024");
        out.add("та і в");
        return out;
    }

    @Test
    void theIndexedMatcherGivesTheVerdictsOfScoringEveryPosition() throws Exception {
        List<String> every = titles();
        for (List<String> sections : List.of(List.<String>of(),
                List.of(AnnexCatalogue.ALL_HOLDERS, AnnexCatalogue.LOCAL_SELF_GOVERNMENT))) {
            List<String> publishers = List.of("Ірпінська міська рада");
            AnnexMatcher.Builder b = AnnexMatcher.builder().publisherNames(publishers);
            if (!sections.isEmpty()) {
                b.sections(sections);
            }
            AnnexMatcher matcher = b.build();
            // every position against every title from scratch costs minutes: a sample of the titles (the
            // test set's first), all ~1,900 positions on a smaller one
            int step = sections.isEmpty() ? 15 : 3;
            List<String> titles = java.util.stream.IntStream.range(0, every.size())
                    .filter(i -> i < 200 || i % step == 0).mapToObj(every::get).toList();
            TitleScorer scorer = new TitleScorer(C.datasets().stream().map(AnnexDataset::nameUk).toList(), publishers);
            List<AnnexCandidate> candidates = titles.stream().map(t -> new AnnexCandidate(t, t, null)).toList();
            List<AnnexMatch> got = matcher.match(candidates).matches();
            int taken = 0;
            for (int i = 0; i < candidates.size(); i++) {
                AnnexMatch want = bruteForce(matcher.positions(), scorer, candidates.get(i));
                AnnexMatch m = got.get(i);
                assertThat(m.method()).as(titles.get(i)).isEqualTo(want.method());
                assertThat(m.position()).as(titles.get(i)).isSameAs(want.position());
                assertThat(m.score()).as(titles.get(i)).isEqualTo(want.score());
                assertThat(m.reason()).as(titles.get(i)).isEqualTo(want.reason());
                assertThat(m.alternatives()).as(titles.get(i)).isEqualTo(want.alternatives());
                taken += m.taken() ? 1 : 0;
            }
            // the set exercises taken, weak or ambiguous, and missing verdicts alike
            assertThat(taken).isGreaterThan(titles.size() / 20);
            assertThat(got).anyMatch(m -> m.method() == MatchMethod.MISSING);
            assertThat(got).anyMatch(m -> m.method() == MatchMethod.AMBIGUOUS || m.method() == MatchMethod.WEAK);
        }
    }
}
