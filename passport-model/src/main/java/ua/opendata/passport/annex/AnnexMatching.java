package ua.opendata.passport.annex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of {@link AnnexMatcher#match(List)}: a verdict per candidate, in input order, and per
 * position of the binding sections the candidates taken for it.
 *
 * @param matches     one verdict per candidate, in input order
 * @param positions   every position of the binding sections, in annex order
 * @param unknownRefs explicit references (column or mapping) that name no position, by candidate index
 */
public record AnnexMatching(List<AnnexMatch> matches, List<AnnexDataset> positions, Map<Integer, String> unknownRefs) {

    /**
     * Copies the collections.
     *
     * @param matches one verdict per candidate, in input order
     * @param positions every position of the binding sections, in annex order
     * @param unknownRefs explicit references (column or mapping) that name no position, by candidate index
     */
    public AnnexMatching {
        matches = List.copyOf(matches);
        positions = List.copyOf(positions);
        unknownRefs = Map.copyOf(unknownRefs);
    }

    /**
     * The verdicts taken for {@code position}, in input order; empty when it is missing.
     *
     * @param position a dataset position of the annex
     * @return the taken verdicts for that position
     */
    public List<AnnexMatch> takenFor(AnnexDataset position) {
        Objects.requireNonNull(position, "position");
        return matches.stream().filter(m -> m.taken() && position.equals(m.position())).toList();
    }

    /**
     * The verdicts proposed (weak or ambiguous) but not taken for {@code position}.
     *
     * @param position a dataset position of the annex
     * @return the proposed verdicts for that position, in input order
     */
    public List<AnnexMatch> proposedFor(AnnexDataset position) {
        return matches.stream().filter(m -> !m.taken() && position.equals(m.position())).toList();
    }

    /**
     * How each position is fulfilled: by the strongest method among its taken verdicts (column, then
     * mapping, then title), {@link MatchMethod#WEAK} / {@link MatchMethod#AMBIGUOUS} when only proposed,
     * {@link MatchMethod#MISSING} otherwise.
     *
     * @return every position of the matching, in annex order, with its method
     */
    public Map<AnnexDataset, MatchMethod> byPosition() {
        Map<AnnexDataset, MatchMethod> out = new LinkedHashMap<>();
        for (AnnexDataset p : positions) {
            List<AnnexMatch> taken = takenFor(p);
            List<AnnexMatch> pool = taken.isEmpty() ? proposedFor(p) : taken;
            MatchMethod best = MatchMethod.MISSING;
            for (AnnexMatch m : pool) {
                if (m.method().ordinal() < best.ordinal()) {
                    best = m.method();
                }
            }
            out.put(p, best);
        }
        return out;
    }

    /** {@return the verdicts a reviewer should look at: weak and ambiguous ones} */
    public List<AnnexMatch> toReview() {
        List<AnnexMatch> out = new ArrayList<>();
        matches.stream().filter(m -> m.method() == MatchMethod.WEAK || m.method() == MatchMethod.AMBIGUOUS)
                .forEach(out::add);
        return out;
    }
}
