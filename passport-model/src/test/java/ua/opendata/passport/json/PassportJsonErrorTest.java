package ua.opendata.passport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PassportJsonErrorTest {

    private static final PassportJson JSON = PassportJson.defaults();

    /**
     * A document with one problem: where it is (the first occurrence of {@code marker} in the
     * one-line text), its JSON path, and how the English message starts.
     */
    record Case(String name, boolean register, String json, String marker, String path, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> passportCases() {
        return Stream.of(
                new Case("size given as text", false,
                        "{\"distributions\": [{\"url\": \"https://a.ua/x\"}, {\"sizeBytes\": \"12 KB\"}]}",
                        "\"12 KB\"", "$.distributions[1].sizeBytes",
                        "expected a whole number, found a string; write a whole number without quotes"),
                new Case("fractional size", false, "{\"distributions\": [{\"sizeBytes\": 1.5}]}", "1.5",
                        "$.distributions[0].sizeBytes", "expected a whole number, found a fractional number"),
                new Case("size beyond long", false, "{\"distributions\": [{\"sizeBytes\": 99999999999999999999}]}",
                        "9999", "$.distributions[0].sizeBytes",
                        "the number 99999999999999999999 is too large; the largest allowed is 9223372036854775807"),
                new Case("unknown root property", false, "{\"title\": \"x\", \"titel\": \"y\"}", "\"titel\"",
                        "$.titel", "unknown property 'titel'; remove it or correct its name (allowed: schemaVersion, "
                                + "identifier, title,"),
                new Case("unknown nested property", false, "{\"publisher\": {\"name\": \"x\", \"code\": \"1\"}}",
                        "\"code\"", "$.publisher.code", "unknown property 'code'; remove it or correct its name "
                                + "(allowed: name, edrpou)"),
                new Case("type hint is just unknown", false, "{\"@class\": \"java.lang.Runtime\"}", "\"@class\"",
                        "$['@class']", "unknown property '@class'"),
                new Case("duplicate property", false, "{\"title\": \"a\", \"title\": \"b\"}", "\"title\": \"b",
                        "$.title", "duplicate property 'title'; keep only one of them"),
                new Case("duplicate extra", false, "{\"extras\": {\"a b\": \"1\", \"a b\": \"2\"}}", "\"a b\": \"2",
                        "$.extras['a b']", "duplicate property 'a b'"),
                new Case("date-time without offset", false, "{\"firstPublished\": \"2024-03-01T09:30:00\"}",
                        "\"2024", "$.firstPublished", "'2024-03-01T09:30:00' is not an ISO-8601 date and time with "
                                + "an offset; write it as 2024-05-01T10:15:30+03:00"),
                new Case("date in Ukrainian style", false, "{\"dataAsOf\": \"01.07.2024\"}", "\"01", "$.dataAsOf",
                        "'01.07.2024' is not an ISO-8601 date; write it as 2024-05-01"),
                new Case("order date", false, "{\"responsiblePerson\": {\"order\": {\"date\": \"2024-02-30\"}}}",
                        "\"2024", "$.responsiblePerson.order.date", "'2024-02-30' is not an ISO-8601 date"),
                new Case("null keyword", false, "{\"keywords\": [\"a\", null]}", "null", "$.keywords[1]",
                        "expected a string, found null; write the value in double quotes"),
                new Case("keywords as one string", false, "{\"keywords\": \"a, b\"}", "\"a, b\"", "$.keywords",
                        "expected an array, found a string; write a list in square brackets"),
                new Case("null distribution", false, "{\"distributions\": [null]}", "null", "$.distributions[0]",
                        "expected an object, found null"),
                new Case("structure field required as text", false,
                        "{\"structure\": {\"fields\": [{\"name\": \"a\", \"required\": \"так\"}]}}", "\"так\"",
                        "$.structure.fields[0].required", "expected true or false, found a string"),
                new Case("extra value not text", false, "{\"extras\": {\"n\": 5}}", "5", "$.extras.n",
                        "expected a string, found a whole number"),
                new Case("schema version as text", false, "{\"schemaVersion\": \"1\"}", "\"1\"", "$.schemaVersion",
                        "expected a whole number, found a string"),
                new Case("schema version zero", false, "{\"schemaVersion\": 0}", "0", "$.schemaVersion",
                        "schemaVersion 0 does not exist; write 1 (or leave it out)"),
                new Case("newer schema hides other problems", false, "{\"newThing\": 1, \"schemaVersion\": 2}", "2}",
                        "$.schemaVersion", "schemaVersion 2 is newer than this version of ua-opendata reads (up to 1);"
                                + " upgrade ua-opendata, or write the document with schemaVersion 1"),
                new Case("newer register schema", true, "{\"schemaVersion\": 3, \"entries\": [{\"x\": 1}]}", "3,",
                        "$.schemaVersion", "schemaVersion 3 is newer than this version of ua-opendata reads (up to 1)"),
                new Case("huge schema version", false, "{\"schemaVersion\": 123456789012345678901234567890}", "1234",
                        "$.schemaVersion", "schemaVersion 123456789012345678901234567890 is newer than"),
                new Case("root is an array", false, "[]", "[", "$", "expected an object, found an array"),
                new Case("root is null", false, "null", "null", "$", "expected an object, found null"),
                new Case("unknown entry status", true, "{\"entries\": [{\"status\": \"done\"}]}", "\"done\"",
                        "$.entries[0].status", "unknown status 'done'; use one of planned, published, restricted, "
                                + "withdrawn"),
                new Case("undeclared extra column", true,
                        "{\"entries\": [{\"extraColumns\": {\"Відділ\": \"1\"}}], \"extraColumns\": []}", "{\"extraC",
                        "$.entries[0].extraColumns['Відділ']", "the cell is for column 'Відділ', which is not "
                                + "declared; add 'Відділ' to $.extraColumns or remove the cell"),
                new Case("extra column declared twice", true, "{\"extraColumns\": [\"A\", \"A\"]}", "\"A\"]",
                        "$.extraColumns[1]", "the column 'A' is declared twice"),
                new Case("entry publisher as text", true, "{\"entries\": [{\"publisher\": \"ЩМВА\"}]}", "\"ЩМВА\"",
                        "$.entries[0].publisher", "expected an object, found a string"),
                new Case("trailing content", false, "{} {}", "{}", "$",
                        "unexpected content after the end of the document"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passportCases")
    void problemIsReportedWithItsPlace(Case c) {
        PassportJsonException e = assertThrows(PassportJsonException.class, () -> read(c, "doc.json"));
        int column = c.name().equals("trailing content") ? c.json().lastIndexOf(c.marker()) + 1
                : c.json().indexOf(c.marker()) + 1;
        assertThat(e.problems()).hasSize(1);
        assertThat(e.sourceName()).isEqualTo("doc.json");
        assertThat(e.jsonPath()).isEqualTo(c.path());
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.getMessage()).startsWith("doc.json:1:" + column + ": " + c.path() + ": " + c.message());
        assertThat(e.getMessage(Locale.forLanguageTag("uk"))).startsWith("doc.json:1:" + column + ": " + c.path() + ": ")
                .isNotEqualTo(e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passportCases")
    void sameProblemFromStreams(Case c) {
        PassportJsonException e = assertThrows(PassportJsonException.class, () -> {
            InputStream in = new ByteArrayInputStream(c.json().getBytes(StandardCharsets.UTF_8));
            if (c.register()) {
                JSON.readRegister(in, "doc.json");
            } else {
                JSON.readPassport(in, "doc.json");
            }
        });
        assertThat(e.jsonPath()).isEqualTo(c.path());
        assertThat(e.problems().get(0).messageEn()).startsWith(c.message());
    }

    @Test
    void ukrainianMessageNamesTheSameProblem() {
        PassportJsonException e = assertThrows(PassportJsonException.class, () -> JSON.passportFromJson(
                "{\"distributions\": [{}, {\"sizeBytes\": \"12 KB\"}]}", "passport.json"));
        assertThat(e.getMessage(Locale.forLanguageTag("uk"))).isEqualTo("passport.json:1:38: "
                + "$.distributions[1].sizeBytes: очікується: ціле число; знайдено: рядок; запишіть ціле число без "
                + "лапок, напр. 12345");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(e.getMessage());
    }

    @Test
    void allProblemsAreCollectedInDocumentOrder() {
        String doc = """
                {
                  "title": 5,
                  "keywords": ["a", 7],
                  "unknown": {"deep": [1, 2]},
                  "dataAsOf": "вчора",
                  "distributions": [{"sizeBytes": "many"}]
                }
                """;
        PassportJsonException e = assertThrows(PassportJsonException.class, () -> JSON.passportFromJson(doc, "p"));
        assertThat(e.problems()).extracting(PassportJsonException.Problem::path).containsExactly("$.title",
                "$.keywords[1]", "$.unknown", "$.dataAsOf", "$.distributions[0].sizeBytes");
        assertThat(e.problems()).extracting(PassportJsonException.Problem::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(e.getMessage().lines()).hasSize(5);
        assertThat(e.getMessage().lines().toList().get(2)).startsWith("p:4:3: $.unknown: unknown property 'unknown'");
    }

    @Test
    void malformedJsonKeepsTheJacksonCauseAndEarlierProblems() {
        String doc = "{\"title\": 5,\n \"description\": \"x\",}";
        PassportJsonException e = assertThrows(PassportJsonException.class, () -> JSON.passportFromJson(doc, "p"));
        assertThat(e.getCause()).isInstanceOf(JsonProcessingException.class);
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0).path()).isEqualTo("$.title");
        assertThat(e.problems().get(1).line()).isEqualTo(2);
        assertThat(e.problems().get(1).column()).isEqualTo(doc.length() - doc.indexOf('\n') - 1); // the closing brace
        assertThat(e.problems().get(1).messageEn()).startsWith("malformed JSON: ").endsWith("; fix the syntax at "
                + "this place");
    }

    @Test
    void truncatedDocumentIsMalformed() {
        assertThatThrownBy(() -> JSON.passportFromJson("{\"title\": \"x\"", "p"))
                .isInstanceOf(PassportJsonException.class).hasMessageStartingWith("p:1:")
                .hasMessageContaining("malformed JSON: ");
    }

    @Test
    void emptyInputIsReported() {
        assertThatThrownBy(() -> JSON.passportFromJson("", "p")).isInstanceOf(PassportJsonException.class)
                .hasMessageContaining("the input is empty");
        assertThatThrownBy(() -> JSON.readRegister(new ByteArrayInputStream(new byte[0]), "r"))
                .isInstanceOf(PassportJsonException.class).hasMessageContaining("the input is empty");
    }

    @Test
    void inputSizeIsLimited() {
        PassportJson small = PassportJson.builder().maxInputBytes(100).build();
        String doc = "{\"title\": \"" + "щ".repeat(60) + "\"}"; // 75 characters, 135 bytes
        PassportJsonException e = assertThrows(PassportJsonException.class,
                () -> small.readPassport(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "big.json"));
        assertThat(e.getMessage()).isEqualTo("big.json: $: the input is larger than 100 bytes; split it or raise "
                + "maxInputBytes in PassportJson.builder()");
        assertThat(e.line()).isZero();
        assertThat(small.passportFromJson(doc, "text").title()).hasSize(60);
        assertThatThrownBy(() -> small.passportFromJson(doc + " ".repeat(30), "text"))
                .hasMessageContaining("larger than 100 bytes");
        assertThat(PassportJson.defaults().maxInputBytes()).isEqualTo(16L * 1024 * 1024);
    }

    @Test
    void nestingDepthIsLimited() {
        String deep = "{\"x\": " + "[".repeat(40) + "]".repeat(40) + "}";
        PassportJsonException e = assertThrows(PassportJsonException.class, () -> JSON.passportFromJson(deep, "d"));
        assertThat(e.getMessage()).contains("exceeds a safety limit").contains("32");
        String shallow = "{\"x\": " + "[".repeat(20) + "]".repeat(20) + "}";
        assertThatThrownBy(() -> JSON.passportFromJson(shallow, "d")).hasMessageContaining("unknown property 'x'");
    }

    @Test
    void stringLengthIsLimited() {
        PassportJson strict = PassportJson.builder().maxStringLength(4000).build();
        String doc = "{\"description\": \"" + "д".repeat(5000) + "\"}";
        assertThatThrownBy(() -> strict.passportFromJson(doc, "s")).isInstanceOf(PassportJsonException.class)
                .hasMessageContaining("exceeds a safety limit");
        assertThat(JSON.passportFromJson(doc, "s").description()).hasSize(5000);
    }

    @Test
    void builderRefusesUselessLimits() {
        assertThatThrownBy(() -> PassportJson.builder().maxInputBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PassportJson.builder().maxNestingDepth(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PassportJson.builder().maxStringLength(10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingFileIsReportedByName(@TempDir Path dir) {
        Path missing = dir.resolve("нема.json");
        assertThatThrownBy(() -> JSON.readPassport(missing)).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage(missing + ": $: the file does not exist; check the path");
    }

    @Test
    void malformedUtf8IsReported() {
        byte[] bytes = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'};
        assertThatThrownBy(() -> JSON.readPassport(new ByteArrayInputStream(bytes), "bad.json"))
                .isInstanceOf(PassportJsonException.class).hasMessageContaining("malformed JSON");
    }

    private static Object read(Case c, String source) {
        return c.register() ? JSON.registerFromJson(c.json(), source) : JSON.passportFromJson(c.json(), source);
    }
}
