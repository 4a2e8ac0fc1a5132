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
    NEVER_PUBLISHED;

    /** {@return the label as a {@link LocalizedText}} */
    public LocalizedText label() {
        return RuleTexts.text("timeliness.status." + name());
    }
}
