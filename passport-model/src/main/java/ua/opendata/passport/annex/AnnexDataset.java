package ua.opendata.passport.annex;

import java.util.Objects;

/**
 * One mandatory dataset of the annex.
 *
 * @param sectionCode   the code of its section, e.g. {@code all-holders}
 * @param sectionNameUk the section's Ukrainian name
 * @param position      its number within the section, from 1
 * @param nameUk        its name as the annex words it
 */
public record AnnexDataset(String sectionCode, String sectionNameUk, int position, String nameUk) {

    /**
     * Checks structure only.
     *
     * @param sectionCode the code of its section, e.g. {@code all-holders}
     * @param sectionNameUk the section's Ukrainian name
     * @param position its number within the section, from 1
     * @param nameUk its name as the annex words it
     */
    public AnnexDataset {
        Objects.requireNonNull(sectionCode, "sectionCode");
        Objects.requireNonNull(sectionNameUk, "sectionNameUk");
        Objects.requireNonNull(nameUk, "nameUk");
        if (position < 1) {
            throw new IllegalArgumentException("annex position must be 1 or more, got " + position);
        }
    }

    /** {@return the reference used in registers, {@code section:position}, e.g. {@code all-holders:6}} */
    public String ref() {
        return sectionCode + ":" + position;
    }
}
