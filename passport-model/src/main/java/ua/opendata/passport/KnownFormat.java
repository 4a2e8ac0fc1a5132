package ua.opendata.passport;

import java.util.List;

/**
 * The distribution formats the SDK recognises, with their class and usual media type.
 *
 * @see DataFormat for the open value that keeps the raw text of dirty data
 */
public enum KnownFormat {
    /** Comma-separated values. */
    CSV(FormatClass.STRUCTURED, "text/csv", "csv", "text/comma-separated-values", "application/csv"),
    /** Tab-separated values. */
    TSV(FormatClass.STRUCTURED, "text/tab-separated-values", "tsv", "tab"),
    /** JSON. */
    JSON(FormatClass.STRUCTURED, "application/json", "json", "text/json", "geojson", "application/geo+json",
            "jsonld", "json-ld", "application/ld+json"),
    /** XML. */
    XML(FormatClass.STRUCTURED, "application/xml", "xml", "text/xml"),
    /** Excel 97–2003 workbook. */
    XLS(FormatClass.STRUCTURED, "application/vnd.ms-excel", "xls"),
    /** Excel workbook. */
    XLSX(FormatClass.STRUCTURED, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx", "xlxs", "xslx", "xlsx file", "excel"),
    /** OpenDocument spreadsheet. */
    ODS(FormatClass.STRUCTURED, "application/vnd.oasis.opendocument.spreadsheet", "ods"),
    /** RDF in any serialisation. */
    RDF(FormatClass.STRUCTURED, "application/rdf+xml", "rdf", "ttl", "turtle", "text/turtle", "n3", "nt"),
    /** XML Schema. */
    XSD(FormatClass.STRUCTURED, "application/xml", "xsd"),
    /** A web API (the link is an endpoint, not a file). */
    API(FormatClass.STRUCTURED, "application/json", "api", "rest", "rest api", "web api", "wms", "wfs", "sparql"),
    /** Word 97–2003 document. */
    DOC(FormatClass.UNSTRUCTURED, "application/msword", "doc"),
    /** Word document. */
    DOCX(FormatClass.UNSTRUCTURED, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx"),
    /** OpenDocument text. */
    ODT(FormatClass.UNSTRUCTURED, "application/vnd.oasis.opendocument.text", "odt"),
    /** PDF. */
    PDF(FormatClass.UNSTRUCTURED, "application/pdf", "pdf"),
    /** Rich text. */
    RTF(FormatClass.UNSTRUCTURED, "application/rtf", "rtf", "text/rtf"),
    /** A web page. */
    HTML(FormatClass.UNSTRUCTURED, "text/html", "html", "htm", "web page", "webpage"),
    /** Plain text. */
    TXT(FormatClass.UNSTRUCTURED, "text/plain", "txt", "text"),
    /** JPEG image. */
    JPEG(FormatClass.UNSTRUCTURED, "image/jpeg", "jpeg", "jpg"),
    /** PNG image. */
    PNG(FormatClass.UNSTRUCTURED, "image/png", "png"),
    /** ZIP archive. */
    ZIP(FormatClass.ARCHIVE, "application/zip", "zip", "application/x-zip-compressed"),
    /** 7-Zip archive. */
    SEVEN_Z(FormatClass.ARCHIVE, "application/x-7z-compressed", "7z"),
    /** Gzip-compressed file. */
    GZ(FormatClass.ARCHIVE, "application/gzip", "gz", "gzip", "tgz", "tar.gz", "application/x-gzip"),
    /** RAR archive. */
    RAR(FormatClass.ARCHIVE, "application/vnd.rar", "rar", "application/x-rar-compressed"),
    /** Tape archive. */
    TAR(FormatClass.ARCHIVE, "application/x-tar", "tar");

    private final FormatClass formatClass;
    private final String mediaType;
    private final List<String> aliases;

    KnownFormat(FormatClass formatClass, String mediaType, String... aliases) {
        this.formatClass = formatClass;
        this.mediaType = mediaType;
        this.aliases = List.of(aliases);
    }

    /** {@return the class of this format} */
    public FormatClass formatClass() {
        return formatClass;
    }

    /** {@return the usual media type} */
    public String mediaType() {
        return mediaType;
    }

    /** {@return the canonical label, e.g. {@code CSV}, {@code 7Z}} */
    public String label() {
        return this == SEVEN_Z ? "7Z" : name();
    }

    /** {@return lower-case spellings, extensions and media types that mean this format} */
    public List<String> aliases() {
        return aliases;
    }
}
