package ua.opendata.passport;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An update frequency as written by a publisher: the raw text and, when it could be recognised,
 * the {@link Frequency} it stands for.
 *
 * <p>Real registers and portals hold dirty values (a trailing {@code ”}, {@code More then a day},
 * Ukrainian labels, DCAT frequency URIs). {@link #parse(String)} keeps the raw text and maps every
 * variant it knows; {@link #isKnown()} is false for what it could not map, so a caller can report
 * it instead of losing it.
 *
 * @param raw   the text exactly as found (never trimmed or changed)
 * @param value the recognised frequency, or {@code null} when the text could not be mapped
 */
public record UpdateFrequency(String raw, @Nullable Frequency value) {

    private static final Map<String, Frequency> ALIASES = buildAliases();

    /**
     * Checks structure only.
     *
     * @param raw the text exactly as found (never trimmed or changed)
     * @param value the recognised frequency, or {@code null} when the text could not be mapped
     */
    public UpdateFrequency {
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * The canonical value for a known frequency: its raw text is the portal's API value.
     *
     * @param frequency one of the nine known frequencies
     * @return the frequency with the portal's API value as raw text
     */
    public static UpdateFrequency of(Frequency frequency) {
        return new UpdateFrequency(frequency.apiValue(), frequency);
    }

    /**
     * Recognises a frequency written in any of the forms seen in real data: the portal's API values,
     * the Ukrainian and English labels, common synonyms ({@code monthly}, {@code щомісячно}), DCAT
     * frequency URIs, with any case, surrounding quotes or extra whitespace.
     *
     * @param raw the text as found; kept unchanged in the result
     * @return the parsed value; {@link #isKnown()} tells whether it was recognised
     */
    public static UpdateFrequency parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        return new UpdateFrequency(raw, ALIASES.get(normalizeKey(raw)));
    }

    /** {@return whether the raw text was recognised as one of the nine frequencies} */
    public boolean isKnown() {
        return value != null;
    }

    /** {@return the recognised frequency, if any} */
    public Optional<Frequency> known() {
        return Optional.ofNullable(value);
    }

    /** {@return whether the raw text is exactly the portal's API value (no normalisation was needed)} */
    public boolean isCanonical() {
        return value != null && value.apiValue().equals(raw);
    }

    /** {@return this frequency with its raw text replaced by the canonical API value, when known} */
    public UpdateFrequency canonical() {
        return value == null ? this : of(value);
    }

    static String normalizeKey(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int slash = s.lastIndexOf('/');
        if (s.startsWith("http") && slash >= 0) {
            s = s.substring(slash + 1);
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '_' || c == '-' || c == '\u00a0') {
                space = b.length() > 0;
            } else if (c == '"' || c == '\'' || c == '”' || c == '“' || c == '„' || c == '«' || c == '»'
                    || c == '.' || c == '’' || c == 'ʼ') {
                // quotes and stray punctuation carry no meaning here
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Map<String, Frequency> buildAliases() {
        Map<String, Frequency> m = new HashMap<>();
        for (Frequency f : Frequency.values()) {
            m.put(normalizeKey(f.apiValue()), f);
            m.put(normalizeKey(f.labelUk()), f);
            m.put(normalizeKey(f.labelEn()), f);
            m.put(normalizeKey(f.name()), f);
        }
        // Data, not messages: the words for each frequency as publishers write them in registers
        // (Ukrainian and English), read and matched, never shown as a text of this library.
        alias(m, Frequency.MORE_THAN_ONCE_A_DAY, "more then a day", "more than a day", "more then once a day",
                "continuous", "hourly", "щогодини", "кілька разів на день", "декілька разів на день",
                "більше одного разу на день", "більш ніж один раз на день", "постійно");
        alias(m, Frequency.ONCE_A_DAY, "daily", "щоденно", "раз на день", "один раз на день", "1 раз на день");
        alias(m, Frequency.ONCE_A_WEEK, "weekly", "щотижнево", "раз на тиждень", "один раз на тиждень",
                "1 раз на тиждень");
        alias(m, Frequency.ONCE_A_MONTH, "monthly", "щомісячно", "раз на місяць", "один раз на місяць",
                "1 раз на місяць");
        alias(m, Frequency.ONCE_A_QUARTER, "quarterly", "щоквартально", "раз на квартал", "один раз на квартал",
                "1 раз на квартал", "щоквартал");
        alias(m, Frequency.ONCE_A_HALF_YEAR, "semiannual", "semi annual", "biannual", "half yearly",
                "once every half year", "раз на півроку", "один раз на півроку", "раз на пів року", "щопівроку",
                "раз на півріччя", "один раз на півріччя");
        alias(m, Frequency.ONCE_A_YEAR, "annual", "annually", "yearly", "щорічно", "раз на рік", "один раз на рік",
                "1 раз на рік");
        alias(m, Frequency.IMMEDIATELY_AFTER_CHANGES, "immediately after changes", "after changes",
                "у разі внесення змін", "в разі внесення змін", "після внесення змін", "при внесенні змін",
                "по мірі внесення змін", "у міру внесення змін", "відразу після внесення змін до даних");
        alias(m, Frequency.NO_LONGER_UPDATED, "not updated", "не оновлюється", "більше не оновлюються",
                "no longer updated anymore");
        return Map.copyOf(m);
    }

    private static void alias(Map<String, Frequency> m, Frequency f, String... texts) {
        for (String t : texts) {
            m.put(normalizeKey(t), f);
        }
    }
}
