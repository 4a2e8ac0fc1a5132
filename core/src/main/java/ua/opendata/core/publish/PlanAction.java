package ua.opendata.core.publish;

import java.util.Locale;
import ua.opendata.core.LocalizedText;

/** What a plan does with one dataset. */
public enum PlanAction {
    /** The dataset is not on the portal: {@code package_create}, then uploads. */
    CREATE("Створити", "Create"),
    /** Owned fields differ: an update from the current state (see {@link PlanItem#changes()}), then uploads. */
    UPDATE("Оновити", "Update"),
    /** Only files changed (by SHA-256): uploads of new file versions. */
    UPLOAD("Завантажити файли", "Upload files"),
    /** The portal already matches the passport. */
    UNCHANGED("Без змін", "Unchanged"),
    /** On the portal in the organization, but not in the register: left as it is. */
    PORTAL_ONLY("Лише на порталі", "Only on the portal"),
    /** Cannot be published as it stands (see {@link PlanItem#reason()}). */
    CONFLICT("Конфлікт", "Conflict");

    private final LocalizedText label;

    PlanAction(String uk, String en) {
        this.label = new LocalizedText(uk, en);
    }

    /** The label for people, in Ukrainian or English. */
    public String label(Locale locale) {
        return label.get(locale);
    }
}
