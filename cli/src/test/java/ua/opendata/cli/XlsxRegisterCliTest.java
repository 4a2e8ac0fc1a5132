package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.passport.Register;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.json.PassportJson;
import ua.opendata.passport.sample.SampleRegister;
import ua.opendata.passport.xlsx.RegisterXlsxWriter;

/** The tool on a register kept in Excel: {@code validate}, {@code plan} read .xlsx as they read CSV. */
class XlsxRegisterCliTest {

    @TempDir
    Path dir;

    private Path sampleWorkbook() throws IOException {
        Register sample;
        try (InputStream in = SampleRegister.openCsv()) {
            sample = RegisterCsvReader.defaults().read(in, "sample.csv").register();
        }
        Path file = dir.resolve("reg.xlsx");
        RegisterXlsxWriter.defaults().write(sample, file);
        return file;
    }

    private Cli.Result validate(String register, String... more) {
        List<String> args = new ArrayList<>(List.of("validate", register, "--out", dir.resolve("out").toString(),
                "--lang=en"));
        args.addAll(List.of(more));
        return new Cli().run(args.toArray(String[]::new));
    }

    @Test
    void theSampleKeptAsAWorkbookValidatesAsTheCsvDoes() throws IOException {
        Path xlsx = sampleWorkbook();
        Cli.Result csv = new Cli().run("validate", "--out", dir.resolve("csv").toString(), "--lang=en");
        Cli.Result r = validate(xlsx.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(OpendataCommand.OK);
        assertThat(r.out()).contains(xlsx + "#Реєстр")
                .contains("Structure: OK, 23 entries; extra columns kept: Примітка")
                .contains("Resolution 835 compliance: 12 of 23 datasets without errors, KPI 52 % (target 85 %) — not met")
                .doesNotContain("delimiter");
        // the same findings as from the CSV, each located in its sheet cell instead of its CSV cell
        List<String> fromXlsx = Files.readAllLines(dir.resolve("out/findings.csv"));
        List<String> fromCsv = Files.readAllLines(dir.resolve("csv/findings.csv"));
        assertThat(withoutLocation(fromXlsx)).isEqualTo(withoutLocation(fromCsv));
        assertThat(fromXlsx).anySatisfy(l -> assertThat(l).startsWith("R835-EDRPOU-CHECK-DIGIT;ERROR;shch-012;")
                .endsWith(";reg.xlsx:Реєстр!J13"));
        assertThat(fromCsv).anySatisfy(l -> assertThat(l).startsWith("R835-EDRPOU-CHECK-DIGIT;ERROR;shch-012;")
                .endsWith(";sample-register-shchastia.csv:13:10"));
        assertThat(csv.exit()).isEqualTo(OpendataCommand.OK);
    }

    /** The rows of a findings.csv without their last cell, the location (no cell of these rows spans lines). */
    private static List<String> withoutLocation(List<String> rows) {
        return rows.stream().map(l -> l.substring(0, l.lastIndexOf(';'))).toList();
    }

    @Test
    void aNamedSheetAfterAHashAndAnUnknownOneListsTheSheets() throws IOException {
        Path xlsx = sampleWorkbook();
        Cli.Result r = validate(xlsx + "#реєстр");
        assertThat(r.exit()).as(r.err()).isEqualTo(OpendataCommand.OK);
        assertThat(r.out()).contains("Structure: OK, 23 entries");
        Cli.Result unknown = validate(xlsx + "#Лист1");
        assertThat(unknown.exit()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(unknown.err()).contains("reg.xlsx: the workbook has no sheet \"Лист1\"; its sheets are: «Реєстр»");
    }

    @Test
    void aBrokenWorkbookNamesTheCellAndTheFixInBothLanguages() throws IOException {
        Path xlsx = sampleWorkbook();
        // the EDRPOU code of the first entry stored as a number, as Excel does when the column is not text
        byte[] patched = patchSheet(Files.readAllBytes(xlsx), sheet -> sheet.replaceFirst(
                "<c r=\"J2\" s=\"2\" t=\"s\"><v>\\d+</v></c>", "<c r=\"J2\"><v>4536124</v></c>"));
        Files.write(xlsx, patched);
        Cli.Result r = validate(xlsx.toString());
        assertThat(r.exit()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(r.err()).contains("reg.xlsx:Реєстр!J2: the EDRPOU code is stored as the number 4536124: Excel"
                + " dropped its leading zeros (a code has 8 digits); format column J as text (Format Cells: Text) and"
                + " type 04536124");
        Cli.Result uk = new Cli().run("validate", xlsx.toString(), "--out", dir.resolve("out").toString(), "--lang=uk");
        assertThat(uk.err()).contains("reg.xlsx:Реєстр!J2: код ЄДРПОУ збережено як число 4536124");
    }

    @Test
    void anOldXlsFileIsToldToBeSavedAsXlsx() throws IOException {
        byte[] xls = new byte[512];
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole2, 0, xls, 0, ole2.length);
        Path file = Files.write(dir.resolve("old.xls"), xls);
        Cli.Result r = validate(file.toString());
        // not a register this version reads, like an .xls under any other name: exit 3, one line
        assertThat(r.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("old.xls: the file is in the old Excel format (.xls)")
                .contains("save it as \"Excel Workbook (*.xlsx)\"").doesNotContain("Exception");
        Cli.Result missing = validate(dir.resolve("none.xlsx").toString());
        assertThat(missing.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(missing.err()).contains("none.xlsx");
    }

    @Test
    void planReadsTheRegisterFromAWorkbook() throws IOException {
        try (FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true).start()) {
            ckan.createOrganization(PublishCommandTest.ORG, "Щастинська МВА");
            List<String> input = new ArrayList<>(PublishCommandTest.writeInput(dir, PublishCommandTest.OBJECTS_NAME));
            Register register = PassportJson.defaults().readRegister(Path.of(input.get(0)));
            Path xlsx = dir.resolve("register.xlsx");
            RegisterXlsxWriter.defaults().write(register, xlsx);
            input.set(0, xlsx.toString());
            input.add(0, "plan");
            input.add("--portal");
            input.add(ckan.baseUrl());
            Cli.Result r = new Cli().run(input.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isEqualTo(OpendataCommand.OK);
            assertThat(r.out()).contains("  Create: 2\n").contains("(44536124-0006)").contains("(44536124-0007)");
        }
    }

    /** The workbook with its sheet XML rewritten. */
    private static byte[] patchSheet(byte[] xlsx, java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String before = new String(content, StandardCharsets.UTF_8);
                    String after = change.apply(before);
                    assertThat(after).as("the patch applies").isNotEqualTo(before);
                    content = after.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
