package ua.opendata.core.probe;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.KnownFormat;

/**
 * The format a resource's bytes show, found by sniffing their start: magic numbers, the first
 * entries of a ZIP container, the first characters of text, and for plain text the delimiter.
 */
public enum ResourceFormat {
    /** Delimited text: a delimiter ({@code , ; TAB}) in the first line. */
    CSV(KnownFormat.CSV, KnownFormat.TSV, KnownFormat.TXT, KnownFormat.API),
    /** Text starting with <code>&#123;</code> or {@code [}. */
    JSON(KnownFormat.JSON, KnownFormat.API),
    /** Text starting with {@code <?xml} or an element, not a web page. */
    XML(KnownFormat.XML, KnownFormat.RDF, KnownFormat.XSD, KnownFormat.API),
    /** A web page: {@code <!doctype html}, {@code <html}. */
    HTML(KnownFormat.HTML),
    /** {@code %PDF}. */
    PDF(KnownFormat.PDF),
    /** A ZIP archive that is not an office document. */
    ZIP(KnownFormat.ZIP),
    /** A ZIP whose entries are under {@code xl/}: an Excel workbook. */
    XLSX(KnownFormat.XLSX, KnownFormat.ZIP),
    /** A ZIP whose entries are under {@code word/}: a Word document. */
    DOCX(KnownFormat.DOCX, KnownFormat.ZIP),
    /** A ZIP whose {@code mimetype} entry says OpenDocument spreadsheet. */
    ODS(KnownFormat.ODS, KnownFormat.ZIP),
    /** A ZIP whose {@code mimetype} entry says OpenDocument text. */
    ODT(KnownFormat.ODT, KnownFormat.ZIP),
    /** Gzip: {@code 1f 8b}. */
    GZIP(KnownFormat.GZ),
    /** A tape archive ({@code ustar} at byte 257). */
    TAR(KnownFormat.TAR),
    /** A RAR archive. */
    RAR(KnownFormat.RAR),
    /** A 7-Zip archive. */
    SEVEN_Z(KnownFormat.SEVEN_Z),
    /** An OLE2 compound file: an Excel 97–2003 workbook or a Word 97–2003 document. */
    OLE2(KnownFormat.XLS, KnownFormat.DOC),
    /** Rich text. */
    RTF(KnownFormat.RTF),
    /** A PNG image. */
    PNG(KnownFormat.PNG),
    /** A JPEG image. */
    JPEG(KnownFormat.JPEG),
    /** Text with no delimiter in its first line and no markup. */
    TEXT(KnownFormat.TXT, KnownFormat.CSV, KnownFormat.TSV, KnownFormat.RDF, KnownFormat.API),
    /** No bytes at all. */
    EMPTY(),
    /** Bytes the sniffer does not recognise, not text. */
    BINARY();

    private static final Set<KnownFormat> TEXT_FORMATS = EnumSet.of(KnownFormat.CSV, KnownFormat.TSV,
            KnownFormat.JSON, KnownFormat.XML, KnownFormat.XSD, KnownFormat.HTML, KnownFormat.TXT, KnownFormat.RDF);

    /** The formats these bytes satisfy, the most likely first. */
    private final List<KnownFormat> satisfies;

    ResourceFormat(KnownFormat... satisfies) {
        this.satisfies = List.of(satisfies);
    }

    /**
     * Whether these bytes contradict a declared format: a PDF declared as XLSX does, a ZIP declared
     * as XLSX does, an XLSX declared as ZIP does not. Unrecognised binary contradicts only text
     * formats; an empty body contradicts every format.
     *
     * @param declared the format the portal or passport declares
     * @return {@code true} when the bytes cannot be a file of the declared format
     */
    public boolean contradicts(KnownFormat declared) {
        if (this == BINARY) {
            return TEXT_FORMATS.contains(declared);
        }
        return !satisfies.contains(declared);
    }

    /** {@return whether this is a text format} */
    public boolean isText() {
        return this == CSV || this == JSON || this == XML || this == HTML || this == TEXT;
    }

    /** {@return the format's label in messages} */
    public String label() {
        return this == SEVEN_Z ? "7Z" : this == OLE2 ? "XLS/DOC (OLE2)" : name();
    }

    /** {@return the passport format this most likely is; {@code null} for {@link #EMPTY} and {@link #BINARY}} */
    public @Nullable KnownFormat likelyFormat() {
        return satisfies.isEmpty() ? null : satisfies.get(0);
    }
}
