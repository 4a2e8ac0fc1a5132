package ua.opendata.passport.internal.annex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of {@link TitleScorer#score(TitleScorer.Prepared, TitleScorer.Prepared)} of one title against
 * many fixed names (an annex's positions), computed the same way in the same order (so the same doubles)
 * but from tables: what a title word is to each name and to each of its words depends on the word alone,
 * so it is worked out once per distinct word (and kept, up to a budget) rather than once per title and
 * name. Only the value: the words behind it come from {@code score}. Not thread-safe (a matcher makes one
 * per {@code match} call).
 */
public final class TitleValues {
    private static final byte NONE = 0;
    private static final byte NEAR = 1;
    private static final byte SAME = 2;
    /** At most this many table cells kept (one byte each) over all the words seen. */
    private static final int BUDGET = 8 << 20;

    private final TitleScorer scorer;
    private final List<TitleScorer.Prepared> names;
    /** Where each name's words start in the flattened word tables; the end is the next start. */
    private final int[] start;
    private final double[] nameWeight;
    private final boolean[] nameLight;
    private final int[] nameContent;
    private final String[] nameHead;
    private final Map<String, Relation> bySurface = new HashMap<>();
    private final int maxKept;

    /** What one title word is to each name (matched in it) and to each name's word (matches it). */
    private record Relation(byte[] inName, byte[] toWord) {
    }

    /**
     * @param scorer the scorer whose values these are
     * @param names  the prepared names
     */
    public TitleValues(TitleScorer scorer, List<TitleScorer.Prepared> names) {
        this.scorer = scorer;
        this.names = names;
        this.start = new int[names.size() + 1];
        this.nameContent = new int[names.size()];
        this.nameHead = new String[names.size()];
        int total = 0;
        for (int k = 0; k < names.size(); k++) {
            start[k] = total;
            total += names.get(k).words.size();
            nameContent[k] = (int) names.get(k).words.stream().filter(w -> !w.light()).count();
            nameHead[k] = TitleScorer.headword(names.get(k).words);
        }
        start[names.size()] = total;
        this.nameWeight = new double[total];
        this.nameLight = new boolean[total];
        for (int k = 0; k < names.size(); k++) {
            List<TitleWords.Word> a = names.get(k).words;
            for (int j = 0; j < a.size(); j++) {
                nameWeight[start[k] + j] = scorer.weight(a.get(j));
                nameLight[start[k] + j] = a.get(j).light();
            }
        }
        this.maxKept = Math.max(16, BUDGET / Math.max(1, total + names.size()));
    }

    private Relation relation(TitleWords.Word w) {
        Relation r = bySurface.get(w.surface());
        if (r != null) {
            return r;
        }
        byte[] inName = new byte[names.size()];
        byte[] toWord = new byte[start[names.size()]];
        for (int k = 0; k < names.size(); k++) {
            TitleScorer.Prepared a = names.get(k);
            inName[k] = a.stems.contains(w.stem()) ? SAME : TitleScorer.near(w, a.surfaces, a.stems) ? NEAR : NONE;
            for (int j = 0; j < a.words.size(); j++) {
                TitleWords.Word x = a.words.get(j);
                toWord[start[k] + j] = x.stem().equals(w.stem()) ? SAME
                        : TitleScorer.near(x, java.util.Set.of(w.surface()), java.util.Set.of(w.stem())) ? NEAR : NONE;
            }
        }
        r = new Relation(inName, toWord);
        if (bySurface.size() < maxKept) {
            bySurface.put(w.surface(), r);
        }
        return r;
    }

    private static double factor(byte b) {
        return b == SAME ? 1.0 : b == NEAR ? TitleScorer.TYPO_FACTOR : 0.0;
    }

    /** A title's words with what each is to every name, its weights and head word: made once per title. */
    public final class Title {
        private final int size;
        private final Relation[] rel;
        private final boolean[] own;
        private final boolean[] free;
        private final boolean[] light;
        private final double[] weight;
        private final String head;

        private Title(TitleScorer.Prepared title) {
            List<TitleWords.Word> t = title.words;
            size = t.size();
            rel = new Relation[size];
            own = new boolean[size];
            free = new boolean[size];
            light = new boolean[size];
            weight = new double[size];
            for (int i = 0; i < size; i++) {
                TitleWords.Word w = t.get(i);
                rel[i] = relation(w);
                own[i] = !TitleScorer.placeOrPublisher(w);
                free[i] = own[i] && scorer.free(w);
                light[i] = w.light();
                weight[i] = scorer.weight(w);
            }
            head = TitleScorer.headword(t);
        }
    }

    /**
     * Prepares a title for {@link #value}.
     *
     * @param title the prepared title
     * @return the title against the names
     */
    public Title title(TitleScorer.Prepared title) {
        return new Title(title);
    }

    /**
     * The value of the title against the name at index {@code k}: exactly
     * {@code scorer.score(title, names.get(k)).value()}.
     *
     * @param t the title, from {@link #title}
     * @param k the name's index
     * @return the score's value
     */
    public double value(Title t, int k) {
        int from = start[k];
        int to = start[k + 1];
        if (t.size == 0 || from == to) {
            return 0;
        }
        double matched = 0;
        double titleTotal = 0;
        int contentMatched = 0;
        for (int i = 0; i < t.size; i++) {
            if (!t.own[i]) {
                continue;
            }
            double weight = t.weight[i];
            double m = factor(t.rel[i].inName()[k]);
            if (m > 0) {
                matched += weight * m;
                titleTotal += weight;
                contentMatched += t.light[i] ? 0 : 1;
            } else if (!t.free[i]) {
                titleTotal += weight;
            }
        }
        double titleCov = titleTotal == 0 ? 0 : matched / titleTotal;
        double headTotal = 0;
        double headMatched = 0;
        double allTotal = 0;
        double allMatched = 0;
        int content = 0;
        for (int j = from; j < to; j++) {
            byte best = NONE;
            for (int i = 0; i < t.size && best != SAME; i++) {
                if (t.own[i] && t.rel[i].toWord()[j] > best) {
                    best = t.rel[i].toWord()[j];
                }
            }
            double weight = nameWeight[j];
            double m = factor(best);
            allTotal += weight;
            allMatched += weight * m;
            if (content < TitleScorer.HEAD) {
                headTotal += weight;
                headMatched += weight * m;
            }
            if (!nameLight[j]) {
                content++;
            }
        }
        double nameCov = Math.max(allMatched / allTotal, 0.85 * headMatched / headTotal);
        double value = TitleScorer.TITLE_SHARE * titleCov + (1 - TitleScorer.TITLE_SHARE) * nameCov;
        if (contentMatched < 2 && nameContent[k] >= 3) {
            value *= TitleScorer.ONE_WORD_FACTOR;
        }
        String head = nameHead[k];
        if (t.head.equals(head) && !head.isEmpty()) {
            value += TitleScorer.HEADWORD_BONUS;
        }
        if (allMatched / allTotal >= TitleScorer.WHOLE_NAME) {
            value = Math.max(value, 0.75 + 0.2 * titleCov);
        }
        return Math.min(1.0, value);
    }
}
