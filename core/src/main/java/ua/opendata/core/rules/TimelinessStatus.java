package ua.opendata.core.rules;

import ua.opendata.core.LocalizedText;

/** The timeliness verdict on one dataset. Labels follow the compliance studies' verdict names. */
public enum TimelinessStatus {
    /** Updated within its window («вчасно»). */
    ON_TIME,
    /** More days since the last update than the window allows («невчасно»). */
    LATE,
    /** No verdict possible: no date, an unknown frequency, or an event-driven dataset without a known change. */
    NOT_CHECKABLE,
    /** Declared as no longer updated («не оновлюється»); not checked. */
    NO_LONGER_UPDATED,
    /** In the register but never published («набір відсутній»). */
    NEVER_PUBLISHED,
    /**
     * Judged as of a past day, but the only evidence of an update is dated after that day: the state on
     * that day is not known from this data («змінено після дати оцінки»). Not counted as passing in the KPI.
     */
    CHANGED_AFTER_AS_OF,
    /**
     * Judged as of a past day, but the dataset was created after it: it did not exist then
     * («створено після дати оцінки»). Not counted as passing in the KPI: it was not published on that day.
     */
    CREATED_AFTER_AS_OF;

    /** {@return whether the verdict says the state on the as-of date is not shown by the data (either after-status)} */
    public boolean afterAsOf() {
        return this == CHANGED_AFTER_AS_OF || this == CREATED_AFTER_AS_OF;
    }

    /** {@return the label as a {@link LocalizedText}} */
    public LocalizedText label() {
        return RuleTexts.text("timeliness.status." + name());
    }
}
