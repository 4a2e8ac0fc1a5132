package ua.opendata.passport.internal.annex;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of many prepared names share any word with a title, so that a title is scored only against
 * those: a name that shares none scores exactly 0 with {@link TitleScorer#score(TitleScorer.Prepared,
 * TitleScorer.Prepared)} (no word matched either way, and no common head word), whatever its words.
 * Two words are related when {@link TitleScorer} may count one for the other: the same stem, stems of
 * six letters that agree on the first five, or surfaces of six letters or more within one edit. The
 * last is found through each surface and its one-letter deletions (a superset of one edit: the
 * scorer then decides).
 */
public final class TitleIndex {
    private static final int TYPO_MIN = 6;

    private final Map<String, BitSet> byKey = new HashMap<>();
    private final int size;

    /**
     * @param names the prepared names, in the order whose indexes {@link #related} returns
     */
    public TitleIndex(List<TitleScorer.Prepared> names) {
        this.size = names.size();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            for (TitleWords.Word w : names.get(i).words) {
                keys(w, k -> byKey.computeIfAbsent(k, x -> new BitSet(size)).set(index));
            }
        }
    }

    /**
     * The names that share a related word with the title.
     *
     * @param title the prepared title
     * @return the indexes of those names (a new set the caller may change)
     */
    public BitSet related(TitleScorer.Prepared title) {
        BitSet out = new BitSet(size);
        for (TitleWords.Word w : title.words) {
            keys(w, k -> {
                BitSet hit = byKey.get(k);
                if (hit != null) {
                    out.or(hit);
                }
            });
        }
        return out;
    }

    /** The keys under which a word is filed and looked up. */
    private static void keys(TitleWords.Word w, java.util.function.Consumer<String> to) {
        String stem = w.stem();
        to.accept("s" + stem);
        if (stem.length() == TYPO_MIN) {
            to.accept("h" + stem.substring(0, TYPO_MIN - 1));
        }
        String s = w.surface();
        if (s.length() >= TYPO_MIN) {
            to.accept("d" + s);
            for (int i = 0; i < s.length(); i++) {
                to.accept("d" + s.substring(0, i) + s.substring(i + 1));
            }
        }
    }
}
