package ua.opendata.core.publish;

import java.util.Locale;
import ua.opendata.core.LocalizedText;

/** What a plan does with one dataset. */
public enum PlanAction {
    /** The dataset is not on the portal: {@code package_create}, then uploads. */
    CREATE,
    /** Owned fields differ: an update from the current state (see {@link PlanItem#changes()}), then uploads. */
    UPDATE,
    /** Only files changed (by SHA-256): uploads of new file versions. */
    UPLOAD,
    /** The portal already matches the passport. */
    UNCHANGED,
    /** On the portal in the organization, but not in the register: left as it is. */
    PORTAL_ONLY,
    /** Cannot be published as it stands (see {@link PlanItem#reason()}). */
    CONFLICT;

    /**
     * The label for people, in the locale's language.
     *
     * @param locale the reader's locale; a language without a bundle file reads English (see
     *               {@link LocalizedText#get(Locale)})
     * @return the action's label in that language
     */
    public String label(Locale locale) {
        return PublishTexts.text(locale, "action." + name());
    }
}
