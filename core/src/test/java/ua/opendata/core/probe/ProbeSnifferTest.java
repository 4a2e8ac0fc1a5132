package ua.opendata.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.passport.KnownFormat;

/** Format and encoding from a file's first bytes, and which declared formats they contradict. */
class ProbeSnifferTest {

    static Stream<Arguments> samples() throws IOException {
        byte[] tar = new byte[600];
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 5);
        return Stream.of(
                arguments("PDF", ascii("%PDF-1.7\n"), ResourceFormat.PDF),
                arguments("ZIP", ResourceProbeTest.zip("a.csv"), ResourceFormat.ZIP),
                arguments("XLSX", ResourceProbeTest.zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"),
                        ResourceFormat.XLSX),
                arguments("DOCX", ResourceProbeTest.zip("[Content_Types].xml", "word/document.xml"), ResourceFormat.DOCX),
                arguments("ODS", odf("application/vnd.oasis.opendocument.spreadsheet"), ResourceFormat.ODS),
                arguments("ODT", odf("application/vnd.oasis.opendocument.text"), ResourceFormat.ODT),
                arguments("gzip", new byte[] {0x1F, (byte) 0x8B, 8, 0}, ResourceFormat.GZIP),
                arguments("OLE2", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                    0x1A, (byte) 0xE1, 0}, ResourceFormat.OLE2),
                arguments("PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}, ResourceFormat.PNG),
                arguments("RAR", new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0}, ResourceFormat.RAR),
                arguments("tar", tar, ResourceFormat.TAR),
                arguments("XML", ascii("<?xml version=\"1.0\"?><root/>"), ResourceFormat.XML),
                arguments("XML without declaration", ascii("  <dataset><row/></dataset>"), ResourceFormat.XML),
                arguments("XHTML", ascii("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"),
                        ResourceFormat.HTML),
                arguments("HTML doctype, any case", ascii("\n\n<!DocType HTML><html>"), ResourceFormat.HTML),
                arguments("HTML without doctype", ascii("<html><body>Файл</body></html>"), ResourceFormat.HTML),
                arguments("HTML after a comment", ascii("<!-- portal --><html>"), ResourceFormat.HTML),
                arguments("JSON object", ascii("{\"a\":1}"), ResourceFormat.JSON),
                arguments("JSON array with BOM", utf8Bom("[1,2]"), ResourceFormat.JSON),
                arguments("CSV with commas", ascii("a,b,c\n1,2,3\n"), ResourceFormat.CSV),
                arguments("CSV with semicolons", ascii("a;b;c\n1;2;3\n"), ResourceFormat.CSV),
                arguments("one-column text", ascii("just a line\n"), ResourceFormat.TEXT),
                arguments("empty", new byte[0], ResourceFormat.EMPTY),
                arguments("unknown binary", new byte[] {1, 2, 0, 3, 4}, ResourceFormat.BINARY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void format(byte[] bytes, ResourceFormat expected) {
        assertThat(Sniffer.sniff(bytes, bytes.length, true).format()).isEqualTo(expected);
    }

    @Test
    void delimiterIsTheMostFrequentOutsideQuotes() {
        byte[] b = ascii("\"a,b\";c;d\n1;2;3\n");
        Sniffer.Sniff s = Sniffer.sniff(b, b.length, true);
        assertThat(s.format()).isEqualTo(ResourceFormat.CSV);
        assertThat(s.delimiter()).isEqualTo(';');
    }

    @Test
    void encodings() {
        byte[] utf8 = "назва,код\nКиїв,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = utf8Bom("назва,код\n");
        byte[] cp1251 = "назва,код\nКиїв,Ґанок,Єва\n".getBytes(Charset.forName("windows-1251"));
        // Windows-1252 punctuation (™ • … – —): not UTF-8, and no Cyrillic letters in Windows-1251 either.
        byte[] latin1 = {'n', ',', 'c', '\n', (byte) 0x99, ',', (byte) 0x95, (byte) 0x85, (byte) 0x96, (byte) 0x97, '\n'};
        assertThat(Sniffer.sniff(utf8, utf8.length, true).encoding()).isEqualTo(ResourceEncoding.UTF_8);
        assertThat(Sniffer.sniff(bom, bom.length, true).encoding()).isEqualTo(ResourceEncoding.UTF_8_BOM);
        assertThat(Sniffer.sniff(cp1251, cp1251.length, true).encoding()).isEqualTo(ResourceEncoding.WINDOWS_1251);
        assertThat(Sniffer.sniff(latin1, latin1.length, true).encoding()).isEqualTo(ResourceEncoding.UNKNOWN);
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
        assertThat(Sniffer.sniff(utf16, utf16.length, true).encoding()).isEqualTo(ResourceEncoding.UTF_16);
    }

    @Test
    void aCharacterCutByTheEndOfThePrefixIsNotAnError() {
        byte[] b = "a,b\nК".getBytes(StandardCharsets.UTF_8); // К is two bytes; drop the last
        assertThat(Sniffer.sniff(b, b.length - 1, false).encoding()).isEqualTo(ResourceEncoding.UTF_8);
        assertThat(Sniffer.sniff(b, b.length - 1, true).encoding()).isNotEqualTo(ResourceEncoding.UTF_8);
    }

    /** Hostile prefixes: random bytes, and ZIP headers with random lengths, never make the sniffer throw. */
    @Test
    void hostileBytesNeverThrow() {
        java.util.Random random = new java.util.Random(835);
        for (int i = 0; i < 5_000; i++) {
            byte[] b = new byte[random.nextInt(400)];
            random.nextBytes(b);
            if (i % 2 == 0 && b.length >= 4) {
                b[0] = 'P';
                b[1] = 'K';
                b[2] = 3;
                b[3] = 4;
                if (b.length > 40 && i % 4 == 0) {
                    System.arraycopy("mimetype".getBytes(StandardCharsets.US_ASCII), 0, b, 30, 8);
                    b[26] = 8;
                    b[27] = 0;
                    b[8] = 0;
                    b[9] = 0;
                }
            }
            int len = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            Sniffer.Sniff s = Sniffer.sniff(b, len, random.nextBoolean());
            assertThat(s.format()).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0} declared as {1}: contradicts = {2}")
    @CsvSource({
        "PDF, XLSX, true", "ZIP, XLSX, true", "XLSX, ZIP, false", "XLSX, XLSX, false", "XLSX, CSV, true",
        "CSV, CSV, false", "CSV, TSV, false", "TEXT, CSV, false", "JSON, API, false", "XML, RDF, false",
        "HTML, CSV, true", "OLE2, XLS, false", "OLE2, DOC, false", "OLE2, XLSX, true", "GZIP, GZ, false",
        "BINARY, PDF, false", "BINARY, CSV, true", "EMPTY, CSV, true", "ODS, ODS, false", "DOCX, DOC, true"})
    void contradiction(ResourceFormat found, KnownFormat declared, boolean contradicts) {
        assertThat(found.contradicts(declared)).isEqualTo(contradicts);
    }

    private static Arguments arguments(String name, byte[] bytes, ResourceFormat expected) {
        return Arguments.of(Named.of(name, bytes), expected);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8Bom(String s) {
        byte[] body = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** An OpenDocument file: a stored {@code mimetype} entry first. */
    private static byte[] odf(String mimetype) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bytes)) {
            byte[] m = mimetype.getBytes(StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry e = new java.util.zip.ZipEntry("mimetype");
            e.setMethod(java.util.zip.ZipEntry.STORED);
            e.setSize(m.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(m);
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(m);
            z.closeEntry();
            z.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            z.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }
}
