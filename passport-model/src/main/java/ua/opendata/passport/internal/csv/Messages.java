package ua.opendata.passport.internal.csv;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Formats the codec's messages from the {@code CsvMessages} bundles (English default, Ukrainian). */
public final class Messages {
    /** The base name of the bundles. */
    public static final String BUNDLE = "ua.opendata.passport.csv.CsvMessages";

    private static final Locale UK = Locale.forLanguageTag("uk");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The longest cell value quoted in a message; longer ones are cut with an ellipsis. */
    private static final int MAX_QUOTED = 80;

    private Messages() {
    }

    /**
     * The message for {@code code} in {@code locale}: Ukrainian for {@code uk}, English otherwise.
     *
     * @throws IllegalArgumentException when there is no message for the code
     */
    public static String format(String code, List<String> arguments, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(code);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message for code " + code + " in " + BUNDLE, e);
        }
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    /**
     * The message for {@code code} in English, then {@code " / "}, then in Ukrainian: the text of an
     * exception, which is read by people of either language.
     */
    public static String both(String code, String... arguments) {
        List<String> args = List.of(arguments);
        return format(code, args, Locale.ENGLISH) + " / " + format(code, args, UK);
    }

    /** A cell value shortened for quoting in a message (control characters shown as spaces). */
    public static String quote(String value) {
        String v = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "…" : value;
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        return b.toString();
    }
}
