package ua.opendata.passport;

import java.util.Optional;

/**
 * The nine update frequencies used by data.gov.ua for the passport element «Періодичність
 * оновлення» (Resolution No. 835, passport element 11).
 *
 * <p>Each constant carries the API value stored in the portal's {@code update_frequency} field, its
 * Ukrainian and English labels, and the default on-time window in days used by compliance studies.
 * The windows are defaults only; the rulebook in {@code core} makes them configurable.
 *
 * @see UpdateFrequency for the open value that keeps the raw string of dirty data
 */
public enum Frequency {
    // Data, not messages: the code, the Ukrainian and the English label of the Ministry's frequency
    // vocabulary (Resolution 835), as registers and portals write them.
    /** More than once a day; 1-day window. */
    MORE_THAN_ONCE_A_DAY("more than once a day", "Більш як один раз на день", "More than once a day", 1),
    /** Once a day; 1-day window. */
    ONCE_A_DAY("once a day", "Щодня", "Once a day", 1),
    /** Once a week; 7-day window. */
    ONCE_A_WEEK("once a week", "Щотижня", "Once a week", 7),
    /** Once a month; 31-day window. */
    ONCE_A_MONTH("once a month", "Щомісяця", "Once a month", 31),
    /** Once a quarter; 91-day window. */
    ONCE_A_QUARTER("once a quarter", "Щокварталу", "Once a quarter", 91),
    /** Once every half year; 182-day window. */
    ONCE_A_HALF_YEAR("once a half year", "Кожного півріччя", "Once a half year", 182),
    /** Once a year; 364-day window. */
    ONCE_A_YEAR("once a year", "Щороку", "Once a year", 364),
    /**
     * Event-driven: immediately after the data changes. The Ministry recommends publishing within
     * three working days of a change; there is no fixed calendar window.
     */
    IMMEDIATELY_AFTER_CHANGES("immediately after making changes", "Відразу після внесення змін",
            "Immediately after making changes", -1),
    /** The dataset is no longer updated; timeliness is not checked. */
    NO_LONGER_UPDATED("no longer updated", "Більше не оновлюється", "No longer updated", -1);

    private final String apiValue;
    private final String labelUk;
    private final String labelEn;
    private final int windowDays;

    Frequency(String apiValue, String labelUk, String labelEn, int windowDays) {
        this.apiValue = apiValue;
        this.labelUk = labelUk;
        this.labelEn = labelEn;
        this.windowDays = windowDays;
    }

    /** {@return the value data.gov.ua stores in {@code update_frequency}, e.g. {@code once a month}} */
    public String apiValue() {
        return apiValue;
    }

    /** {@return the Ukrainian label shown to people, e.g. «Щомісяця»} */
    public String labelUk() {
        return labelUk;
    }

    /** {@return the English label, e.g. "Once a month"} */
    public String labelEn() {
        return labelEn;
    }

    /**
     * The default on-time window in calendar days, or empty for event-driven and no-longer-updated
     * datasets, which have no calendar window.
     *
     * @return the window in days, if the frequency has one
     */
    public Optional<Integer> defaultWindowDays() {
        return windowDays < 0 ? Optional.empty() : Optional.of(windowDays);
    }

    /**
     * The constant whose {@link #apiValue()} equals {@code value} exactly, if any.
     *
     * @param value the value of {@code update_frequency} on the portal
     * @return the frequency, or empty when the value is not one of the nine
     */
    public static Optional<Frequency> fromApiValue(String value) {
        for (Frequency f : values()) {
            if (f.apiValue.equals(value)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
