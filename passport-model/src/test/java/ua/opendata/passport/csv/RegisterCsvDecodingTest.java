package ua.opendata.passport.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.passport.RegisterEntry;

/**
 * The reader's decoding fast paths (eight and four bytes at a time for ASCII and two-byte UTF-8, and
 * the per-column cache of repeated short values) must give exactly what a plain decoder gives, and
 * report every invalid sequence where it is, also when it repeats.
 */
class RegisterCsvDecodingTest {

    private static final String HEADER = RegisterCsvReaderTest.STANDARD;
    /** Text pieces of every UTF-8 sequence length, Cyrillic most often, as in real registers. */
    private static final String[] PIECES = {"а", "Ї", "є", "ґ", "Щ", "ь", "ю", "Я", "і", " ", "a", "Z", "7", ".",
        "’", "№", "€", "«", "»", "📊", "é", "ß", "ѣ", "ӿ", "\"", ";", ","};

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    private static String randomText(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            // runs of Cyrillic, as in words, so that the eight-byte path is taken at every alignment
            b.append(random.nextInt(4) == 0 ? PIECES[random.nextInt(PIECES.length)] : PIECES[random.nextInt(9)]);
        }
        return b.toString();
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static RegisterReadResult read(byte[] bytes) {
        return RegisterCsvReader.defaults().read(new ByteArrayInputStream(bytes), "test.csv");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void decodesMixedTextAtEveryAlignmentAndCellLength(int seed) {
        Random random = new Random(seed);
        List<String> titles = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        String[] publishers = {"Міська рада", "Виконавчий комітет", "КП «Водоканал»", "ЦНАП", "Рада", "А", "ББ",
            "Управління освіти", "Управління охорони здоров’я", "Відділ культури"};
        for (int row = 0; row < 150; row++) {
            String title = randomText(random, 40).strip();
            String description = randomText(random, 200).strip();
            String publisher = publishers[random.nextInt(row < 80 ? 3 : publishers.length)];
            titles.add(title.isEmpty() ? null : title);
            descriptions.add(description.isEmpty() ? null : description);
            names.add(publisher);
            text.append("d-").append(row).append(',').append(quoted(title)).append(',').append(quoted(description))
                    .append(",once a year,бюджет,Закон,https://data.gov.ua/d-1,CSV,").append(publisher)
                    .append(",04053625,Іван Петренко,ivan@example.gov.ua\n");
        }
        List<RegisterEntry> entries = read(text.toString().getBytes(StandardCharsets.UTF_8)).register().entries();
        assertThat(entries).extracting(RegisterEntry::title).containsExactlyElementsOf(titles);
        assertThat(entries).extracting(RegisterEntry::description).containsExactlyElementsOf(descriptions);
        assertThat(entries).extracting(e -> e.publisher().name()).containsExactlyElementsOf(names);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void unquotedCellsDecodeLikeQuotedOnes(int seed) {
        Random random = new Random(1000 + seed);
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        List<String> titles = new ArrayList<>();
        // more rows than a column's cache trial (64), so that later rows take the one-pass decoder
        for (int row = 0; row < 300; row++) {
            String title = randomText(random, 60).replaceAll("[\",;]", "").strip();
            titles.add(title.isEmpty() ? null : title);
            text.append(RegisterCsvReaderTest.ROW.replace("Бюджет міста", title).replace("d-1", "d-" + row))
                    .append("\r\n");
        }
        assertThat(read(text.toString().getBytes(StandardCharsets.UTF_8)).register().entries())
                .extracting(RegisterEntry::title).containsExactlyElementsOf(titles);
    }

    static Stream<Arguments> overlongInsideCyrillic() {
        return Stream.of(
                Arguments.of(Named.of("C0 80 at the start of an eight-byte word", 0), new byte[] {(byte) 0xC0, (byte) 0x80}),
                Arguments.of(Named.of("C1 BF at the end of an eight-byte word", 3), new byte[] {(byte) 0xC1, (byte) 0xBF}),
                Arguments.of(Named.of("C0 AF in a four-byte step", 5), new byte[] {(byte) 0xC0, (byte) 0xAF}),
                Arguments.of(Named.of("C1 81 alone at the end", 9), new byte[] {(byte) 0xC1, (byte) 0x81}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlongInsideCyrillic")
    void reportsAnOverlongSequenceHiddenInARunOfCyrillic(int lettersBefore, byte[] bad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("\uFEFF" + HEADER + "\n" + RegisterCsvReaderTest.ROW + "\nd-2,").getBytes(StandardCharsets.UTF_8));
        out.writeBytes("Б".repeat(lettersBefore).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(("Д".repeat(9 - lettersBefore) + ",x\n").getBytes(StandardCharsets.UTF_8));
        RegisterFormatException e = catchThrowableOfType(RegisterFormatException.class, () -> read(out.toByteArray()));
        assertThat(e.problems()).extracting(CsvProblem::code, CsvProblem::row, CsvProblem::column)
                .containsExactly(tuple("CSV-BAD-ENCODING", 3, 2));
    }

    /** The files start with a BOM: without one, a small file with invalid UTF-8 is read as Windows-1251. */
    @Test
    void reportsARepeatedInvalidCellOnEveryRow() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("\uFEFF" + HEADER + "\n" + RegisterCsvReaderTest.ROW + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] badName = {(byte) 0xD0, (byte) 0x9C, (byte) 0xFF, (byte) 0xD0, (byte) 0xA0};
        for (int row = 0; row < 5; row++) {
            out.writeBytes(RegisterCsvReaderTest.ROW.substring(0, RegisterCsvReaderTest.ROW.indexOf("Міська рада"))
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(badName);
            out.writeBytes(",04053625,Іван Петренко,ivan@example.gov.ua\n".getBytes(StandardCharsets.UTF_8));
        }
        RegisterFormatException e = catchThrowableOfType(RegisterFormatException.class, () -> read(out.toByteArray()));
        assertThat(e.problems()).extracting(CsvProblem::code, CsvProblem::row, CsvProblem::column)
                .containsExactly(tuple("CSV-BAD-ENCODING", 3, 9), tuple("CSV-BAD-ENCODING", 4, 9),
                        tuple("CSV-BAD-ENCODING", 5, 9), tuple("CSV-BAD-ENCODING", 6, 9),
                        tuple("CSV-BAD-ENCODING", 7, 9));
    }

    @Test
    void aColumnThatStopsRepeatingAndStartsAgainStillReadsRight() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        List<String> names = new ArrayList<>();
        for (int row = 0; row < 300; row++) {
            // first unique names (the column's cache gives up), then a handful repeated
            String name = row < 100 ? "Рада № " + row : "Рада № " + (row % 3);
            names.add(name);
            text.append(RegisterCsvReaderTest.ROW.replace("Міська рада", name).replace("d-1", "d-" + row)).append('\n');
        }
        assertThat(read(text.toString().getBytes(StandardCharsets.UTF_8)).register().entries())
                .extracting(e -> e.publisher().name()).containsExactlyElementsOf(names);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void longUnquotedCellsAcrossBufferEndsDecodeRight(int seed) {
        Random random = new Random(2000 + seed);
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        List<String> titles = new ArrayList<>();
        for (int row = 0; row < 400; row++) { // about 250 KB: cells cross the reader's 64 KB buffer ends
            String title = (randomText(random, 300) + "📊").replaceAll("[\",;]", "").strip();
            titles.add(title);
            text.append(RegisterCsvReaderTest.ROW.replace("Бюджет міста", title).replace("d-1", "d-" + row))
                    .append(row % 2 == 0 ? "\n" : "\r\n");
        }
        assertThat(read(text.toString().getBytes(StandardCharsets.UTF_8)).register().entries())
                .extracting(RegisterEntry::title).containsExactlyElementsOf(titles);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ua.opendata.passport.csv.RegisterCsvReaderTest#invalidUtf8")
    void reportsInvalidUtf8LateInAColumnOfUniqueCells(byte[] bad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("\uFEFF" + HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        for (int row = 0; row < 200; row++) { // past the column cache's trial: the one-pass decoder reads these
            out.writeBytes((RegisterCsvReaderTest.ROW.replace("Бюджет міста", "Бюджет міста № " + row)
                    .replace("d-1", "d-" + row) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("d-x,Бюджет ".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(" міста,x\n".getBytes(StandardCharsets.UTF_8));
        RegisterFormatException e = catchThrowableOfType(RegisterFormatException.class, () -> read(out.toByteArray()));
        assertThat(e.problems()).extracting(CsvProblem::code, CsvProblem::row, CsvProblem::column)
                .containsExactly(tuple("CSV-BAD-ENCODING", 202, 2));
    }
}
