package ua.opendata.passport.annex;

import java.util.Objects;

/**
 * A repair the loader made to an artefact of the transcription, so that it can be reviewed.
 *
 * @param kind        what was repaired
 * @param line        the line of the bundled CSV concerned (1-based; the first one when several)
 * @param sectionCode the section concerned
 * @param detail      the position's text after the repair (with the lines for a merge)
 */
public record AnnexLoadNote(Kind kind, int line, String sectionCode, String detail) {

    /** What the loader repaired. */
    public enum Kind {
        /** A heading ending with a colon and the quoted rows after it were one position per quoted row. */
        MERGED_SPLIT_ROWS,
        /** A trailing {@code ;} (the official text's list punctuation) was removed from a name. */
        TRIMMED_TRAILING_SEMICOLON
    }

    /**
     * Checks structure only.
     *
     * @param kind what was repaired
     * @param line the line of the bundled CSV concerned (1-based; the first one when several)
     * @param sectionCode the section concerned
     * @param detail the position's text after the repair (with the lines for a merge)
     */
    public AnnexLoadNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sectionCode, "sectionCode");
        Objects.requireNonNull(detail, "detail");
    }
}
