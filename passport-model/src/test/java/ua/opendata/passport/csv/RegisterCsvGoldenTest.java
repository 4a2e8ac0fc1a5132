package ua.opendata.passport.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.KnownFormat;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.Restriction;
import ua.opendata.passport.UpdateFrequency;

/** The golden register: read gives the register built here; writing that register gives the file byte for byte. */
class RegisterCsvGoldenTest {

    private static final String GOLDEN = "/csv/register-golden.csv";

    static Register expected() {
        Publisher publisher = new Publisher("Виконавчий комітет Житомирської міської ради", "04053625");
        ResponsiblePerson contact = ResponsiblePerson.of("Коваленко Олена Петрівна", "o.kovalenko@example.gov.ua");
        RegisterEntry first = RegisterEntry.builder()
                .identifier("reg-001")
                .title("Реєстр територіальних громад")
                .description("Перелік громад, \"з межами\" та кодами")
                .accrualPeriodicity(Frequency.ONCE_A_MONTH)
                .keywords(List.of("громади", "межі"))
                .purpose("Постанова КМУ № 835")
                .landingPage("https://data.gov.ua/dataset/reg-001")
                .distributionFormats(List.of(DataFormat.of(KnownFormat.CSV), DataFormat.of(KnownFormat.JSON)))
                .publisher(publisher)
                .contactPoint(contact)
                .status(EntryStatus.PUBLISHED)
                .annexDataset("all-holders:6")
                .responsiblePerson("Коваленко О. П.")
                .nextUpdateDue(LocalDate.of(2026, 12, 31))
                .putExtraColumn("Примітка", "перший рядок\r\nдругий рядок")
                .build();
        RegisterEntry second = RegisterEntry.builder()
                .identifier("reg-002")
                .title("Мережа укриттів")
                .description("Адреси захисних споруд")
                .accrualPeriodicity(UpdateFrequency.parse("unscheduled"))
                .keywords(List.of("укриття"))
                .purpose("Закон про доступ до публічної інформації")
                .distributionFormats(List.of(DataFormat.parse("паперовий")))
                .publisher(publisher)
                .contactPoint(contact)
                .status(EntryStatus.RESTRICTED)
                .annexDataset("all-holders:12")
                .restriction(new Restriction("Постанова КМУ № 263 від 12.03.2022", LocalDate.of(2022, 3, 12)))
                .build();
        RegisterEntry third = RegisterEntry.builder()
                .identifier("reg-003")
                .title(" Назва з пробілом")
                .build();
        return new Register(List.of(first, second, third), List.of("Примітка"));
    }

    private static byte[] golden() throws IOException {
        try (InputStream in = Objects.requireNonNull(RegisterCsvGoldenTest.class.getResourceAsStream(GOLDEN))) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsTheGoldenFileAsTheExpectedRegister() throws IOException {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(GOLDEN))) {
            RegisterReadResult r = RegisterCsvReader.defaults().read(in, "register-golden.csv");
            assertThat(r.register()).isEqualTo(expected());
            assertThat(r.bom()).isTrue();
            assertThat(r.delimiter()).isEqualTo(',');
            assertThat(r.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(r.notices()).extracting(CsvNotice::code, CsvNotice::row, CsvNotice::column)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("CSV-EXTRA-COLUMN", 1, 19),
                            org.assertj.core.groups.Tuple.tuple("CSV-UNKNOWN-FREQUENCY", 4, 4),
                            org.assertj.core.groups.Tuple.tuple("CSV-UNKNOWN-FORMAT", 4, 8));
        }
    }

    @Test
    void writesTheExpectedRegisterAsTheGoldenFileByteForByte(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.csv");
        RegisterCsvWriter.defaults().write(expected(), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(golden());
    }

    @Test
    void writesTheSameTextToAWriter() throws IOException {
        StringWriter out = new StringWriter();
        RegisterCsvWriter.defaults().write(expected(), out);
        assertThat(out.toString()).isEqualTo(new String(golden(), StandardCharsets.UTF_8));
    }
}
