package ua.opendata.passport.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ua.opendata.passport.PassportException;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;

class RegisterCsvWriterTest {

    private static final String HEADER = "identifier,title,description,accrualPeriodicity,keyword,purpose,landingPage,"
            + "distributionFormat,publisherName,publisherIdentifier,contactPointFn,contactPointHasEmail,status,"
            + "annexDataset,restrictionBasis,restrictedSince,responsiblePerson,nextUpdateDue";

    private static String write(RegisterCsvWriter writer, Register register) {
        StringWriter out = new StringWriter();
        writer.write(register, out);
        return out.toString();
    }

    private static Register titled(String title) {
        return Register.of(List.of(RegisterEntry.builder().identifier("d").title(title).build()));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"a,b", "say \"hi\"", "two\nlines", "cr\ronly", " leading", "trailing ", "\ttab"})
    void quotesCellsThatNeedIt(String title) {
        String text = write(RegisterCsvWriter.builder().bom(false).build(), titled(title));
        assertThat(text.lines().skip(1).findFirst().orElseThrow())
                .startsWith("d,\"" + title.replace("\"", "\"\"").lines().findFirst().orElseThrow());
        assertThat(RegisterCsvReader.defaults().read(new java.io.ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)), "t").register()).isEqualTo(titled(title));
    }

    @Test
    void leavesOtherCellsAsTheyAre() {
        String text = write(RegisterCsvWriter.builder().bom(false).delimiter(';').lineSeparator("\n").build(),
                titled("=SUM(A1), «Назва»; no"));
        assertThat(text).isEqualTo(HEADER.replace(',', ';') + "\nd;\"=SUM(A1), «Назва»; no\"" + ";".repeat(16) + "\n");
        String commas = write(RegisterCsvWriter.builder().bom(false).delimiter(';').lineSeparator("\n").build(),
                titled("=SUM(A1), «Назва»"));
        assertThat(commas).endsWith("\nd;=SUM(A1), «Назва»" + ";".repeat(16) + "\n");
    }

    @Test
    void writesDatesInTheConfiguredFormat() {
        Register r = Register.of(List.of(RegisterEntry.builder().identifier("d").nextUpdateDue(LocalDate.of(2027, 3, 4))
                .build()));
        assertThat(write(RegisterCsvWriter.builder().bom(false).build(), r)).endsWith(",2027-03-04\r\n");
        assertThat(write(RegisterCsvWriter.builder().bom(false).dateFormat(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                .build(), r)).endsWith(",04.03.2027\r\n");
        assertThat(write(RegisterCsvWriter.defaults(), r)).startsWith("\uFEFFidentifier,");
    }

    @Test
    void builderRefusesSettingsTheReaderCannotReadBack() {
        assertThatThrownBy(() -> RegisterCsvWriter.builder().delimiter('|'))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delimiter");
        assertThatThrownBy(() -> RegisterCsvWriter.builder().lineSeparator("\r"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lineSeparator");
        assertThatThrownBy(() -> RegisterCsvWriter.builder().dateFormat(DateTimeFormatter.ofPattern("MM/dd/yyyy")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("01/02/2026")
                .hasMessageContaining("cannot read back");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"title", "Назва", "  Примітка", "", "PUBLISHERPREFLABEL"})
    void refusesFurtherColumnsThatWouldNotReadBackAsThemselves(String header, @TempDir Path dir) throws IOException {
        Register r = new Register(List.of(RegisterEntry.builder().identifier("d").putExtraColumn(header, "v").build()),
                List.of(header));
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> RegisterCsvWriter.defaults().write(r, file))
                .isInstanceOf(PassportException.class).hasMessageContaining("further column '" + header + "'")
                .hasMessageContaining("Rename");
        assertThat(Files.readString(file)).isEqualTo("old");
    }

    @Test
    void aFailureMidWayLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        // a fixed-width year cannot print 10000: the writer fails after many rows are already out
        DateTimeFormatter fixedWidth = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4)
                .appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
                .appendValue(ChronoField.DAY_OF_MONTH, 2).toFormatter();
        RegisterCsvWriter writer = RegisterCsvWriter.builder().dateFormat(fixedWidth).build();
        List<RegisterEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            entries.add(RegisterEntry.builder().identifier("d-" + i).title("Назва набору даних номер " + i)
                    .nextUpdateDue(LocalDate.of(2027, 1, 1)).build());
        }
        entries.add(RegisterEntry.builder().identifier("last").nextUpdateDue(LocalDate.of(10000, 1, 1)).build());
        Path file = dir.resolve("реєстр.csv");
        Files.writeString(file, "old content");
        assertThatThrownBy(() -> writer.write(Register.of(entries), file))
                .isInstanceOf(PassportException.class).hasMessageContaining("реєстр.csv")
                .hasMessageContaining("left unchanged");
        assertThat(Files.readString(file)).isEqualTo("old content");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailingWriterIsReportedAsAnUncheckedIoException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> RegisterCsvWriter.defaults().write(titled("x"), broken))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("disk full");
    }

    @Test
    void writesAtomicallyIntoANewFileAndReplacesAnOldOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub").resolve("r.csv");
        RegisterCsvWriter.defaults().write(titled("перша"), file);
        RegisterCsvWriter.defaults().write(titled("друга"), file);
        assertThat(RegisterCsvReader.defaults().read(file).register()).isEqualTo(titled("друга"));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aDirectoryThatCannotBeCreatedLeavesNothingBehind(@TempDir Path dir) throws IOException {
        Path notADir = dir.resolve("plain-file");
        Files.writeString(notADir, "x");
        assertThatThrownBy(() -> RegisterCsvWriter.defaults().write(titled("t"), notADir.resolve("r.csv")))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("r.csv");
        assertThat(Files.readString(notADir)).isEqualTo("x");
    }
}
