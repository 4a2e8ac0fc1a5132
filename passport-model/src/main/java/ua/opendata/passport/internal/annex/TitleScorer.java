package ua.opendata.passport.internal.annex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores how well a title names an annex position, from 0 to 1, as an auditor reads it: which of
 * the title's words the position's name has (weighted by how rare a word is across the annex), and
 * how much of the name's head (its first content words, where publishers abbreviate) or of the whole
 * name the title covers. Words of the publisher's own name, place names (capitalised inside the
 * title) and locality words («громади», «міської ради», «МВА») cost nothing when the name lacks them.
 * A one-letter typo in a word of six letters or more still matches, at a discount.
 */
public final class TitleScorer {

    /**
     * The score and what it rests on (rendered for people by {@code ua.opendata.passport.annex.MatchReason}).
     *
     * @param value   the score, 0 to 1
     * @param matched the title's words the name has
     * @param extra   the title's words the name lacks
     * @param lacking the name's words the title lacks
     */
    public record Score(double value, List<String> matched, List<String> extra, List<String> lacking) {
    }

    private static final double LIGHT_WEIGHT = 0.25;
    private static final double TYPO_FACTOR = 0.8;
    private static final int TYPO_MIN = 6;
    private static final double HEADWORD_BONUS = 0.1;
    private static final double ONE_WORD_FACTOR = 0.85;
    private static final int HEAD = 6;
    private static final double WHOLE_NAME = 0.95;
    private static final double TITLE_SHARE = 0.6;
    // Data, not messages: vocabulary of holders' names, used to discount them in titles.
    /** Locality words as written: a place, never evidence of what a dataset holds. */
    private static final Set<String> LOCALITY_WORDS = Set.of("громада", "громади", "міська", "міської", "сільська",
            "сільської", "селищна", "селищної", "рада", "ради", "територіальна", "територіальної", "військова",
            "військової", "мва", "ова", "рва", "ода", "рда", "сва", "ва", "тг", "отг", "виконавчий", "виконавчого",
            "комітет", "комітету", "виконком", "обласна", "обласної", "районна", "районної", "область", "області",
            "район", "району", "місто", "міста", "село", "села", "селище", "селища",
            "начальника", "голови", "мр", "ср", "вк", "україни", "державна", "державної",
            "національна", "національного", "міністерство", "міністерства", "служба", "служби", "агентство",
            "агентства", "управління", "департамент", "департаменту", "відділ", "відділу");
    private static final Set<String> LOCALITY = stems(LOCALITY_WORDS.toArray(new String[0]));

