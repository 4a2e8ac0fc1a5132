package ua.opendata.passport.annex;

import java.util.Objects;

/**
 * A note of the official text on an amendment, e.g. «{Позицію виключено на підставі Постанови КМ
 * № 578 від 17.05.2024}», kept where it stands in a section.
 *
 * @param sectionCode   the section it stands in
 * @param afterPosition the position it follows; 0 when it opens the section
 * @param textUk        the note as written
 */
public record AnnexEditorialNote(String sectionCode, int afterPosition, String textUk) {

    /**
     * Checks structure only.
     *
     * @param sectionCode the section it stands in
     * @param afterPosition the position it follows; 0 when it opens the section
     * @param textUk the note as written
     */
    public AnnexEditorialNote {
        Objects.requireNonNull(sectionCode, "sectionCode");
        Objects.requireNonNull(textUk, "textUk");
        if (afterPosition < 0) {
            throw new IllegalArgumentException("afterPosition must be 0 or more, got " + afterPosition);
        }
    }
}
