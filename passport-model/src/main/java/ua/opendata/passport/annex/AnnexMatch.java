package ua.opendata.passport.annex;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on one candidate (a register entry or portal dataset): which position it fulfils and how.
 *
 * @param index        its place in the list given to {@link AnnexMatcher#match(List)}
 * @param candidate    the candidate
 * @param method       {@link MatchMethod#COLUMN}, {@link MatchMethod#MAPPING} or {@link MatchMethod#TITLE}
 *                     when taken; {@link MatchMethod#WEAK} or {@link MatchMethod#AMBIGUOUS} when only
 *                     proposed; {@link MatchMethod#MISSING} when it resembles no position
 * @param position     the position taken or proposed; null for {@link MatchMethod#MISSING}
 * @param score        the title score (1 for a column or a mapping)
 * @param reason       what the match rests on (the column, the mapping, or the words matched, extra and
 *                     lacking), for people in Ukrainian or English ({@link MatchReason#render})
 * @param alternatives other positions about as close (for {@link MatchMethod#AMBIGUOUS})
 */
public record AnnexMatch(int index, AnnexCandidate candidate, MatchMethod method, @Nullable AnnexDataset position,
                         double score, MatchReason reason, List<AnnexDataset> alternatives) {

    /**
     * Copies the list.
     *
     * @param index its place in the list given to {@link AnnexMatcher#match(List)}
     * @param candidate the candidate
     * @param method {@link MatchMethod#COLUMN}, {@link MatchMethod#MAPPING} or {@link MatchMethod#TITLE}
     *               when taken; {@link MatchMethod#WEAK} or {@link MatchMethod#AMBIGUOUS} when only
     *               proposed; {@link MatchMethod#MISSING} when it resembles no position
     * @param position the position taken or proposed; null for {@link MatchMethod#MISSING}
     * @param score the title score (1 for a column or a mapping)
     * @param reason what the match rests on (the column, the mapping, or the words matched, extra and lacking)
     * @param alternatives other positions about as close (for {@link MatchMethod#AMBIGUOUS})
     */
    public AnnexMatch {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
        alternatives = List.copyOf(alternatives);
    }

    /** {@return whether the candidate is counted as fulfilling {@link #position()}} */
    public boolean taken() {
        return position != null && (method == MatchMethod.COLUMN || method == MatchMethod.MAPPING
                || method == MatchMethod.TITLE);
    }
}
