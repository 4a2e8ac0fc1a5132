package ua.opendata.passport.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.opendata.passport.internal.annex.Rfc4180Reader;

/**
 * The title matcher on a held-out test set of titles as publishers write them (the holder's name
 * appended, abbreviations, typos, years, other word orders), with the positions an auditor would
 * match them to. Thresholds were chosen on the {@code tune} half; the {@code holdout} half is reported.
 */
class AnnexMatcherTest {

    private static final AnnexCatalogue C = AnnexCatalogue.bundled();

    record Row(String half, String publisher, String holder, String title, String expected) {
    }

    private static List<Row> testSet() throws IOException, Rfc4180Reader.MalformedCsvException {
        try (InputStream in = AnnexMatcherTest.class.getResourceAsStream("annex-matching-testset.csv")) {
            List<Rfc4180Reader.Row> rows = Rfc4180Reader.read(new InputStreamReader(in, StandardCharsets.UTF_8),
                    1 << 20);
            List<Row> out = new ArrayList<>();
            for (Rfc4180Reader.Row r : rows.subList(1, rows.size())) {
                List<String> c = r.cells();
                out.add(new Row(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4)));
            }
            return out;
        }
    }

    /** Precision and recall of the taken title matches over a half of the set. */
    private static double[] evaluate(List<Row> rows, List<String> errors) {
        int taken = 0;
        int correct = 0;
        int positives = 0;
        for (Row r : rows) {
            List<String> sections = r.holder().isEmpty() ? C.sectionsForPublisher(r.publisher()).orElseThrow()
                    : C.sectionsForHolder(r.holder());
            AnnexMatcher m = AnnexMatcher.builder().sections(sections).publisherNames(List.of(r.publisher())).build();
            AnnexMatch v = m.matchTitle(r.title());
            boolean positive = !"-".equals(r.expected());
            positives += positive ? 1 : 0;
            if (v.taken()) {
                taken++;
                if (v.position().ref().equals(r.expected())) {
                    correct++;
                    continue;
                }
            }
            if (v.taken() || positive) {
                errors.add(r.half() + " «" + r.title() + "» expected " + r.expected() + ", got " + v.method() + " "
                        + (v.position() == null ? "" : v.position().ref()) + " " + v.reason());
            }
        }
        return new double[] {taken == 0 ? 0 : (double) correct / taken, (double) correct / positives};
    }

    @Test
    void precisionAndRecallOnBothHalves() throws Exception {
        List<Row> all = testSet();
        List<String> errors = new ArrayList<>();
        double[] tune = evaluate(all.stream().filter(r -> r.half().equals("tune")).toList(), errors);
        double[] holdout = evaluate(all.stream().filter(r -> r.half().equals("holdout")).toList(), errors);
        System.out.printf("annex title matching: tune precision %.3f recall %.3f; holdout precision %.3f recall %.3f%n",
                tune[0], tune[1], holdout[0], holdout[1]);
        errors.forEach(e -> System.out.println("  " + e));
        assertThat(tune[0]).as("tune precision").isGreaterThanOrEqualTo(0.95);
        assertThat(tune[1]).as("tune recall").isGreaterThanOrEqualTo(0.85);
        assertThat(holdout[0]).as("holdout precision").isGreaterThanOrEqualTo(0.9);
        assertThat(holdout[1]).as("holdout recall").isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void columnWinsOverMappingWhichWinsOverTitle() {
        AnnexMapping mapping = AnnexMapping.read(new ByteArrayInputStream(
                ("identifier,title,annex_ref\nb,,all-holders:2\nc,,-\n").getBytes(StandardCharsets.UTF_8)), "m.csv");
        AnnexMatcher m = AnnexMatcher.builder().sections(List.of("all-holders", "local-self-government"))
                .mapping(mapping).build();
        AnnexMatching r = m.match(List.of(
                new AnnexCandidate("a", "Адресний реєстр", "all-holders:6"),
                new AnnexCandidate("b", "Адресний реєстр", null),
                new AnnexCandidate("c", "Адресний реєстр", null),
                new AnnexCandidate("d", "Адресний реєстр громади", null),
                new AnnexCandidate("e", "Адресний реєстр", "nowhere:9")));
        assertThat(r.matches()).extracting(AnnexMatch::method).containsExactly(MatchMethod.COLUMN,
                MatchMethod.MAPPING, MatchMethod.MISSING, MatchMethod.TITLE, MatchMethod.TITLE);
        assertThat(r.matches().get(1).position().ref()).isEqualTo("all-holders:2");
        assertThat(r.matches().get(3).position().ref()).isEqualTo("local-self-government:20");
        assertThat(r.unknownRefs()).containsOnlyKeys(4);
        assertThat(r.byPosition().get(C.resolve("all-holders:6").orElseThrow())).isEqualTo(MatchMethod.COLUMN);
        assertThat(r.byPosition().get(C.resolve("local-self-government:1").orElseThrow()))
                .isEqualTo(MatchMethod.MISSING);
    }

    @Test
    void aWeakOrTiedTitleIsProposedNotTaken() {
        AnnexMatcher m = AnnexMatcher.builder().sections(List.of("all-holders", "local-self-government")).build();
        AnnexMatch weak = m.matchTitle("Програми"); // one word of a long name (targeted local programmes)
        assertThat(weak.taken()).isFalse();
        assertThat(weak.method()).isIn(MatchMethod.WEAK, MatchMethod.AMBIGUOUS, MatchMethod.MISSING);
        AnnexMatch tied = m.matchTitle("Оренда комунального майна"); // positions 33 and 34 both lease communal property
        assertThat(tied.method()).isEqualTo(MatchMethod.AMBIGUOUS);
        assertThat(tied.alternatives()).isNotEmpty();
        assertThat(tied.taken()).isFalse();
    }

    @Test
    void theMappingWrittenCanBeReadBackAndPinsTheSame() {
        AnnexMatcher m = AnnexMatcher.builder().sections(List.of("all-holders", "local-self-government")).build();
        List<AnnexCandidate> cs = List.of(new AnnexCandidate("x-1", "Реєстр наборів даних громади", null),
                new AnnexCandidate("x-2", "Програми", null));
        AnnexMatching first = m.match(cs);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnexMapping.write(first, List.of("x-1", "x-2"), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", AnnexMapping.HEADER)).contains("x-1,", "all-holders:6");
        AnnexMapping back = AnnexMapping.read(new ByteArrayInputStream(out.toByteArray()), "annex-mapping.csv");
        assertThat(back.size()).isEqualTo(1); // the undecided proposal is not pinned
        AnnexMatching second = AnnexMatcher.builder().sections(List.of("all-holders", "local-self-government"))
                .mapping(back).build().match(cs);
        assertThat(second.matches().get(0).method()).isEqualTo(MatchMethod.MAPPING);
        assertThat(second.matches().get(0).position().ref()).isEqualTo("all-holders:6");
    }
}
