package ua.opendata.core.publish;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.rules.Finding;
import ua.opendata.passport.Passport;

/**
 * What a plan does with one dataset.
 *
 * @param name             the dataset's name on the portal; {@code null} when none could be derived
 * @param identifier       the passport identifier; {@code null} when unknown
 * @param action           the action
 * @param changes          for {@link PlanAction#CREATE} and {@link PlanAction#UPDATE}: the owned fields written
 * @param uploads          files to upload (with CREATE, UPDATE or UPLOAD)
 * @param notes            what the profile cannot hold of the passport, or normalises
 * @param blockingFindings the rulebook's ERROR findings: they block the dataset at apply unless forced
 * @param reason           why, for {@link PlanAction#CONFLICT} and {@link PlanAction#PORTAL_ONLY}; else {@code null}
 * @param passport         the passport to publish; {@code null} for {@link PlanAction#PORTAL_ONLY} and some conflicts
 * @param portalModified   the dataset's {@code metadata_modified} as the portal wrote it when the plan was made
 *                         (the compare-and-swap stamp apply checks before it writes); {@code null} when the
 *                         dataset was not on the portal or the portal gave none
 */
public record PlanItem(@Nullable String name, @Nullable String identifier, PlanAction action,
                       List<FieldChange> changes, List<PlannedUpload> uploads, List<MappingNote> notes,
                       List<Finding> blockingFindings, @Nullable LocalizedText reason, @Nullable Passport passport,
                       @Nullable String portalModified) {

    /**
     * Copies the lists.
     *
     * @param name             the dataset's name on the portal; {@code null} when none could be derived
     * @param identifier       the passport identifier; {@code null} when unknown
     * @param action           the action
     * @param changes          for {@link PlanAction#CREATE} and {@link PlanAction#UPDATE}: the owned fields
     *                         written
     * @param uploads          files to upload (with CREATE, UPDATE or UPLOAD)
     * @param notes            what the profile cannot hold of the passport, or normalises
     * @param blockingFindings the rulebook's ERROR findings: they block the dataset at apply unless forced
     * @param reason           why, for {@link PlanAction#CONFLICT} and {@link PlanAction#PORTAL_ONLY}; else
     *                         {@code null}
     * @param passport         the passport to publish; {@code null} for {@link PlanAction#PORTAL_ONLY} and
     *                         some conflicts
     * @param portalModified   the dataset's {@code metadata_modified} as the portal wrote it when the plan
     *                         was made (the compare-and-swap stamp apply checks before it writes); {@code
     *                         null} when the dataset was not on the portal or the portal gave none
     */
    public PlanItem {
        Objects.requireNonNull(action, "action");
        changes = List.copyOf(changes);
        uploads = List.copyOf(uploads);
        notes = List.copyOf(notes);
        blockingFindings = List.copyOf(blockingFindings);
    }

    /** {@return whether applying this item writes to the portal} */
    public boolean writes() {
        return action == PlanAction.CREATE || action == PlanAction.UPDATE || action == PlanAction.UPLOAD;
    }
}
