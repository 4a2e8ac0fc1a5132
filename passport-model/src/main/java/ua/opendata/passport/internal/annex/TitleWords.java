package ua.opendata.passport.internal.annex;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits a dataset title into comparable words: Unicode-normalised, lower case, apostrophes
 * ({@code ’ ' ʼ `}) dropped inside words, quotes, dashes and punctuation made spaces, function words
 * and years dropped, a few abbreviations expanded, each word reduced to a crude stem (a Ukrainian
 * inflectional ending removed, then the first six letters), so that word forms and word order do
 * not matter.
 */
public final class TitleWords {

    /** One word of a title. */
    public record Word(String stem, String surface, boolean capitalised, boolean light) {
    }

    // Data, not messages: the word tables below are vocabulary of titles, used to compare them.
    /** Function words, and the connectives of the annex's wording. */
    private static final Set<String> STOP = Set.of("та", "і", "й", "в", "у", "з", "із", "зі", "до", "на", "про",
            "щодо", "що", "які", "який", "яка", "яке", "його", "її", "їх", "за", "від", "для", "по", "а", "або",
            "чи", "також", "тому", "числі", "зокрема", "тощо", "це", "як", "при", "між", "під", "над", "без",
            "саме", "після", "через", "ним", "ними", "тих", "цих", "того", "яких", "якому", "де", "р", "рр",
            "рік", "році", "роки", "років", "року", "the", "of", "and", "to", "in", "for", "on",
            "розпорядника", "розпорядником", "розпорядники", "розпорядник");
    /** Words that head a title without saying what it holds («Перелік», «Реєстр», «Інформація про» …). */
    private static final Set<String> LIGHT = Set.of("перелік", "переліки", "переліку", "реєстр", "реєстру",
            "реєстри", "інформація", "інформації", "відомості", "дані", "даних", "список", "списки", "база",
            "довідник", "відомостей", "набір", "набори", "наборів", "data", "list", "register", "information");
    /** Abbreviations publishers write for phrases of the annex. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("цнап", "центр надання адміністративних послуг"),
            Map.entry("пдв", "податку на додану вартість"),
            Map.entry("єдрпоу", "єдиний державний реєстр підприємств організацій"),
            Map.entry("омс", "органи місцевого самоврядування"),
            Map.entry("кп", "комунальне підприємство"),
            Map.entry("днз", "дошкільні навчальні заклади"),
            Map.entry("зно", "зовнішнє незалежне оцінювання"),
            Map.entry("зсу", "збройні сили україни"),
            Map.entry("мта", "міжнародна технічна допомога"),
            Map.entry("мтд", "міжнародна технічна допомога"),
            Map.entry("фоп", "фізичні особи підприємці"),
            Map.entry("юо", "юридичні особи"));
    private static final String[] ENDINGS = {"ового", "ьому", "ього", "ових", "евих", "ами", "ями", "ого",
        "ому", "ими", "ій", "ий", "их", "ів", "ою", "ею", "ам", "ям", "ах", "ях", "ої", "ев",
        "ов", "ом", "ем", "ей", "а", "я", "и", "і", "у", "ю", "о", "е", "ї", "ь", "й"};
    private static final int STEM = 6;

    private TitleWords() {
    }

    /** The words of a title, in order, stop words and years left out. */
    public static List<Word> of(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFC);
        List<Word> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        // a title written in capitals (as some portals show them) has no capitalised place names
        boolean capitals = s.chars().noneMatch(Character::isLowerCase);
        boolean startOfTitle = true;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if ((c == '’' || c == '\'' || c == 'ʼ' || c == '`' || c == '‘') && w.length() > 0
                    && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                continue; // an apostrophe inside a word
            } else if (w.length() > 0) {
                add(w.toString(), startOfTitle, out);
                startOfTitle = capitals;
                w.setLength(0);
            }
        }
        return out;
    }

    private static void add(String surface, boolean startOfTitle, List<Word> out) {
        String lower = surface.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (STOP.contains(lower) || isYear(lower)) {
            return;
        }
        String expansion = ABBREVIATIONS.get(lower);
        if (expansion != null) {
            for (String part : expansion.split(" ")) {
                add(part, true, out);
            }
            return;
        }
        boolean capitalised = !startOfTitle && Character.isUpperCase(surface.charAt(0));
        out.add(new Word(stem(lower), lower, capitalised, LIGHT.contains(lower)));
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
    }

    /** The crude stem: an inflectional ending removed (keeping at least four letters), then six letters. */
    public static String stem(String lower) {
        String s = lower;
        for (String e : ENDINGS) {
            if (s.length() - e.length() >= 4 && s.endsWith(e)) {
                s = s.substring(0, s.length() - e.length());
                break;
            }
        }
        return s.length() > STEM ? s.substring(0, STEM) : s;
    }
}
