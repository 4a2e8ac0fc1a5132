package ua.opendata.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.StructureField;

/**
 * The checker on bytes, at the places a byte scanner breaks: cells and characters cut by the end
 * of the read buffer, quoted cells with doubled quotes and line ends, CRLF cut between CR and LF,
 * the BOM, invalid UTF-8 across a buffer end, Windows-1251 found late, and the file size limit.
 * Every file is read with read buffers from 16 to 48 bytes and a stream that hands out one byte
 * at a time, and must give the same report as with the default buffer.
 */
class ContentCheckerBytesTest {

    static final DataStructure STRUCTURE = new DataStructure(null, List.of(
            new StructureField("id", null, null, "integer", true),
            new StructureField("name", null, null, "string", true),
            new StructureField("date", null, null, "date", false),
            new StructureField("url", null, null, "anyURI", false)));
    static final DataStructure THREE = new DataStructure(null, STRUCTURE.fields().subList(0, 3));

    static IntStream buffers() {
        return IntStream.rangeClosed(16, 48);
    }

    private static ContentReport check(byte[] file, int buffer) throws IOException {
        return check(file, buffer, STRUCTURE);
    }

    private static ContentReport check(byte[] file, int buffer, @Nullable DataStructure structure) throws IOException {
        return ContentCheckerEquivalenceTest.check(ContentChecker.builder().readBuffer(buffer).build(),
                new ContentCheckerEquivalenceTest.Trickle(file, new Random(buffer)), "t.csv", structure);
    }

