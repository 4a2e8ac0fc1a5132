package ua.opendata.passport.annex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.internal.annex.TitleScorer;

/**
 * Finds which annex positions a register's entries (or a portal's datasets) fulfil, as an auditor
 * does: an explicit annex column is taken first, then a reviewer's {@link AnnexMapping}, then the
 * title. Titles are compared after normalisation (case, quotes, apostrophes, dashes, whitespace,
 * word forms and order; the publisher's own name, place names and years cost nothing; «Перелік»,
 * «Реєстр», «Інформація про», «Дані про» count little). A title is taken only when it scores at least
 * {@link Builder#acceptScore(double)} and clearly above the next position; a weaker or a tied match is
 * reported as {@link MatchMethod#WEAK} or {@link MatchMethod#AMBIGUOUS}, never counted. Immutable
 * and thread-safe.
 */
public final class AnnexMatcher {
    /** The default score a title needs to be taken. */
    public static final double DEFAULT_ACCEPT = 0.64;
    /** The default score under which a title is not even proposed. */
    public static final double DEFAULT_PROPOSE = 0.45;
    /** The default lead the best position needs over the next one. */
    public static final double DEFAULT_MARGIN = 0.06;

    private final AnnexCatalogue catalogue;
    private final List<AnnexDataset> positions;
    private final AnnexMapping mapping;
    private final TitleScorer scorer;
    private final double accept;
    private final double propose;
    private final double margin;

    private AnnexMatcher(Builder b) {
        this.catalogue = b.catalogue == null ? AnnexCatalogue.bundled() : b.catalogue;
        List<AnnexDataset> ps = new ArrayList<>();
        for (String code : b.sections) {
            AnnexSection s = catalogue.section(code).orElseThrow(() -> new IllegalArgumentException(
                    "unknown annex section '" + code + "' in annex " + catalogue.version().id()));
            ps.addAll(s.datasets());
        }
        if (b.sections.isEmpty()) {
            ps.addAll(catalogue.datasets());
        }
        this.positions = List.copyOf(ps);
        this.mapping = b.mapping == null ? AnnexMapping.empty() : b.mapping;
        this.scorer = new TitleScorer(catalogue.datasets().stream().map(AnnexDataset::nameUk).toList(),
                List.copyOf(b.publisherNames));
        this.accept = b.accept;
        this.propose = b.propose;
        this.margin = b.margin;
    }

    /** {@return a builder: the bundled catalogue, all its sections, no mapping, the default thresholds} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the positions the matcher looks for, in annex order} */
    public List<AnnexDataset> positions() {
        return positions;
    }

