package ua.opendata.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.core.rules.Severity;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.StructureField;

class ContentCheckerTest {

    static final DataStructure STRUCTURE = new DataStructure(null, List.of(
            new StructureField("id", "Ідентифікатор", null, "integer", true),
            new StructureField("name", "Назва", null, "string", true),
            new StructureField("edrpou", "Код ЄДРПОУ", null, "string", false),
            new StructureField("date", "Дата", null, "date", false),
            new StructureField("area", "Площа", null, "number", false),
            new StructureField("url", "Посилання", null, "anyURI", false)));

    private static ContentReport check(String csv, Charset charset) throws IOException {
        return ContentChecker.defaults().check(new ByteArrayInputStream(csv.getBytes(charset)), "test.csv", STRUCTURE);
    }

    @Test
    void aFileThatFollowsItsStructurePasses() throws IOException {
        ContentReport r = check("""
                id,name,edrpou,date,area,url
                1,Школа № 1,14360570,2026-03-31,1234.5,https://example.gov.ua/school-1
                2,"Ліцей \"\"Світанок\"\"",null,,12,https://міськрада.укр/ліцей
                3,Бібліотека,не застосовується,2024-02-29,-0.5,
                """, StandardCharsets.UTF_8);
        assertThat(r.problems()).isEmpty();
        assertThat(r.passed()).isTrue();
        assertThat(r.rows()).isEqualTo(3);
        assertThat(r.header()).containsExactly("id", "name", "edrpou", "date", "area", "url");
        assertThat(r.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(r.delimiter()).isEqualTo(',');
    }

    @Test
    void everyBrokenCellIsReportedWithItsRowAndColumn() throws IOException {
        ContentReport r = check("""
                id;name;edrpou;date;area;extra
                1;Школа;14360571;31.12.2026;"12,5";x
                x;;00032129;2026-02-30;1 000;y
                3;Ліцей;00013480;2026-01-01
                """, StandardCharsets.UTF_8);
        assertThat(r.delimiter()).isEqualTo(';');
        assertThat(r.problems()).extracting(ContentProblem::row, ContentProblem::column, ContentProblem::code)
                .containsExactly(
                        tuple(1L, 0, "CONTENT-MISSING-COLUMN"),
                        tuple(1L, 6, "CONTENT-EXTRA-COLUMN"),
                        tuple(2L, 3, "CONTENT-EDRPOU"),
                        tuple(2L, 4, "CONTENT-DATE"),
                        tuple(2L, 5, "CONTENT-NUMBER"),
                        tuple(3L, 1, "CONTENT-INTEGER"),
                        tuple(3L, 2, "CONTENT-REQUIRED"),
                        tuple(3L, 4, "CONTENT-DATE"),
                        tuple(3L, 5, "CONTENT-NUMBER"),
                        tuple(4L, 0, "CONTENT-ROW-WIDTH"));
        ContentProblem date = r.problems().get(3);
        assertThat(date.header()).isEqualTo("date");
        assertThat(date.excerpt()).isEqualTo("31.12.2026");
        assertThat(date.message().uk()).isEqualTo("«31.12.2026» у стовпці «date» не є датою у форматі РРРР-ММ-ДД.");
        assertThat(date.message().en()).contains("31.12.2026").contains("YYYY-MM-DD");
        assertThat(r.problems().get(0).message().en()).contains("\u201curl\u201d");
        assertThat(r.problems().get(1).severity()).isEqualTo(Severity.WARNING);
        assertThat(r.errorCount()).isEqualTo(9);
        assertThat(r.passed()).isFalse();
    }

    @Test
    void windows1251IsReadAndReported() throws IOException {
        ContentReport r = ContentChecker.defaults().check(new ByteArrayInputStream(
                "id,name\r\n1,Управління освіти і науки\r\n".getBytes(Charset.forName("windows-1251"))), "w.csv");
        assertThat(r.charset().name()).isEqualTo("windows-1251");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CONTENT-ENCODING-1251");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(r.problemCounts()).containsOnlyKeys("CONTENT-ENCODING-1251");
    }

    @Test
    void csvSyntaxProblemsAndEmptyFiles() throws IOException {
        ContentReport unterminated = check("id,name\n1,\"never closed\n", StandardCharsets.UTF_8);
        assertThat(unterminated.problemCounts()).containsKey("CSV-UNTERMINATED-QUOTE");
        ContentReport empty = check("", StandardCharsets.UTF_8);
        assertThat(empty.problems()).extracting(ContentProblem::code).containsExactly("CONTENT-EMPTY");
        ContentReport dup = ContentChecker.defaults().check(
                new ByteArrayInputStream("a,b,A\n1,2,3\n".getBytes(StandardCharsets.UTF_8)), "d.csv");
        assertThat(dup.problems()).extracting(ContentProblem::code).containsExactly("CONTENT-DUPLICATE-COLUMN");
    }

    @Test
    void onlyTheFirstProblemsAreKeptButAllAreCounted() throws IOException {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 0; i < 50; i++) {
            csv.append("x").append(i).append(",n\n");
        }
        ContentReport r = ContentChecker.builder().maxProblemsKept(5).build().check(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "many.csv", STRUCTURE);
        assertThat(r.problems()).hasSize(5);
        assertThat(r.problemCounts()).containsEntry("CONTENT-INTEGER", 50L);
        assertThat(r.errorCount()).isEqualTo(54); // 50 bad ids + 4 missing columns
        assertThat(r.truncated()).isTrue();
    }

    @Test
    void streamsLargeFilesWithoutHoldingThem() throws IOException {
        long rows = 300_000;
        InputStream generated = new InputStream() {
            private final byte[] header = "id,name,date\n".getBytes(StandardCharsets.UTF_8);
            private byte[] current = header;
            private int pos;
            private long row;

            @Override
            public int read() {
                if (pos == current.length) {
                    if (row == rows) {
                        return -1;
                    }
                    row++;
                    current = (row + ",Рядок номер " + row + ",2026-01-" + (1 + row % 28 < 10 ? "0" : "")
                            + (1 + row % 28) + "\n").getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                return current[pos++] & 0xFF;
            }
        };
        ContentReport r = ContentChecker.defaults().check(generated, "generated.csv", new DataStructure(null, List.of(
                new StructureField("id", null, null, "integer", true),
                new StructureField("name", null, null, "string", true),
                new StructureField("date", null, null, "date", true))));
        assertThat(r.rows()).isEqualTo(rows);
        assertThat(r.problems()).isEmpty();
        assertThat(r.bytes()).isGreaterThan(rows * 20);
    }

    @Test
    void checksLocalFiles(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("data.csv");
        Files.writeString(f, "\uFEFFid,name\n1,a\n", StandardCharsets.UTF_8);
        ContentReport r = ContentChecker.defaults().check(f);
        assertThat(r.bom()).isTrue();
        assertThat(r.source()).isEqualTo(f.toString());
        assertThat(r.passed()).isTrue();
    }
}
