package ua.opendata.passport.internal.annex;

import java.util.Locale;

/**
 * Section codes from holder names: Ukrainian letters transliterated after the national table
 * (Cabinet Resolution No. 55 of 2010, word-initial forms included), other characters folded to
 * single hyphens. Deterministic, so a holder keeps its code across transcriptions.
 */
public final class Translit {
    // Data: the Ukrainian alphabet in order, for the transliteration table below.
    private static final String LETTERS = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
    private static final String[] INNER = {"a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i",
        "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia"};
    private static final String[] INITIAL = {"a", "b", "v", "h", "g", "d", "e", "ye", "zh", "z", "y", "i", "yi", "y",
        "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "yu", "ya"};

    private Translit() {
    }

    /** The code for a holder's name, e.g. {@code Мін’юст} → {@code miniust}. */
    public static String code(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length() + 8);
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = LETTERS.indexOf(c);
            if (k >= 0) {
                if (c == 'г' && i > 0 && s.charAt(i - 1) == 'з') {
                    b.append("gh");
                } else {
                    b.append(wordStart ? INITIAL[k] : INNER[k]);
                }
                wordStart = false;
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                b.append(c);
                wordStart = false;
            } else if (c == '’' || c == '\'' || c == 'ʼ' || c == '`') {
                continue; // the apostrophe is not transliterated
            } else {
                if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                    b.append('-');
                }
                wordStart = true;
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == '-') {
            end--;
        }
        return b.substring(0, end);
    }
}