    /**
     * Matches every candidate; the verdicts are in input order.
     *
     * @param candidates the publisher's datasets (register entries or portal datasets) to match
     * @return the verdicts, one per candidate, and the positions they fulfil
     */
    public AnnexMatching match(List<AnnexCandidate> candidates) {
        List<AnnexMatch> out = new ArrayList<>(candidates.size());
        Map<Integer, String> unknown = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            AnnexCandidate c = candidates.get(i);
            String ref = c.explicitRef();
            if (ref != null && !ref.isBlank()) {
                Optional<AnnexDataset> d = catalogue.resolve(ref);
                if (d.isPresent()) {
                    out.add(new AnnexMatch(i, c, MatchMethod.COLUMN, d.get(), 1.0, MatchReason.column(ref.strip()),
                            List.of()));
                    continue;
                }
                unknown.put(i, ref);
            }
            Optional<Optional<String>> pinned = mapping.pinned(c);
            if (pinned.isPresent()) {
                if (pinned.get().isEmpty()) {
                    out.add(new AnnexMatch(i, c, MatchMethod.MISSING, null, 0, MatchReason.mappingNone(), List.of()));
                    continue;
                }
                Optional<AnnexDataset> d = catalogue.resolve(pinned.get().get());
                if (d.isPresent()) {
                    out.add(new AnnexMatch(i, c, MatchMethod.MAPPING, d.get(), 1.0,
                            MatchReason.mapping(pinned.get().get()), List.of()));
                    continue;
                }
                unknown.put(i, pinned.get().get());
            }
            out.add(byTitle(i, c));
        }
        return new AnnexMatching(out, positions, unknown);
    }

    /**
     * The verdict on one title alone.
     *
     * @param title a dataset title
     * @return the best position for the title and how sure the match is
     */
    public AnnexMatch matchTitle(String title) {
        return byTitle(0, new AnnexCandidate(title, title, null));
    }

    private AnnexMatch byTitle(int index, AnnexCandidate c) {
        String normalized = AnnexCatalogue.normalizeName(c.title());
        TitleScorer.Score best = null;
        AnnexDataset bestPosition = null;
        TitleScorer.Score second = null;
        List<AnnexDataset> close = new ArrayList<>();
        List<TitleScorer.Score> scores = new ArrayList<>();
        for (AnnexDataset p : positions) {
            TitleScorer.Score s = AnnexCatalogue.normalizeName(p.nameUk()).equals(normalized)
                    ? new TitleScorer.Score(1.0, List.of("="), List.of(), List.of()) : scorer.score(c.title(), p.nameUk());
            scores.add(s);
            if (best == null || s.value() > best.value()) {
                second = best;
                best = s;
                bestPosition = p;
            } else if (second == null || s.value() > second.value()) {
                second = s;
            }
        }
        if (best == null || bestPosition == null || best.value() < propose) {
            return new AnnexMatch(index, c, MatchMethod.MISSING, null, best == null ? 0 : best.value(),
                    best == null ? MatchReason.nothing() : reason(best), List.of());
        }
        for (int k = 0; k < positions.size(); k++) {
            AnnexDataset p = positions.get(k);
            if (p != bestPosition && scores.get(k).value() > best.value() - margin
                    && !AnnexCatalogue.normalizeName(p.nameUk()).equals(
                            AnnexCatalogue.normalizeName(bestPosition.nameUk()))) {
                close.add(p);
            }
        }
        MatchMethod method = !close.isEmpty() ? MatchMethod.AMBIGUOUS
                : best.value() >= accept ? MatchMethod.TITLE : MatchMethod.WEAK;
        return new AnnexMatch(index, c, method, bestPosition, best.value(), reason(best), close);
    }

    private static MatchReason reason(TitleScorer.Score s) {
        return MatchReason.title(s.value(), s.matched(), s.extra(), s.lacking());
    }

    /** Builds an {@link AnnexMatcher}. */
    public static final class Builder {
        private @Nullable AnnexCatalogue catalogue;
        private final Set<String> sections = new LinkedHashSet<>();
        private final Set<String> publisherNames = new LinkedHashSet<>();
        private @Nullable AnnexMapping mapping;
        private double accept = DEFAULT_ACCEPT;
        private double propose = DEFAULT_PROPOSE;
        private double margin = DEFAULT_MARGIN;

        private Builder() {
        }

        /**
         * The catalogue; default {@link AnnexCatalogue#bundled()}.
         *
         * @param catalogue the transcription of the annex to match against
         * @return this builder
         */
        public Builder catalogue(AnnexCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * The codes of the sections that bind the publisher; default every section.
         *
         * @param sectionCodes the section codes, e.g. from {@link AnnexCatalogue#sectionsFor}
         * @return this builder
         */
        public Builder sections(Collection<String> sectionCodes) {
            sections.clear();
            sections.addAll(sectionCodes);
            return this;
        }

        /**
         * The publisher's names (register metadata, portal organization, holder), whose words cost nothing.
         *
         * @param names the publisher's names
         * @return this builder
         */
        public Builder publisherNames(Collection<String> names) {
            publisherNames.clear();
            names.forEach(n -> publisherNames.add(Objects.requireNonNull(n, "name")));
            return this;
        }

        /**
         * A reviewer's mapping; it wins over titles (not over an explicit column).
         *
         * @param mapping the reviewed mapping
         * @return this builder
         */
        public Builder mapping(AnnexMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /**
         * The thresholds: the score a title needs to be taken, the score under which it is not even
         * proposed, and the lead it needs over the next position.
         *
         * @param accept the score a title needs to be taken
         * @param propose the score under which a title is not even proposed
         * @param margin the lead a title needs over the next position not to be ambiguous
         * @return this builder
         * @throws IllegalArgumentException unless {@code 0 <= propose <= accept <= 1} and {@code margin >= 0}
         */
        public Builder thresholds(double accept, double propose, double margin) {
            if (!(propose >= 0 && propose <= accept && accept <= 1 && margin >= 0)) {
                throw new IllegalArgumentException(AnnexText.both("matcher.thresholds", Double.toString(accept),
                        Double.toString(propose), Double.toString(margin)));
            }
            this.accept = accept;
            this.propose = propose;
            this.margin = margin;
            return this;
        }

        /**
         * The score a title needs to be taken; see {@link #thresholds}.
         *
         * @param accept the score a title needs to be taken
         * @return this builder
         */
        public Builder acceptScore(double accept) {
            return thresholds(accept, Math.min(propose, accept), margin);
        }

        /**
         * Builds the matcher.
         *
         * @return the matcher with the settings given
         */
        public AnnexMatcher build() {
            return new AnnexMatcher(this);
        }
    }
}
