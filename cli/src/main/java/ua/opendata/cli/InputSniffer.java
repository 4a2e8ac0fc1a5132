package ua.opendata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a file given as a register or passport is, from its first bytes, whatever its name: a ZIP
 * (an Excel workbook or another archive), an old Excel workbook, a PDF, a text in UTF-16 or UTF-32, a
 * binary file, JSON or text. The readers take JSON and text; everything else is refused before them
 * with one message that says what the file is, so that a clerk never gets hundreds of "broken rows"
 * for a photo.
 */
final class InputSniffer {
    /** Bytes looked at. */
    static final int HEAD = 8192;

    /** What a file looks like. */
    enum Kind {
        /** An Office Open XML workbook (XLSX): a ZIP with {@code xl/} or {@code [Content_Types].xml}. */
        XLSX,
        /** Another ZIP archive. */
        ZIP,
        /** An OLE2 compound file: an Excel 97–2003 workbook (XLS) or a Word 97–2003 document. */
        OLE2,
        /** A PDF document. */
        PDF,
        /** Text in UTF-16 or UTF-32 (by its byte-order mark or its NUL bytes). */
        WIDE_TEXT,
        /** Bytes that are not text. */
        BINARY,
        /** JSON: an object or array after an optional UTF-8 byte-order mark and white space. */
        JSON,
        /** Text (perhaps empty). */
        TEXT
    }

    private InputSniffer() {
    }

    /** What {@code file} is, from its first {@link #HEAD} bytes. */
    static Kind sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        return sniff(head);
    }

    /** What a file starting with {@code b} is. */
    static Kind sniff(byte[] b) {
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) {
            String names = new String(b, StandardCharsets.ISO_8859_1);
            return names.contains("[Content_Types].xml") || names.contains("xl/") ? Kind.XLSX : Kind.ZIP;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Kind.OLE2;
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return Kind.PDF;
        }
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF) || startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Kind.WIDE_TEXT;
        }
        int nul = 0;
        int control = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == 0) {
                nul++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                control++;
            }
        }
        if (nul > 0) {
            // ASCII text in UTF-16 has a NUL in every other byte, in UTF-32 three in four
            return nul * 4 >= b.length && control == 0 ? Kind.WIDE_TEXT : Kind.BINARY;
        }
        // text (ASCII, UTF-8, Windows-1251) has next to no control characters; random bytes have 12 %
        if (control > Math.max(2, b.length / 100)) {
            return Kind.BINARY;
        }
        int i = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i < b.length && (b[i] == '{' || b[i] == '[') ? Kind.JSON : Kind.TEXT;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        byte[] p = new byte[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            p[i] = (byte) prefix[i];
        }
        return Arrays.equals(b, 0, p.length, p, 0, p.length);
    }
}
