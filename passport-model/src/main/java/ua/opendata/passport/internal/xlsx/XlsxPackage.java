package ua.opendata.passport.internal.xlsx;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * An XLSX file opened for reading: the ZIP container checked against the limits (entry count,
 * declared and actual uncompressed size), the workbook's sheets, shared strings and styles found
 * through the package relationships. Not thread-safe.
 */
public final class XlsxPackage implements Closeable {

    /** A worksheet of the workbook: its name as shown on the tab and its part in the package. */
    public record SheetRef(String name, String part) {
    }

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final long maxUncompressedBytes;
    private long budget;
    private final List<SheetRef> sheets = new ArrayList<>();
    private boolean date1904;
    private @Nullable String sharedStringsPart;
    private @Nullable String stylesPart;

    private XlsxPackage(ZipFile zip, long maxUncompressedBytes) {
        this.zip = zip;
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.budget = maxUncompressedBytes;
    }

    /**
     * Opens the file, which must already be known to start as a ZIP archive.
     *
     * @throws XlsxException when the file is not a readable workbook or is over a limit
     * @throws IOException   when the file cannot be read
     */
    public static XlsxPackage open(Path file, long maxUncompressedBytes, int maxEntries) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new XlsxException("XLSX-BAD-ZIP");
        }
        XlsxPackage p = new XlsxPackage(zip, maxUncompressedBytes);
        try {
            p.index(maxEntries, maxUncompressedBytes);
            p.readWorkbook();
            return p;
        } catch (RuntimeException | IOException e) {
            zip.close();
            throw e;
        }
    }

    private void index(int maxEntries, long maxUncompressedBytes) {
        if (zip.size() > maxEntries) {
            throw new XlsxException("XLSX-TOO-MANY-PARTS", Integer.toString(zip.size()), Integer.toString(maxEntries));
        }
        long declared = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            entries.putIfAbsent(e.getName().toLowerCase(Locale.ROOT), e);
            if (e.getSize() > 0) {
                declared += e.getSize();
            }
            if (declared > maxUncompressedBytes) {
                throw new XlsxException("XLSX-TOO-LARGE-UNCOMPRESSED", Long.toString(maxUncompressedBytes));
            }
        }
    }

    private @Nullable ZipEntry entry(String part) {
        String name = part.startsWith("/") ? part.substring(1) : part;
        ZipEntry e = zip.getEntry(name);
        return e != null ? e : entries.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether the package has the part. */
    boolean has(String part) {
        return entry(part) != null;
    }

    /**
     * The content of a part, counted against the uncompressed size limit (what is actually inflated,
     * whatever the archive declares).
     *
     * @throws XlsxException when the part is missing ({@code XLSX-DAMAGED}) or the limit is reached
     */
    public InputStream open(String part) throws IOException {
        ZipEntry e = entry(part);
        if (e == null) {
            throw new XlsxException("XLSX-DAMAGED", part, "the part is missing");
        }
        return new Budgeted(zip.getInputStream(e));
    }

    private void readWorkbook() throws IOException {
        String main = officeDocument();
        String dir = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
        Map<String, String> targets = new HashMap<>();
        String rels = dir + "_rels/" + main.substring(dir.length()) + ".rels";
        if (has(rels)) {
            for (String[] rel : relationships(rels)) {
                String target = resolve(dir, rel[2]);
                targets.put(rel[0], target);
                if (rel[1].endsWith("/sharedStrings")) {
                    sharedStringsPart = target;
                } else if (rel[1].endsWith("/styles")) {
                    stylesPart = target;
                }
            }
        }
        try (InputStream in = open(main)) {
            XMLStreamReader r = Xml.open(in, main);
            try {
                int e;
                while ((e = Xml.next(r, main)) != XMLStreamConstants.END_DOCUMENT) {
                    if (e != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = r.getLocalName();
                    if ("workbookPr".equals(name)) {
                        String v = Xml.attr(r, "date1904");
                        date1904 = "1".equals(v) || "true".equals(v);
                    } else if ("sheet".equals(name)) {
                        String sheetName = Xml.attr(r, "name");
                        String id = Xml.relId(r);
                        String part = id == null ? null : targets.get(id);
                        if (sheetName == null || part == null) {
                            throw new XlsxException("XLSX-DAMAGED", main, "a sheet without a name or a part");
                        }
                        sheets.add(new SheetRef(sheetName, part));
                    }
                }
            } finally {
                Xml.close(r);
            }
        }
        if (sheets.isEmpty()) {
            throw new XlsxException("XLSX-DAMAGED", main, "the workbook has no sheet");
        }
    }

    /** The main part: the officeDocument relationship of the package, as Excel and every library write it. */
    private String officeDocument() throws IOException {
        if (!has("_rels/.rels") || !has("[Content_Types].xml")) {
            throw new XlsxException(has("mimetype") || has("content.xml") ? "XLSX-ODS" : "XLSX-NOT-WORKBOOK-ZIP");
        }
        for (String[] rel : relationships("_rels/.rels")) {
            if (rel[1].endsWith("/officeDocument")) {
                String target = resolve("", rel[2]);
                if (!has(target)) {
                    break;
                }
                return target;
            }
        }
        throw new XlsxException("XLSX-NOT-WORKBOOK-ZIP");
    }

    /** The relationships of a .rels part as {id, type, target}. */
    private List<String[]> relationships(String part) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = open(part)) {
            XMLStreamReader r = Xml.open(in, part);
            try {
                int e;
                while ((e = Xml.next(r, part)) != XMLStreamConstants.END_DOCUMENT) {
                    if (e == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                        String id = Xml.attr(r, "Id");
                        String type = Xml.attr(r, "Type");
                        String target = Xml.attr(r, "Target");
                        if (id != null && type != null && target != null
                                && !"External".equals(Xml.attr(r, "TargetMode"))) {
                            out.add(new String[] {id, type, target});
                        }
                    }
                }
            } finally {
                Xml.close(r);
            }
        }
        return out;
    }

    /** A relationship target resolved against the directory of its source part. */
    static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.isEmpty() || ".".equals(s)) {
                continue;
            }
            if ("..".equals(s)) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    /** The worksheets in workbook order. */
    public List<SheetRef> sheets() {
        return List.copyOf(sheets);
    }

    /** Whether dates count from 1904 rather than 1900. */
    public boolean date1904() {
        return date1904;
    }

    /** The shared strings part, or {@code null} when the workbook has none. */
    public @Nullable String sharedStringsPart() {
        return sharedStringsPart != null && has(sharedStringsPart) ? sharedStringsPart : null;
    }

    /** The styles part, or {@code null} when the workbook has none. */
    public @Nullable String stylesPart() {
        return stylesPart != null && has(stylesPart) ? stylesPart : null;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts what is inflated against the package's uncompressed size limit. */
    private final class Budgeted extends FilterInputStream {
        Budgeted(InputStream in) {
            super(in);
        }

        private void spend(long n) {
            budget -= n;
            if (budget < 0) {
                throw new XlsxException("XLSX-TOO-LARGE-UNCOMPRESSED", Long.toString(maxUncompressedBytes));
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                spend(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                spend(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            spend(s);
            return s;
        }
    }
}
