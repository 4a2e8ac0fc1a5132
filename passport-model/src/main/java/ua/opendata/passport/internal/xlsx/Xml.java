package ua.opendata.passport.internal.xlsx;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The JDK's StAX parser, hardened: no DTD processing, no external entities, and a document that
 * declares a DTD at all is refused (Excel never writes one).
 */
final class Xml {
    private static final XMLInputFactory FACTORY = factory();

    private Xml() {
    }

    private static XMLInputFactory factory() {
        // the JDK's own implementation, whatever StAX provider is on the class path
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** A reader over one part; the part is named in problems. */
    static XMLStreamReader open(InputStream in, String part) {
        try {
            return FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw damaged(part, e);
        }
    }

    /**
     * The next event of a part, refusing a DTD and entity references other than the five predefined
     * ones (which the parser replaces itself).
     */
    static int next(XMLStreamReader r, String part) {
        try {
            int e = r.next();
            if (e == XMLStreamConstants.DTD || e == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XlsxException("XLSX-DTD", part);
            }
            return e;
        } catch (XMLStreamException e) {
            throw damaged(part, e);
        }
    }

    /** The text of the current element up to its end tag (nested elements' text included). */
    static String text(XMLStreamReader r, String part) {
        StringBuilder b = null;
        String single = null;
        int depth = 1;
        while (true) {
            int e = next(r, part);
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE) {
                String t = r.getText();
                if (single == null && b == null) {
                    single = t;
                } else {
                    if (b == null) {
                        b = new StringBuilder(single);
                    }
                    b.append(t);
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                if (--depth == 0) {
                    break;
                }
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                throw new XlsxException("XLSX-DAMAGED", part, "unexpected end of the part");
            }
        }
        return b != null ? b.toString() : single == null ? "" : single;
    }

    /** The value of an attribute by local name, in no namespace, or {@code null}. */
    static @Nullable String attr(XMLStreamReader r, String localName) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (localName.equals(r.getAttributeLocalName(i))) {
                String ns = r.getAttributeNamespace(i);
                if (ns == null || ns.isEmpty()) {
                    return r.getAttributeValue(i);
                }
            }
        }
        return null;
    }

    /** The value of the relationship id attribute ({@code r:id}, any relationships namespace), or {@code null}. */
    static @Nullable String relId(XMLStreamReader r) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String ns = r.getAttributeNamespace(i);
            if ("id".equals(r.getAttributeLocalName(i)) && ns != null && ns.endsWith("/relationships")) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // nothing held beyond the part's stream, which the package closes
        }
    }

    /** The problem for a part that is not well-formed XML (or a limit hit while reading it). */
    static RuntimeException damaged(String part, Exception e) {
        XlsxException limit = XlsxException.find(e);
        if (limit != null) {
            return limit;
        }
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (what.contains("DOCTYPE") || what.contains("DTD") || what.contains("entity")) {
            return new XlsxException("XLSX-DTD", part);
        }
        return new XlsxException("XLSX-DAMAGED", part, oneLine(what));
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ').replace('\r', ' ');
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
