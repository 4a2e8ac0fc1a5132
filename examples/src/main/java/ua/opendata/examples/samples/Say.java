package ua.opendata.examples.samples;

import java.util.Locale;

/** Picks the Ukrainian or the English text of a message for the examples' output. */
final class Say {
    private Say() {
    }

    /** The Ukrainian text when {@code locale} is Ukrainian, the English one otherwise. */
    static String text(Locale locale, String uk, String en) {
        return "uk".equals(locale.getLanguage()) ? uk : en;
    }

    /** A share from 0 to 1 as a whole percent, e.g. {@code 75 %}. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
