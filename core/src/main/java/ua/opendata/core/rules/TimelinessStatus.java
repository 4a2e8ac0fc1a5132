package ua.opendata.core.rules;

import ua.opendata.core.LocalizedText;

/** The timeliness verdict on one dataset. Labels follow the compliance studies' verdict names. */
public enum TimelinessStatus {
    /** Updated within its window («вчасно»). */
    ON_TIME("вчасно", "on time"),
    /** More days since the last update than the window allows («невчасно»). */
    LATE("невчасно", "late"),
    /** No verdict possible: no date, an unknown frequency, or an event-driven dataset without a known change. */
    NOT_CHECKABLE("неможливо перевірити", "not checkable"),
    /** Declared as no longer updated («не оновлюється»); not checked. */
    NO_LONGER_UPDATED("не оновлюється", "no longer updated"),
    /** In the register but never published («набір відсутній»). */
    NEVER_PUBLISHED("набір відсутній", "never published");

    private final String labelUk;
    private final String labelEn;

    TimelinessStatus(String labelUk, String labelEn) {
        this.labelUk = labelUk;
        this.labelEn = labelEn;
    }

    /** The label as a {@link LocalizedText}. */
    public LocalizedText label() {
        return new LocalizedText(labelUk, labelEn);
    }
}
