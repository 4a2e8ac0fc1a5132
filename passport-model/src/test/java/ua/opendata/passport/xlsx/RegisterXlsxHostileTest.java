package ua.opendata.passport.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ua.opendata.passport.xlsx.XlsxFiles.HEADERS_UK;
import static ua.opendata.passport.xlsx.XlsxFiles.dataRow;
import static ua.opendata.passport.xlsx.XlsxFiles.headerRow;
import static ua.opendata.passport.xlsx.XlsxFiles.requiredCells;
import static ua.opendata.passport.xlsx.XlsxFiles.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.passport.csv.CsvProblem;
import ua.opendata.passport.csv.RegisterFormatException;

/** Limits and hostile files: each gives one clear problem in Ukrainian and English, never a stack trace. */
class RegisterXlsxHostileTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @TempDir
    Path dir;

    private CsvProblem only(RegisterXlsxReader reader, byte[] bytes, String code) throws IOException {
        Path file = Files.write(dir.resolve("reg.xlsx"), bytes);
        RegisterFormatException e = catchThrowableOfType(RegisterFormatException.class, () -> reader.read(file));
        assertThat(e).as("expected %s", code).isNotNull();
        assertThat(e.problems()).extracting(CsvProblem::code).containsExactly(code);
        CsvProblem p = e.problems().get(0);
        assertThat(p.location()).startsWith("reg.xlsx");
        String en = p.message(Locale.ENGLISH);
        String uk = p.message(UK);
        assertThat(en).isNotBlank().doesNotContain("Exception").doesNotContain("{0}");
        assertThat(uk).isNotEqualTo(en).containsPattern("[а-яіїєґ]").doesNotContain("{0}");
        assertThat(e.getMessage()).startsWith("Cannot read the register reg.xlsx (problems: 1):\nreg.xlsx");
        // the same from a stream
        RegisterFormatException s = catchThrowableOfType(RegisterFormatException.class,
                () -> reader.read(new ByteArrayInputStream(bytes), "reg.xlsx"));
        assertThat(s.problems()).extracting(CsvProblem::code).containsExactly(code);
        return p;
    }

    private CsvProblem only(byte[] bytes, String code) throws IOException {
        return only(RegisterXlsxReader.defaults(), bytes, code);
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A workbook whose sheet has {@code mib} MiB of spaces inside its XML: tiny compressed. */
    private static byte[] bomb(int mib) {
        String spaces = " ".repeat(1 << 20);
        StringBuilder sheet = new StringBuilder(headerRow(1, HEADERS_UK));
        for (int i = 0; i < mib; i++) {
            sheet.append(spaces);
        }
        return workbook().sheet("Реєстр", sheet.toString()).bytes();
    }

    /** Rewrites every central directory entry's uncompressed size to 100 bytes: the archive lies. */
    private static byte[] lyingSizes(byte[] zip) {
        byte[] out = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= out.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                b.putInt(i + 24, 100);
            }
        }
        return out;
    }

    @Test
    void aZipBombStopsAtTheUncompressedLimitWhatTheArchiveDeclares() throws IOException {
        RegisterXlsxReader reader = RegisterXlsxReader.builder().maxUncompressedBytes(4L << 20).build();
        byte[] bomb = bomb(24);
        assertThat(bomb.length).isLessThan(1 << 20);
        CsvProblem p = only(reader, bomb, "XLSX-TOO-LARGE-UNCOMPRESSED");
        assertThat(p.message(Locale.ENGLISH)).contains("4194304").contains("ZIP bomb");
        // and when the archive lies about the sizes, the bytes actually inflated are counted
        only(reader, lyingSizes(bomb), "XLSX-TOO-LARGE-UNCOMPRESSED");
    }

    @Test
    void anExternalEntityIsNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"" + XlsxFiles.MAIN + "\"><sheetData>" + headerRow(1, HEADERS_UK)
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        CsvProblem p = only(workbook().sheet("Реєстр", xxe).bytes(), "XLSX-DTD");
        assertThat(p.message(Locale.ENGLISH)).contains("xl/worksheets/sheet1.xml").doesNotContain("TOP-SECRET");
    }

    @Test
    void entityExpansionInSharedStringsIsRefused() throws IOException {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><sst xmlns=\"" + XlsxFiles.MAIN
                + "\"><si><t>&c;</t></si></sst>";
        only(workbook().rawSharedStrings(laughs).sheet("Реєстр", headerRow(1, HEADERS_UK)).bytes(), "XLSX-DTD");
    }

    @Test
    void aSharedStringsTableFarLargerThanTheRowsIsRefused() throws IOException {
        // maxRows(10) allows 64 * 10 + 4096 = 4,736 shared strings
        String[] empty = new String[5000];
        java.util.Arrays.fill(empty, "<si/>");
        byte[] wb = workbook().sharedStrings(empty).sheet("Реєстр", headerRow(1, HEADERS_UK)).bytes();
        assertThat(only(RegisterXlsxReader.builder().maxRows(10).build(), wb, "XLSX-TOO-MANY-STRINGS")
                .message(Locale.ENGLISH)).contains("4736");
        assertThat(RegisterXlsxReader.defaults().read(new ByteArrayInputStream(wb), "reg.xlsx").register().size())
                .isZero();
    }

    @Test
    void tooManyMergedRangesAreRefused() throws IOException {
        StringBuilder merges = new StringBuilder("</sheetData><mergeCells>");
        for (int i = 0; i <= 100_000; i++) {
            merges.append("<mergeCell ref=\"A").append(2 * i + 2).append(":B").append(2 * i + 2).append("\"/>");
        }
        byte[] wb = workbook().sheet("Реєстр", headerRow(1, HEADERS_UK) + merges + "</mergeCells>").bytes();
        only(wb, "XLSX-TOO-MANY-MERGES");
    }

    @Test
    void anOldXlsFileIsToldToBeSavedAsXlsx() throws IOException {
        byte[] xls = new byte[512];
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole2, 0, xls, 0, ole2.length);
        CsvProblem p = only(xls, "XLSX-OLD-FORMAT");
        assertThat(p.message(Locale.ENGLISH)).contains(".xls").contains("save it as \"Excel Workbook (*.xlsx)\"");
        assertThat(p.message(UK)).contains("відкрийте його в Excel і збережіть як «Книга Excel (*.xlsx)»");
    }

    @Test
    void otherFilesAreNotWorkbooks() throws IOException {
        only(zip("hello.txt", "hello"), "XLSX-NOT-WORKBOOK-ZIP");
        only(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"), "XLSX-ODS");
        only("identifier;title\n1;a\n".getBytes(StandardCharsets.UTF_8), "XLSX-NOT-XLSX");
        only(new byte[0], "XLSX-EMPTY-FILE");
        byte[] good = workbook().sheet("Реєстр", headerRow(1, HEADERS_UK)).bytes();
        only(Arrays.copyOf(good, 100), "XLSX-BAD-ZIP");
    }

    @Test
    void aDamagedPartIsNamed() throws IOException {
        CsvProblem p = only(workbook().sheet("Реєстр", headerRow(1, HEADERS_UK) + "<row r=\"2\"><c r=\"A2\">").bytes(),
                "XLSX-DAMAGED");
        assertThat(p.message(Locale.ENGLISH)).startsWith("the part xl/worksheets/sheet1.xml of the workbook is damaged");
    }

    @Test
    void limitsOfFileSizePartsRowsAndCells() throws IOException {
        byte[] wb = workbook().sheet("Реєстр", headerRow(1, HEADERS_UK) + dataRow(2, requiredCells(2, 0, ""))
                + dataRow(3, requiredCells(3, 0, "")) + dataRow(4, requiredCells(4, 0, ""))).bytes();
        assertThat(only(RegisterXlsxReader.builder().maxFileBytes(100).build(), wb, "XLSX-FILE-TOO-LARGE")
                .message(Locale.ENGLISH)).contains("100 bytes");
        only(RegisterXlsxReader.builder().maxEntries(3).build(), wb, "XLSX-TOO-MANY-PARTS");
        only(RegisterXlsxReader.builder().maxRows(2).build(), wb, "CSV-TOO-MANY-ROWS");
        Path file = Files.write(dir.resolve("cells.xlsx"), wb);
        RegisterFormatException e = catchThrowableOfType(RegisterFormatException.class,
                () -> RegisterXlsxReader.builder().maxCellChars(25).build().read(file));
        assertThat(e.problems()).extracting(CsvProblem::code).containsOnly("XLSX-CELL-TOO-LARGE");
        assertThat(e.problems()).extracting(CsvProblem::location).contains("cells.xlsx:Реєстр!G2");
    }

    @Test
    void aMissingFileIsAnIoFailureInBothLanguages() {
        java.io.UncheckedIOException e = catchThrowableOfType(java.io.UncheckedIOException.class,
                () -> RegisterXlsxReader.defaults().read(dir.resolve("none.xlsx")));
        assertThat(e).isNotInstanceOf(RegisterFormatException.class);
        assertThat(e.getMessage()).contains("none.xlsx").contains("does not exist").contains("файлу не існує");
    }
}
