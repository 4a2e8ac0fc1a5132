package ua.opendata.core.probe;


/** The character encoding of a text resource, as its bytes show it. */
public enum ResourceEncoding {
    /** UTF-8 without a byte-order mark (plain ASCII included): what portals expect. */
    UTF_8,
    /** UTF-8 starting with a byte-order mark: readable, though some programs show the mark. */
    UTF_8_BOM,
    /** Windows-1251 (Cyrillic): not valid UTF-8, reported. */
    WINDOWS_1251,
    /** UTF-16 with a byte-order mark. */
    UTF_16,
    /** Not valid UTF-8 and not recognisably Windows-1251. */
    UNKNOWN
}
