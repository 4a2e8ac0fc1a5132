package ua.opendata.core.probe;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Tells a file's format and, for text, its encoding from its first bytes. Reads only the prefix it
 * is given; never parses the whole file (the CSV itself is read by the content checker).
 */
final class Sniffer {

    /** How many bytes of a body are sniffed. */
    public static final int PREFIX = 64 * 1024;

    private Sniffer() {
    }

    /**
     * What the prefix shows.
     *
     * @param format    the format
     * @param encoding  the encoding, for text formats; {@code null} otherwise
     * @param delimiter the delimiter of delimited text; {@code 0} otherwise
     */
    public record Sniff(ResourceFormat format, @Nullable ResourceEncoding encoding, char delimiter) {
    }

    /**
     * Sniffs {@code len} bytes.
     *
     * @param complete whether the prefix is the whole file (an incomplete UTF-8 sequence at its end is
     *                 then an error, not a cut)
     */
    public static Sniff sniff(byte[] b, int len, boolean complete) {
        if (len == 0) {
            return new Sniff(ResourceFormat.EMPTY, null, (char) 0);
        }
        ResourceFormat magic = magic(b, len);
        if (magic != null) {
            return new Sniff(magic, null, (char) 0);
        }
        int start = 0;
        ResourceEncoding encoding;
        if (startsWith(b, len, 0, 0xEF, 0xBB, 0xBF)) {
            start = 3;
            encoding = ResourceEncoding.UTF_8_BOM;
        } else if (startsWith(b, len, 0, 0xFF, 0xFE) || startsWith(b, len, 0, 0xFE, 0xFF)) {
            return new Sniff(ResourceFormat.TEXT, ResourceEncoding.UTF_16, (char) 0);
        } else {
            encoding = null;
        }
        int checkNul = Math.min(len, 8192);
        for (int i = start; i < checkNul; i++) {
            if (b[i] == 0) {
                return new Sniff(ResourceFormat.BINARY, null, (char) 0);
            }
        }
        if (encoding == null) {
            encoding = encoding(b, start, len, complete);
        }
        int i = start;
        while (i < len && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        if (i == len) {
            return new Sniff(ResourceFormat.TEXT, encoding, (char) 0);
        }
        if (b[i] == '<') {
            String head = new String(b, i, Math.min(len - i, 4096), StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT);
            boolean html = head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")
                    || head.contains("<head>") || head.contains("<body");
            return new Sniff(html ? ResourceFormat.HTML : ResourceFormat.XML, encoding, (char) 0);
        }
        if (b[i] == '{' || b[i] == '[') {
            return new Sniff(ResourceFormat.JSON, encoding, (char) 0);
        }
        char delimiter = delimiter(b, i, len);
        return new Sniff(delimiter == 0 ? ResourceFormat.TEXT : ResourceFormat.CSV, encoding, delimiter);
    }

    private static @Nullable ResourceFormat magic(byte[] b, int len) {
        if (startsWith(b, len, 0, '%', 'P', 'D', 'F')) {
            return ResourceFormat.PDF;
        }
        if (startsWith(b, len, 0, 'P', 'K', 3, 4) || startsWith(b, len, 0, 'P', 'K', 5, 6)) {
            return zip(b, len);
        }
        if (startsWith(b, len, 0, 0x1F, 0x8B)) {
            return ResourceFormat.GZIP;
        }
        if (startsWith(b, len, 0, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return ResourceFormat.RAR;
        }
        if (startsWith(b, len, 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return ResourceFormat.SEVEN_Z;
        }
        if (startsWith(b, len, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ResourceFormat.OLE2;
        }
        if (startsWith(b, len, 0, 0x89, 'P', 'N', 'G')) {
            return ResourceFormat.PNG;
        }
        if (startsWith(b, len, 0, 0xFF, 0xD8, 0xFF)) {
            return ResourceFormat.JPEG;
        }
        if (startsWith(b, len, 0, '{', '\\', 'r', 't', 'f')) {
            return ResourceFormat.RTF;
        }
        if (startsWith(b, len, 257, 'u', 's', 't', 'a', 'r')) {
            return ResourceFormat.TAR;
        }
        return null;
    }

    /** Looks at the local file headers in the prefix: their names, and an OpenDocument mimetype. */
    private static ResourceFormat zip(byte[] b, int len) {
        int o = 0;
        while (o >= 0 && o + 30 <= len) {
            int method = le16(b, o + 8);
            int compressed = (int) Math.min(le32(b, o + 18), Integer.MAX_VALUE);
            int nameLen = le16(b, o + 26);
            int extraLen = le16(b, o + 28);
            if (o + 30 + nameLen > len) {
                break;
            }
            String name = new String(b, o + 30, nameLen, StandardCharsets.UTF_8);
            if (name.startsWith("xl/")) {
                return ResourceFormat.XLSX;
            }
            if (name.startsWith("word/")) {
                return ResourceFormat.DOCX;
            }
            if (name.equals("mimetype") && method == 0) {
                int at = o + 30 + nameLen + extraLen;
                int n = at >= len ? 0 : Math.min(Math.min(compressed, 100), len - at);
                String type = n == 0 ? "" : new String(b, at, n, StandardCharsets.US_ASCII);
                if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
                    return ResourceFormat.ODS;
                }
                if (type.startsWith("application/vnd.oasis.opendocument.text")) {
                    return ResourceFormat.ODT;
                }
            }
            o = indexOfLocalHeader(b, o + 30 + nameLen, len);
        }
        return ResourceFormat.ZIP;
    }

    private static int indexOfLocalHeader(byte[] b, int from, int len) {
        for (int i = from; i + 4 <= len; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4) {
                return i;
            }
        }
        return -1;
    }

    /** Valid UTF-8, else Windows-1251 when most high bytes are Cyrillic letters there, else unknown. */
    private static ResourceEncoding encoding(byte[] b, int from, int len, boolean complete) {
        int i = from;
        boolean valid = true;
        scan:
        while (i < len) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xC2 && c <= 0xDF ? 1 : -1;
            if (n < 0) {
                valid = false;
                break;
            }
            if (i + n >= len) {
                valid = !complete; // a sequence cut by the end of the prefix is fine, by the end of the file not
                break;
            }
            for (int k = 1; k <= n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    valid = false;
                    break scan;
                }
            }
            i += n + 1;
        }
        if (valid) {
            return ResourceEncoding.UTF_8;
        }
        int high = 0;
        int cyrillic = 0;
        for (int j = from; j < len; j++) {
            int c = b[j] & 0xFF;
            if (c >= 0x80) {
                high++;
                if (c >= 0xC0 || c == 0xA8 || c == 0xB8 || c == 0xAA || c == 0xBA || c == 0xAF || c == 0xBF
                        || c == 0xB2 || c == 0xB3 || c == 0xA5 || c == 0xB4) {
                    cyrillic++;
                }
            }
        }
        return cyrillic * 10 >= high * 8 ? ResourceEncoding.WINDOWS_1251 : ResourceEncoding.UNKNOWN;
    }

    /** The most frequent of {@code , ; TAB} outside quotes in the first line; 0 when none. */
    private static char delimiter(byte[] b, int from, int len) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = from; i < len; i++) {
            byte c = b[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (comma == 0 && semicolon == 0 && tab == 0) {
            return 0;
        }
        return comma >= semicolon && comma >= tab ? ',' : semicolon >= tab ? ';' : '\t';
    }

    private static boolean startsWith(byte[] b, int len, int at, int... expected) {
        if (at + expected.length > len) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[at + i] & 0xFF) != (expected[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
