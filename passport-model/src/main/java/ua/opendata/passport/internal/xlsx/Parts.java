package ua.opendata.passport.internal.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/** Reads the workbook-wide parts a worksheet needs: the shared strings and which styles are dates. */
public final class Parts {
    private Parts() {
    }

    /**
     * The shared strings in order; rich-text runs are joined, phonetic runs ({@code rPh}) left out,
     * {@code _xHHHH_} escapes decoded; more than {@code maxStrings} is a problem (the table is held in
     * memory, and a hostile one of empty strings would fill it).
     */
    public static String[] sharedStrings(XlsxPackage pkg, int maxCellChars, int maxStrings) throws IOException {
        String part = pkg.sharedStringsPart();
        if (part == null) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        try (InputStream in = pkg.open(part)) {
            XMLStreamReader r = Xml.open(in, part);
            try {
                StringBuilder b = new StringBuilder();
                boolean inSi = false;
                int phonetic = 0;
                int e;
                while ((e = Xml.next(r, part)) != XMLStreamConstants.END_DOCUMENT) {
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        String n = r.getLocalName();
                        if ("si".equals(n)) {
                            inSi = true;
                            b.setLength(0);
                        } else if ("rPh".equals(n)) {
                            phonetic++;
                        } else if ("t".equals(n) && inSi) {
                            String t = Xml.text(r, part);
                            if (phonetic == 0 && b.length() <= maxCellChars) {
                                b.append(t);
                            }
                        }
                    } else if (e == XMLStreamConstants.END_ELEMENT) {
                        String n = r.getLocalName();
                        if ("si".equals(n)) {
                            inSi = false;
                            if (out.size() == maxStrings) {
                                throw new XlsxException("XLSX-TOO-MANY-STRINGS", Integer.toString(maxStrings));
                            }
                            out.add(XString.decode(b.toString()));
                        } else if ("rPh".equals(n)) {
                            phonetic--;
                        }
                    }
                }
            } finally {
                Xml.close(r);
            }
        }
        return out.toArray(new String[0]);
    }

    /** Per cell style ({@code cellXfs} index), whether its number format shows a date. */
    public static boolean[] dateStyles(XlsxPackage pkg) throws IOException {
        String part = pkg.stylesPart();
        if (part == null) {
            return new boolean[0];
        }
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> xfs = new ArrayList<>();
        try (InputStream in = pkg.open(part)) {
            XMLStreamReader r = Xml.open(in, part);
            try {
                boolean inCellXfs = false;
                int e;
                while ((e = Xml.next(r, part)) != XMLStreamConstants.END_DOCUMENT) {
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        String n = r.getLocalName();
                        if ("numFmt".equals(n)) {
                            Integer id = integer(Xml.attr(r, "numFmtId"));
                            String code = Xml.attr(r, "formatCode");
                            if (id != null && code != null) {
                                formats.put(id, code);
                            }
                        } else if ("cellXfs".equals(n)) {
                            inCellXfs = true;
                        } else if ("xf".equals(n) && inCellXfs) {
                            Integer id = integer(Xml.attr(r, "numFmtId"));
                            xfs.add(id == null ? 0 : id);
                        }
                    } else if (e == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(r.getLocalName())) {
                        inCellXfs = false;
                    }
                }
            } finally {
                Xml.close(r);
            }
        }
        boolean[] dates = new boolean[xfs.size()];
        for (int i = 0; i < dates.length; i++) {
            int id = xfs.get(i);
            String code = formats.get(id);
            dates[i] = code != null ? isDateFormat(code) : isBuiltInDate(id);
        }
        return dates;
    }

    private static @Nullable Integer integer(@Nullable String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The built-in formats that show a date: 14–17, 22, and the East Asian date formats 27–36, 50–58. */
    static boolean isBuiltInDate(int id) {
        return id >= 14 && id <= 17 || id == 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58;
    }

    /**
     * Whether a custom number format shows a date: its first section has a day or year placeholder
     * ({@code d}, {@code y}; Excel stores the codes in English whatever the display language) outside
     * quoted text, {@code [..]} sections and escaped characters.
     */
    static boolean isDateFormat(String code) {
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracket) {
                bracket = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracket = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == ';') {
                return false; // the first section decides
            } else {
                char l = Character.toLowerCase(c);
                if (l == 'd' || l == 'y') {
                    return true;
                }
            }
        }
        return false;
    }
}
