package ua.opendata.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.csv.RegisterCsvWriter;
import ua.opendata.passport.json.PassportJson;
import ua.opendata.passport.xlsx.RegisterXlsxReader;
import ua.opendata.passport.xlsx.RegisterXlsxWriter;

/** Every reader, writer and codec of the model gives back its settings with {@code toBuilder()}. */
class OptionsToBuilderTest {

    @Test
    void csvReaderKeepsItsLimitsAndStaysUnchanged() {
        RegisterCsvReader r = RegisterCsvReader.builder().maxFileBytes(10).maxCellBytes(20).maxColumns(30)
                .maxRows(40).build();
        assertThat(r.toBuilder().build()).hasToString(
                "RegisterCsvReader[maxFileBytes=10, maxCellBytes=20, maxColumns=30, maxRows=40]");
        RegisterCsvReader changed = r.toBuilder().maxRows(5).build();
        assertThat(changed).hasToString(
                "RegisterCsvReader[maxFileBytes=10, maxCellBytes=20, maxColumns=30, maxRows=5]");
        assertThat(r.toString()).endsWith("maxRows=40]");
        assertThat(RegisterCsvReader.defaults().toBuilder().build()).hasToString(RegisterCsvReader.defaults().toString());
    }

    @Test
    void csvWriterKeepsItsDialectAndDateFormat() {
        RegisterCsvWriter w = RegisterCsvWriter.builder().delimiter(';').bom(false).lineSeparator("\n")
                .dateFormat(DateTimeFormatter.ofPattern("dd.MM.yyyy")).build();
        RegisterCsvWriter copy = w.toBuilder().build();
        assertThat(copy).hasToString("RegisterCsvWriter[delimiter=;, bom=false, lineSeparator=LF]");
        Register register = Register.of(List.of(RegisterEntry.builder().identifier("a")
                .nextUpdateDue(LocalDate.of(2026, 3, 1)).build()));
        java.io.StringWriter a = new java.io.StringWriter();
        java.io.StringWriter b = new java.io.StringWriter();
        w.write(register, a);
        copy.write(register, b);
        assertThat(b.toString()).isEqualTo(a.toString()).contains("01.03.2026");
        assertThat(w.toBuilder().delimiter('\t').build().toString()).contains("delimiter=TAB");
        assertThat(w.toString()).contains("delimiter=;");
    }

    @Test
    void xlsxReaderKeepsItsSheetAndLimits() {
        RegisterXlsxReader r = RegisterXlsxReader.builder().sheet("Аркуш").maxRows(7).maxEntries(9).build();
        assertThat(r.toBuilder().build()).hasToString(r.toString());
        assertThat(r.toString()).contains("sheet=Аркуш", "maxRows=7", "maxEntries=9");
        assertThat(r.toBuilder().firstSheet().build().toString()).contains("sheet=(first)", "maxRows=7");
        assertThat(r.toString()).contains("sheet=Аркуш");
        assertThatThrownBy(() -> RegisterXlsxReader.builder().sheet(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void xlsxWriterKeepsItsSheet() {
        RegisterXlsxWriter w = RegisterXlsxWriter.builder().sheet("Реєстр 2026").build();
        assertThat(w.toBuilder().build()).hasToString("RegisterXlsxWriter[sheet=Реєстр 2026]");
        assertThat(RegisterXlsxWriter.defaults().toBuilder().build())
                .hasToString("RegisterXlsxWriter[sheet=" + RegisterXlsxWriter.DEFAULT_SHEET + "]");
    }

    @Test
    void jsonCodecKeepsItsLimits() {
        PassportJson j = PassportJson.builder().maxInputBytes(1000).maxNestingDepth(9).maxStringLength(5000).build();
        PassportJson copy = j.toBuilder().build();
        assertThat(copy.maxInputBytes()).isEqualTo(1000);
        assertThat(copy.maxNestingDepth()).isEqualTo(9);
        assertThat(copy.maxStringLength()).isEqualTo(5000);
        assertThat(j.toBuilder().maxInputBytes(2000).build().maxInputBytes()).isEqualTo(2000);
        assertThat(j.maxInputBytes()).isEqualTo(1000);
    }
}
