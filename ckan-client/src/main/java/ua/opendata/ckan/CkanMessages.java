package ua.opendata.ckan;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The client's texts, from {@code ua/opendata/ckan/messages.properties} (Ukrainian, the
 * default) and {@code messages_en.properties}. {@code {0}}, {@code {1}}... are replaced by the
 * arguments as {@link String#valueOf(Object)} gives them (no number grouping, apostrophes kept).
 */
final class CkanMessages {
    private static final String NAME = "ua.opendata.ckan.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CkanMessages() {}

    /**
     * The English text.
     *
     * @param key the key
     * @param args the values
     * @return the text
     */
    static String en(String key, Object... args) {
        return format(ResourceBundle.getBundle(NAME, Locale.ENGLISH, NO_FALLBACK).getString(key), args);
    }

    /**
     * The Ukrainian text.
     *
     * @param key the key
     * @param args the values
     * @return the text
     */
    static String uk(String key, Object... args) {
        return format(ResourceBundle.getBundle(NAME, Locale.ROOT, NO_FALLBACK).getString(key), args);
    }

    /**
     * A text that is the same in every language (argument errors carrying both languages,
     * technical notes quoted inside other messages).
     *
     * @param key the key
     * @param args the values
     * @return the text
     */
    static String text(String key, Object... args) {
        return uk(key, args);
    }

    static String format(String pattern, Object... args) {
        StringBuilder b = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                b.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return to - from <= 2;
    }
}
