package ua.opendata.passport.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.passport.Generators835;
import ua.opendata.passport.PassportException;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.Restriction;
import ua.opendata.passport.csv.RegisterCsvRoundTripTest;

/** read(write(register)) equals the register; the file is written atomically. */
class RegisterXlsxRoundTripTest {

    static IntStream seeds() {
        return Generators835.seeds(150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writeThenReadGivesAnEqualRegister(int seed) {
        Register register = RegisterCsvRoundTripTest.register(Generators835.random(seed));
        String what = "seed " + seed + ": " + Generators835.describe(register);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Generators835.attempt(what, () -> {
            RegisterXlsxWriter.defaults().write(register, out);
            return out;
        });
        XlsxReadResult r = Generators835.attempt(what,
                () -> RegisterXlsxReader.defaults().read(new ByteArrayInputStream(out.toByteArray()), "r.xlsx"));
        assertThat(r.register()).as("%s", what).isEqualTo(register);
        assertThat(r.sheet()).isEqualTo("Реєстр");
    }

    /** What CSV cannot carry, the workbook does: control characters, lone surrogates, a literal _x0041_. */
    @Test
    void textThatXmlCannotCarrySurvives() {
        String nasty = "a\u0001b\u0000c\r\nd\u001F\uD800e\uDC00 _x0041_ _x005F_ \uFFFE";
        RegisterEntry e = entry("id-1").toBuilder().title(nasty).description("  spaces around  ")
                .nextUpdateDue(LocalDate.of(1899, 12, 31)).restriction(new Restriction("ст. 6", LocalDate.of(1900, 3, 1)))
                .build();
        RegisterEntry early = entry("id-2").toBuilder().nextUpdateDue(LocalDate.of(1900, 1, 1))
                .restriction(new Restriction(null, LocalDate.of(1900, 2, 28))).build();
        Register register = Register.of(List.of(e, early));
        assertThat(roundTrip(register)).isEqualTo(register);
    }

    @Test
    void datesAreRealExcelDatesAndIdentifiersAreText() throws IOException {
        RegisterEntry e = entry("0012").toBuilder().publisher(new Publisher("Рада", "04053625"))
                .nextUpdateDue(LocalDate.of(2026, 12, 31)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterXlsxWriter.defaults().write(Register.of(List.of(e)), out);
        Map<String, String> parts = unzip(out.toByteArray());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        // 2026-12-31 is serial 46387 in Excel's 1900 system, in the date style (1: dd.mm.yyyy)
        assertThat(sheet).contains("<c r=\"R2\" s=\"1\"><v>46387</v></c>");
        // identifier and EDRPOU cells and columns are text (style 2: numFmtId 49 "@")
        assertThat(sheet).containsPattern("<c r=\"A2\" s=\"2\" t=\"s\">").containsPattern("<c r=\"J2\" s=\"2\" t=\"s\">")
                .contains("<col min=\"1\" max=\"1\" width=\"20\" customWidth=\"1\" style=\"2\"/>");
        assertThat(parts.get("xl/styles.xml")).contains("numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"")
                .contains("<xf numFmtId=\"49\"");
        assertThat(parts.get("xl/sharedStrings.xml")).contains("<t>0012</t>").contains("<t>04053625</t>");
        XlsxReadResult r = RegisterXlsxReader.defaults().read(new ByteArrayInputStream(out.toByteArray()), "r.xlsx");
        assertThat(r.register().entries().get(0).identifier()).isEqualTo("0012");
        assertThat(r.register().entries().get(0).publisher().edrpou()).isEqualTo("04053625");
        assertThat(r.register().entries().get(0).nextUpdateDue()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(r.notices()).isEmpty();
    }

    @Test
    void theSameRegisterGivesTheSameBytes() {
        Register register = Register.of(List.of(entry("a"), entry("b")));
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        RegisterXlsxWriter.defaults().write(register, one);
        RegisterXlsxWriter.defaults().write(register, two);
        assertThat(one.toByteArray()).isEqualTo(two.toByteArray());
    }

    @Test
    void aNamedSheetIsWrittenAndReadBack(@TempDir Path dir) {
        Register register = Register.of(List.of(entry("a")));
        Path file = dir.resolve("r.xlsx");
        RegisterXlsxWriter.builder().sheet("Реєстр 2026").build().write(register, file);
        XlsxReadResult r = RegisterXlsxReader.builder().sheet("Реєстр 2026").build().read(file);
        assertThat(r.register()).isEqualTo(register);
        assertThat(r.sheets()).containsExactly("Реєстр 2026");
        assertThatThrownBy(() -> RegisterXlsxWriter.builder().sheet("a/b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegisterXlsxWriter.builder().sheet("x".repeat(32)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writingReplacesTheFileWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("register.xlsx");
        Files.writeString(file, "old content", StandardCharsets.UTF_8);
        Register register = Register.of(List.of(entry("a")));
        RegisterXlsxWriter.defaults().write(register, file);
        assertThat(RegisterXlsxReader.defaults().read(file).register()).isEqualTo(register);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileUnchanged(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("register.xlsx");
        RegisterXlsxWriter.defaults().write(Register.of(List.of(entry("a"))), file);
        byte[] before = Files.readAllBytes(file);
        // a further column named like a register column cannot be read back as itself: refused before writing
        RegisterEntry bad = entry("b").toBuilder().extraColumns(Map.of("Назва", "x")).build();
        assertThatThrownBy(() -> RegisterXlsxWriter.defaults().write(new Register(List.of(bad), List.of("Назва")), file))
                .isInstanceOf(PassportException.class)
                .hasMessageContaining("would be read as the register column \"title\"")
                .hasMessageContaining("буде прочитано як стовпець реєстру");
        // a directory in the way: the write fails and nothing is left behind
        Path blocked = dir.resolve("blocked.xlsx");
        Files.createDirectory(blocked);
        Files.writeString(blocked.resolve("inside"), "x");
        assertThatThrownBy(() -> RegisterXlsxWriter.defaults().write(Register.of(List.of(entry("a"))), blocked))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("blocked.xlsx");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(file, blocked);
        }
    }

    static RegisterEntry entry(String id) {
        return RegisterEntry.builder().identifier(id).title("Назва " + id).build();
    }

    static Register roundTrip(Register register) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterXlsxWriter.defaults().write(register, out);
        return RegisterXlsxReader.defaults().read(new ByteArrayInputStream(out.toByteArray()), "r.xlsx").register();
    }

    static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> parts = new java.util.HashMap<>();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                parts.put(e.getName(), new String(zin.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

}