    private static Set<String> stems(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(TitleWords.stem(w));
        }
        return Set.copyOf(out);
    }

    private final Map<String, Double> idf;
    private final Set<String> publisherStems;

    /**
     * @param corpus         every position's name, for the word weights
     * @param publisherNames the publisher's own names (and the holder's), whose words cost nothing
     */
    public TitleScorer(List<String> corpus, List<String> publisherNames) {
        Map<String, Integer> df = new HashMap<>();
        for (String name : corpus) {
            Set<String> seen = new HashSet<>();
            TitleWords.of(name).forEach(w -> seen.add(w.stem()));
            seen.forEach(s -> df.merge(s, 1, Integer::sum));
        }
        Map<String, Double> w = new HashMap<>();
        int n = Math.max(1, corpus.size());
        df.forEach((s, d) -> w.put(s, Math.log(1.0 + (double) n / d)));
        this.idf = Map.copyOf(w);
        Set<String> pub = new HashSet<>();
        publisherNames.forEach(p -> TitleWords.of(p).forEach(x -> pub.add(x.stem())));
        this.publisherStems = Set.copyOf(pub);
        this.defaultWeight = Math.log(1.0 + n);
    }

    private final double defaultWeight;

    private double weight(TitleWords.Word w) {
        double base = idf.getOrDefault(w.stem(), defaultWeight);
        return w.light() ? base * LIGHT_WEIGHT : base;
    }

    /** How well {@code title} names the position {@code name}. */
    public Score score(String title, String name) {
        List<TitleWords.Word> t = distinct(TitleWords.of(title));
        List<TitleWords.Word> a = distinct(TitleWords.of(name));
        if (t.isEmpty() || a.isEmpty()) {
            return new Score(0, List.of(), List.of(), List.of());
        }
        Set<String> aStems = new HashSet<>();
        Set<String> aSurfaces = new HashSet<>();
        a.forEach(w -> {
            aStems.add(w.stem());
            aSurfaces.add(w.surface());
        });
        Set<String> tStems = new HashSet<>();
        Set<String> tSurfaces = new HashSet<>();
        t.forEach(w -> {
            if (!placeOrPublisher(w)) {
                tStems.add(w.stem());
                tSurfaces.add(w.surface());
            }
        });
        double matched = 0;
        double titleTotal = 0;
        List<String> matchedWords = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (TitleWords.Word w : t) {
            if (placeOrPublisher(w)) {
                continue; // a place: neither evidence nor cost
            }
            double weight = weight(w);
            double m = aStems.contains(w.stem()) ? 1.0 : near(w, aSurfaces, aStems) ? TYPO_FACTOR : 0.0;
            if (m > 0) {
                matched += weight * m;
                titleTotal += weight;
                matchedWords.add(w.surface());
            } else if (!free(w)) {
                titleTotal += weight;
                extra.add(w.surface());
            }
        }
        double titleCov = titleTotal == 0 ? 0 : matched / titleTotal;
        double headTotal = 0;
        double headMatched = 0;
        double allTotal = 0;
        double allMatched = 0;
        List<String> lacking = new ArrayList<>();
        int content = 0;
        for (TitleWords.Word w : a) {
            double weight = weight(w);
            double m = tStems.contains(w.stem()) ? 1.0 : near(w, tSurfaces, tStems) ? TYPO_FACTOR : 0.0;
            allTotal += weight;
            allMatched += weight * m;
            if (content < HEAD) {
                headTotal += weight;
                headMatched += weight * m;
            }
            if (!w.light()) {
                content++;
            }
            if (m == 0 && lacking.size() < 4) {
                lacking.add(w.surface());
            }
        }
        double nameCov = Math.max(allMatched / allTotal, 0.85 * headMatched / headTotal);
        double value = TITLE_SHARE * titleCov + (1 - TITLE_SHARE) * nameCov;
        long contentMatched = t.stream().filter(w -> !w.light() && matchedWords.contains(w.surface())).count();
        long nameContent = a.stream().filter(w -> !w.light()).count();
        if (contentMatched < 2 && nameContent >= 3) {
            value *= ONE_WORD_FACTOR; // one word shared with a long name says little
        }
        if (headword(t).equals(headword(a)) && !headword(a).isEmpty()) {
            value += HEADWORD_BONUS; // the same first content word: the title names the position's head
        }
        if (allMatched / allTotal >= WHOLE_NAME) {
            value = Math.max(value, 0.75 + 0.2 * titleCov); // the whole name, with details added
        }
        return new Score(Math.min(1.0, value), matchedWords, extra, lacking);
    }

    /** The stem of the first word that is not a light heading word («Перелік», «Дані», …). */
    private static String headword(List<TitleWords.Word> words) {
        for (TitleWords.Word w : words) {
            if (!w.light()) {
                return w.stem();
            }
        }
        return "";
    }

    /** Locality words («громади», «міської ради», «МВА»): a place, never evidence of what a dataset holds. */
    private static boolean placeOrPublisher(TitleWords.Word w) {
        return LOCALITY_WORDS.contains(w.surface());
    }

    private boolean free(TitleWords.Word w) {
        return w.capitalised() || publisherStems.contains(w.stem()) || LOCALITY.contains(w.stem())
                || w.stem().chars().allMatch(Character::isDigit);
    }

    private static List<TitleWords.Word> distinct(List<TitleWords.Word> words) {
        Set<String> seen = new LinkedHashSet<>();
        List<TitleWords.Word> out = new ArrayList<>();
        for (TitleWords.Word w : words) {
            if (seen.add(w.stem())) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A one-letter typo in a word, or a word form the crude stem misses (a vowel inserted:
     * «зупинки» / «зупинок»): stems of six letters that agree on the first five.
     */
    private static boolean near(TitleWords.Word w, Set<String> surfaces, Set<String> stems) {
        if (typo(w.surface(), surfaces)) {
            return true;
        }
        if (w.stem().length() == TYPO_MIN) {
            String head = w.stem().substring(0, TYPO_MIN - 1);
            for (String o : stems) {
                if (o.length() == TYPO_MIN && o.startsWith(head)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A one-letter typo (added, dropped or changed letter) between whole words of six letters or more. */
    private static boolean typo(String word, Set<String> others) {
        if (word.length() < TYPO_MIN) {
            return false;
        }
        for (String o : others) {
            if (o.length() >= TYPO_MIN && Math.abs(o.length() - word.length()) <= 1 && withinOneEdit(word, o)) {
                return true;
            }
        }
        return false;
    }

    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