    private static ContentReport check(byte[] file) throws IOException {
        return ContentChecker.defaults().check(new ByteArrayInputStream(file), "t.csv", STRUCTURE);
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            out.writeBytes(p instanceof byte[] ? (byte[]) p : ((String) p).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static final byte[] MIXED = bytes("\uFEFFid,name,date,url\r\n",
            "1,\"Ліцей \"\"Світанок\"\", м. Київ\",2026-03-31,https://data.gov.ua/dataset/x\r\n",
            "2,Школа,2026-3-31,https://міськрада.укр/ліцей\r\n",
            "x3,\"два\r\nрядки\",\"20\"\"26\",data.gov.ua\r\n",
            "4,", new byte[] {(byte) 0xD0, (byte) 0x28}, "ab,2024-02-29,\r\n",
            "5,\u3000,не застосовується,http://a\r\n");

    @ParameterizedTest(name = "buffer {0}")
    @MethodSource("buffers")
    void cutAnywhereTheReportIsTheSame(int buffer) throws IOException {
        assertThat(check(MIXED, buffer)).isEqualTo(check(MIXED));
    }

    @Test
    void whatTheMixedFileHolds() throws IOException {
        ContentReport r = check(MIXED);
        assertThat(r.bom()).isTrue();
        assertThat(r.rows()).isEqualTo(5);
        assertThat(r.problems()).extracting(ContentProblem::row, ContentProblem::column, ContentProblem::code,
                ContentProblem::excerpt).containsExactly(
                        tuple(3L, 3, "CONTENT-DATE", "2026-3-31"),
                        tuple(4L, 1, "CONTENT-INTEGER", "x3"),
                        tuple(4L, 3, "CONTENT-DATE", "20\"26"),
                        tuple(4L, 4, "CONTENT-URL", "data.gov.ua"),
                        tuple(6L, 2, "CSV-BAD-ENCODING", null),
                        tuple(7L, 2, "CONTENT-REQUIRED", "\u3000"));
    }

    @Test
    void quotedCellsWithDoubledQuotesAndLineEnds() throws IOException {
        byte[] file = bytes("id,name,date\n1,\"a \"\"b\"\"\nc\",\"2026\"\"-01-01\"\n2,\"\"\"\",2026-01-01\n");
        for (int buffer = 16; buffer <= 40; buffer++) {
            ContentReport r = check(file, buffer, THREE);
            assertThat(r.problems()).extracting(ContentProblem::row, ContentProblem::code, ContentProblem::excerpt)
                    .as("buffer %d", buffer)
                    .containsExactly(tuple(2L, "CONTENT-DATE", "2026\"-01-01"));
            assertThat(r.rows()).isEqualTo(2);
        }
    }

    @Test
    void crlfCutBetweenCrAndLfCountsOneLine() throws IOException {
        // with a 16-byte buffer the CR of the header ends the first buffer
        byte[] file = bytes("id,name,date,u\r\n", "1,a,2026-01-01,\r\n", "2,b,bad,\r\n", "3,c,\"x\r\ny\",\r\n", "4,d,bad,\n");
        for (int buffer = 16; buffer <= 40; buffer++) {
            ContentReport r = check(file, buffer, THREE);
            assertThat(r.problems()).extracting(ContentProblem::row, ContentProblem::code).as("buffer %d", buffer)
                    .containsExactly(tuple(1L, "CONTENT-EXTRA-COLUMN"),
                            tuple(3L, "CONTENT-DATE"), tuple(4L, "CONTENT-DATE"), tuple(6L, "CONTENT-DATE"));
        }
    }

    @Test
    void aCharacterCutByTheBufferIsNoProblemButABadSequenceIsOne() throws IOException {
        for (int buffer = 16; buffer <= 40; buffer++) {
            for (int pad = 0; pad < 8; pad++) {
                String filler = "x".repeat(pad);
                // the BOM decides UTF-8 (without it, the look-ahead would take the bad file for Windows-1251)
                byte[] good = bytes("\uFEFFid,name\n1,", filler, "Ґудзь і Єва\n");
                byte[] bad = bytes("\uFEFFid,name\n1,", filler, "Ґ", new byte[] {(byte) 0xD0}, "x\n2,ok\n");
                ContentReport g = check(good, buffer, null);
                ContentReport b = check(bad, buffer, null);
                assertThat(g.problems()).as("buffer %d pad %d", buffer, pad).isEmpty();
                assertThat(b.problems()).extracting(ContentProblem::row, ContentProblem::column, ContentProblem::code)
                        .as("buffer %d pad %d", buffer, pad).containsExactly(tuple(2L, 2, "CSV-BAD-ENCODING"));
                assertThat(b.charset()).isEqualTo(StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void badUtf8InsideLongQuotedCellsIsFoundWithTheDefaultBuffer() throws IOException {
        byte[] file = bytes("\uFEFFid,name\n",
                "1,\"Відділ культури, туризму та спорту\"\n",
                "2,\"Відділ культури", new byte[] {(byte) 0xD0}, "x, туризму \"\"та\"\" спорту\"\n",
                "3,\"КП \"\"Київ", new byte[] {(byte) 0xD1}, "\"\"теплоенерго\"\n",
                "4,Відділ культури", new byte[] {(byte) 0xC0, (byte) 0xAF}, " туризму та спорту\n");
        ContentReport r = ContentChecker.defaults().check(new ByteArrayInputStream(file), "q.csv");
        assertThat(r.problems()).extracting(ContentProblem::row, ContentProblem::column, ContentProblem::code)
                .containsExactly(tuple(3L, 2, "CSV-BAD-ENCODING"), tuple(4L, 2, "CSV-BAD-ENCODING"),
                        tuple(5L, 2, "CSV-BAD-ENCODING"));
    }

    @Test
    void asciiAndNonAsciiCellsAreCheckedAlike() throws IOException {
        byte[] file = bytes("id,name,date,url\n",
                "1,Name,2026-01-01,https://example.org/a\n",
                "2,Назва,2026-01-0١,https://приклад.укр/а\n",
                "3,null,2026-01-01,https://example.org/a b\n",
                "4,\u2003не застосовується\u3000,,\n");
        ContentReport r = check(file, 16);
        assertThat(r.problems()).extracting(ContentProblem::row, ContentProblem::column, ContentProblem::code)
                .containsExactly(tuple(3L, 3, "CONTENT-DATE"), tuple(4L, 2, "CONTENT-REQUIRED"),
                        tuple(4L, 4, "CONTENT-URL"));
        assertThat(r.problems().get(0).excerpt()).isEqualTo("2026-01-0١");
    }

    @Test
    void windows1251FoundAfterTheLookAheadIsStillReported() throws IOException {
        Charset cp1251 = Charset.forName("windows-1251");
        StringBuilder ascii = new StringBuilder("id,name,date,url\n");
        int row = 0;
        while (ascii.length() < 70_000) {
            ascii.append(++row).append(",plain,2026-01-01,\n");
        }
        byte[] file = bytes(ascii.toString(), ("0,Управління,31.12.2025р,\n").getBytes(cp1251));
        for (int buffer : new int[] {16, 1 << 10, 1 << 20}) {
            ContentReport r = check(file, buffer, STRUCTURE);
            assertThat(r.charset()).isEqualTo(cp1251);
            assertThat(r.problems()).extracting(ContentProblem::code, ContentProblem::excerpt)
                    .containsExactly(tuple("CONTENT-DATE", "31.12.2025р"), tuple("CONTENT-ENCODING-1251", null));
            assertThat(r.rows()).isEqualTo(row + 1);
        }
        ContentReport early = ContentChecker.defaults().check(new ByteArrayInputStream(
                "id,name\n1,Управління освіти\n".getBytes(cp1251)), "w.csv");
        assertThat(early.problems()).extracting(ContentProblem::code).containsExactly("CONTENT-ENCODING-1251");
    }

    @Test
    void aBomCutFromItsFileIsStillABom() throws IOException {
        byte[] file = bytes("\uFEFFid,name\n1,a\n");
        ContentReport r = ContentChecker.builder().readBuffer(16).build()
                .check(new ContentCheckerEquivalenceTest.Trickle(file, new Random(3)), "b.csv");
        assertThat(r.bom()).isTrue();
        assertThat(r.header()).containsExactly("id", "name");
        assertThat(r.passed()).isTrue();
    }

    @Test
    void aRecordLongerThanTheBufferGrowsIt() throws IOException {
        String longName = "Довга назва ".repeat(100);
        byte[] file = bytes("id,name,date\n1,\"" + longName + "\",bad\n2,b,2026-01-01\n");
        ContentReport r = check(file, 16, THREE);
        assertThat(r.problems()).extracting(ContentProblem::row, ContentProblem::column, ContentProblem::code)
                .containsExactly(tuple(2L, 3, "CONTENT-DATE"));
        assertThat(r.rows()).isEqualTo(2);
    }

    @Test
    void theSizeLimitChecksEverythingUpToItThenStops() throws IOException {
        byte[] file = bytes("id,name\n1,a\nx,b\n3,c\nx,d\n");
        int limit = "id,name\n1,a\nx,b\n".length();
        for (int buffer = 16; buffer <= 24; buffer++) {
            ContentReport r = ContentChecker.builder().readBuffer(buffer).maxFileBytes(limit).build()
                    .check(new ByteArrayInputStream(file), "big.csv", STRUCTURE);
            assertThat(r.problemCounts()).as("buffer %d", buffer)
                    .containsEntry("CONTENT-INTEGER", 1L).containsEntry("CSV-FILE-TOO-LARGE", 1L);
            assertThat(r.bytes()).isEqualTo(limit + 1);
        }
        ContentReport fits = ContentChecker.builder().maxFileBytes(file.length).build()
                .check(new ByteArrayInputStream(file), "fits.csv", STRUCTURE);
        assertThat(fits.problemCounts()).doesNotContainKey("CSV-FILE-TOO-LARGE").containsEntry("CONTENT-INTEGER", 2L);
    }
}
