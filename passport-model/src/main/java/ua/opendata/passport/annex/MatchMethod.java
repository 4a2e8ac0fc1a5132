package ua.opendata.passport.annex;

/** How a register entry (or a portal dataset) was found to fulfil an annex position, or why not. */
public enum MatchMethod {
    /** The entry's own annex column names the position. */
    COLUMN,
    /** A reviewer's mapping file pins the entry to the position. */
    MAPPING,
    /** The title matches the position's name well and clearly better than any other position's. */
    TITLE,
    /** The title resembles the position's name too little to be taken: reported, not counted. */
    WEAK,
    /** The title matches two or more positions about equally: reported, not counted. */
    AMBIGUOUS,
    /** Nothing fulfils the position (on the entry side: the entry fulfils no position). */
    MISSING
}
