package ua.opendata.passport;

/**
 * How compliance studies classify a distribution format (resolution-835 reference, §4).
 */
public enum FormatClass {
    /** Structured, machine-readable: CSV, JSON, XML, XLSX, an API, … */
    STRUCTURED,
    /** Not machine-readable for tabular data: PDF, DOCX, HTML, images, … */
    UNSTRUCTURED,
    /** An archive: the passport's compression element must then be filled. */
    ARCHIVE,
    /** A format the SDK does not recognise. */
    UNKNOWN
}
