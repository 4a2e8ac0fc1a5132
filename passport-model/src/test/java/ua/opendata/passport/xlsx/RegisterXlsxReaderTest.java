package ua.opendata.passport.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ua.opendata.passport.xlsx.XlsxFiles.HEADERS_UK;
import static ua.opendata.passport.xlsx.XlsxFiles.dataRow;
import static ua.opendata.passport.xlsx.XlsxFiles.headerRow;
import static ua.opendata.passport.xlsx.XlsxFiles.inline;
import static ua.opendata.passport.xlsx.XlsxFiles.requiredCells;
import static ua.opendata.passport.xlsx.XlsxFiles.workbook;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.csv.CsvNotice;
import ua.opendata.passport.csv.CsvProblem;
import ua.opendata.passport.csv.RegisterFormatException;

/** Cells as Excel stores them, in hand-made workbooks. */
class RegisterXlsxReaderTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    static XlsxReadResult read(XlsxFiles wb) {
        return RegisterXlsxReader.defaults().read(new ByteArrayInputStream(wb.bytes()), "reg.xlsx");
    }

    static RegisterFormatException fails(XlsxFiles wb) {
        return fails(RegisterXlsxReader.defaults(), wb);
    }

    static RegisterFormatException fails(RegisterXlsxReader reader, XlsxFiles wb) {
        return catchThrowableOfType(RegisterFormatException.class,
                () -> reader.read(new ByteArrayInputStream(wb.bytes()), "reg.xlsx"));
    }

    private static String[] with(String[] headers, String... more) {
        String[] out = Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, out, headers.length, more.length);
        return out;
    }

    @Test
    void sharedInlineRichAndFormulaStringsBooleansAndEmptyRows() {
        // shared strings: plain, rich text in runs, a phonetic run left out, an escaped CR
        XlsxFiles wb = workbook().sharedStrings("Назва з таблиці", "<si><r><t>Багато</t></r><r><rPr><b/></rPr>"
                + "<t xml:space=\"preserve\"> частин</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></si>",
                "рядок_x000D_\nдругий")
                .sheet("Аркуш1", headerRow(1, with(HEADERS_UK, "Перевірено")) + "<row r=\"2\"/>"
                        + dataRow(3, requiredCells(3, 2, "<c r=\"B3\" t=\"s\"><v>0</v></c>"))
                                .replace("</row>", "<c r=\"M3\" t=\"b\"><v>1</v></c></row>")
                        + dataRow(6, requiredCells(6, 3, "<c r=\"C6\" t=\"s\"><v>1</v></c>"))
                                .replace("</row>", "<c r=\"M6\" t=\"str\"><f>UPPER(\"так\")</f><v>ТАК</v></c></row>")
                        + dataRow(7, requiredCells(7, 6, "<c r=\"F7\" t=\"s\"><v>2</v></c>")));
        XlsxReadResult r = read(wb);
        List<RegisterEntry> e = r.register().entries();
        assertThat(e).hasSize(3);
        assertThat(e.get(0).title()).isEqualTo("Назва з таблиці");
        assertThat(e.get(0).extraColumns()).containsEntry("Перевірено", "TRUE");
        assertThat(e.get(1).description()).isEqualTo("Багато частин");
        assertThat(e.get(1).extraColumns()).containsEntry("Перевірено", "ТАК");
        assertThat(e.get(2).purpose()).isEqualTo("рядок\r\nдругий");
        assertThat(r.register().extraColumns()).containsExactly("Перевірено");
        assertThat(r.sheet()).isEqualTo("Аркуш1");
        // the same alias notices as CSV, located by cell
        assertThat(r.notices()).extracting(CsvNotice::code).contains("CSV-HEADER-ALIAS", "CSV-EXTRA-COLUMN");
        assertThat(r.notices()).filteredOn(n -> n.code().equals("CSV-EXTRA-COLUMN"))
                .extracting(CsvNotice::location).containsExactly("reg.xlsx:Аркуш1!M1");
    }

    @Test
    void datesStoredAsSerialNumbersWithADateStyleAndAsText() {
        String[] h = with(HEADERS_UK, "nextUpdateDue", "restrictedSince", "restrictionBasis");
        XlsxFiles wb = workbook().sheet("Реєстр", headerRow(1, h)
                // built-in date format 14 and a custom [$-422]dd.mm.yyyy; 46387 = 31.12.2026, 45292.75 = 01.01.2024 18:00
                + dataRow(2, requiredCells(2, 0, "")).replace("</row>",
                        "<c r=\"M2\" s=\"1\"><v>46387</v></c><c r=\"N2\" s=\"2\"><v>45292.75</v></c>"
                        + inline("O2", "ст. 6") + "</row>")
                // dates typed as text, as in CSV
                + dataRow(3, requiredCells(3, 0, "")).replace("</row>",
                        inline("M3", "01.02.2027") + inline("N3", "2025-03-04") + "</row>"));
        List<RegisterEntry> e = read(wb).register().entries();
        assertThat(e.get(0).nextUpdateDue()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(e.get(0).restriction().since()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(e.get(1).nextUpdateDue()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(e.get(1).restriction().since()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void the1904DateSystem() {
        XlsxFiles wb = workbook().date1904().sheet("Реєстр", headerRow(1, with(HEADERS_UK, "nextUpdateDue"))
                + dataRow(2, requiredCells(2, 0, "")).replace("</row>", "<c r=\"M2\" s=\"1\"><v>44925</v></c></row>"));
        // 44925 days after 1904-01-01
        assertThat(read(wb).register().entries().get(0).nextUpdateDue()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aNumberInADateColumnIsAProblemAtItsCellWithTheFix() {
        XlsxFiles wb = workbook().sheet("Реєстр", headerRow(1, with(HEADERS_UK, "nextUpdateDue"))
                + dataRow(2, requiredCells(2, 0, "")).replace("</row>", "<c r=\"M2\"><v>46387</v></c></row>")
                + dataRow(3, requiredCells(3, 0, "")).replace("</row>", inline("M3", "31/12/2026") + "</row>"));
        RegisterFormatException e = fails(wb);
        assertThat(e.problems()).extracting(CsvProblem::location, CsvProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reg.xlsx:Реєстр!M2", "XLSX-NUMBER-NOT-DATE"),
                org.assertj.core.groups.Tuple.tuple("reg.xlsx:Реєстр!M3", "CSV-BAD-DATE"));
        assertThat(e.problems().get(0).message(Locale.ENGLISH)).contains("46387").contains("format the cell as a date");
        assertThat(e.problems().get(0).message(UK)).contains("формат дати");
        assertThat(e.getMessage()).contains("reg.xlsx:Реєстр!M2: the cell holds the number 46387, not a date");
        assertThat(e.message(UK)).contains("reg.xlsx:Реєстр!M3: ");
    }

    @Test
    void anEdrpouCodeThatLostItsLeadingZerosIsAProblemThatGivesTheCode() {
        XlsxFiles wb = workbook().sheet("Реєстр", headerRow(1, HEADERS_UK)
                + dataRow(2, requiredCells(2, 10, "<c r=\"J2\"><v>4053625</v></c>"))
                + dataRow(3, requiredCells(3, 10, "<c r=\"J3\"><v>44536124</v></c>")));
        RegisterFormatException e = fails(wb);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("reg.xlsx:Реєстр!J2");
            assertThat(p.code()).isEqualTo("XLSX-EDRPOU-LOST-ZEROS");
            assertThat(p.message(Locale.ENGLISH)).contains("4053625").contains("type 04053625")
                    .contains("format column J as text");
            assertThat(p.message(UK)).contains("04053625").contains("текстовий формат");
        });
    }

    @Test
    void anIdentifierStoredAsANumberIsReadAsTextWithANotice() {
        XlsxFiles wb = workbook().sheet("Реєстр", headerRow(1, HEADERS_UK)
                + dataRow(2, requiredCells(2, 1, "<c r=\"A2\"><v>12</v></c>"))
                + dataRow(3, requiredCells(3, 1, "<c r=\"A3\" s=\"4\"><v>1.5E3</v></c>")));
        XlsxReadResult r = read(wb);
        assertThat(r.register().entries()).extracting(RegisterEntry::identifier).containsExactly("12", "1500");
        assertThat(r.notices()).filteredOn(n -> n.code().equals("XLSX-NUMBER-IDENTIFIER"))
                .extracting(CsvNotice::location).containsExactly("reg.xlsx:Реєстр!A2", "reg.xlsx:Реєстр!A3");
        assertThat(r.notices().stream().filter(n -> n.location().endsWith("!A2")).findFirst().orElseThrow()
                .message(Locale.ENGLISH)).contains("0012").contains("format column A as text");
    }

    @Test
    void errorValuesAndFormulasWithoutACachedValueAreProblems() {
        XlsxFiles wb = workbook().sheet("Реєстр", headerRow(1, HEADERS_UK)
                + dataRow(2, requiredCells(2, 2, "<c r=\"B2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"))
                + dataRow(3, requiredCells(3, 3, "<c r=\"C3\"><f>SUM(A1:A2)</f></c>")));
        RegisterFormatException e = fails(wb);
        assertThat(e.problems()).extracting(CsvProblem::location, CsvProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reg.xlsx:Реєстр!B2", "XLSX-ERROR-VALUE"),
                org.assertj.core.groups.Tuple.tuple("reg.xlsx:Реєстр!C3", "XLSX-FORMULA-WITHOUT-VALUE"));
        assertThat(e.problems().get(0).message(Locale.ENGLISH)).contains("#DIV/0!");
    }

    @Test
    void aNamedSheetIsReadAndAnUnknownNameListsTheSheets() {
        XlsxFiles wb = workbook().sheet("Довідка", "<row r=\"1\">" + inline("A1", "Про реєстр") + "</row>")
                .sheet("Реєстр 2026", headerRow(1, HEADERS_UK) + dataRow(2, requiredCells(2, 0, "")));
        XlsxReadResult r = RegisterXlsxReader.builder().sheet("реєстр 2026").build()
                .read(new ByteArrayInputStream(wb.bytes()), "reg.xlsx");
        assertThat(r.sheet()).isEqualTo("Реєстр 2026");
        assertThat(r.sheets()).containsExactly("Довідка", "Реєстр 2026");
        assertThat(r.register().size()).isEqualTo(1);

        RegisterFormatException e = fails(RegisterXlsxReader.builder().sheet("Лист1").build(), wb);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("XLSX-UNKNOWN-SHEET");
            assertThat(p.location()).isEqualTo("reg.xlsx");
            assertThat(p.message(Locale.ENGLISH)).isEqualTo("the workbook has no sheet \"Лист1\"; its sheets are:"
                    + " «Довідка», «Реєстр 2026»");
            assertThat(p.message(UK)).startsWith("у книзі немає аркуша «Лист1»");
        });
        // the first sheet by default: here the help sheet, which is no register
        RegisterFormatException first = fails(wb);
        assertThat(first.problems()).extracting(CsvProblem::code).containsExactly("XLSX-FIRST-SHEET", "CSV-EMPTY-FILE");
        assertThat(first.problems().get(0).location()).isEqualTo("reg.xlsx:Довідка");
        assertThat(first.problems().get(0).message(Locale.ENGLISH)).contains("the first sheet \"Довідка\" holds no register")
                .contains("«Реєстр 2026»");
    }

    @Test
    void titleRowsAboveTheHeaderAreSkippedAndRowsKeepTheirNumbers() {
        XlsxFiles wb = workbook().sheet("Реєстр", "<row r=\"1\">" + inline("A1", "Реєстр наборів даних міської ради")
                + "</row>" + headerRow(3, HEADERS_UK)
                + dataRow(5, requiredCells(5, 10, "<c r=\"J5\"><v>123</v></c>")));
        RegisterFormatException e = fails(wb);
        assertThat(e.problems()).extracting(CsvProblem::location).containsExactly("reg.xlsx:Реєстр!J5");
        assertThat(e.notices()).extracting(CsvNotice::code).contains("XLSX-TITLE-ROW");
        assertThat(e.notices().get(0).location()).isEqualTo("reg.xlsx:Реєстр!1:1");
    }

    @Test
    void aHeaderMergedOverTheRowBelowMakesATwoRowHeader() {
        // A1:A2 … H1:H2 and K1:L2 merged down; I1:J1 "Розпорядник інформації" over I2 "Найменування", J2 "Код за ЄДРПОУ"
        StringBuilder top = new StringBuilder("<row r=\"1\">");
        StringBuilder merges = new StringBuilder("<mergeCells>");
        for (int c = 1; c <= 12; c++) {
            String ref = XlsxFiles.ref(1, c);
            if (c == 9) {
                top.append(inline(ref, "Розпорядник інформації"));
                merges.append("<mergeCell ref=\"I1:J1\"/>");
            } else if (c != 10) {
                top.append(inline(ref, HEADERS_UK[c - 1]));
                merges.append("<mergeCell ref=\"").append(ref).append(':').append(XlsxFiles.ref(2, c)).append("\"/>");
            }
        }
        top.append("</row>");
        String sub = "<row r=\"2\">" + inline("I2", "Найменування") + inline("J2", "Код за ЄДРПОУ") + "</row>";
        XlsxFiles wb = workbook().sheet("Реєстр", top + sub + dataRow(3, requiredCells(3, 0, ""))
                + "</sheetData>" + merges + "</mergeCells>");
        XlsxReadResult r = read(wb);
        assertThat(r.register().entries()).singleElement().satisfies(e -> {
            assertThat(e.identifier()).isEqualTo("id-3");
            assertThat(e.publisher().name()).isEqualTo("Міська рада");
            assertThat(e.publisher().edrpou()).isEqualTo("04053625");
        });
        assertThat(r.register().extraColumns()).isEmpty();
        assertThat(r.notices()).extracting(CsvNotice::code).contains("XLSX-TWO-ROW-HEADER");
    }

    @Test
    void aHeaderMergedAcrossColumnsNamesItsFirstColumnOnly() {
        String[] h = with(HEADERS_UK, "Примітка", "");
        XlsxFiles wb = workbook().sheet("Реєстр", headerRow(1, h).replace(inline("N1", ""), "")
                + dataRow(2, requiredCells(2, 0, "")).replace("</row>", inline("M2", "a") + inline("N2", "b") + "</row>")
                + "</sheetData><mergeCells><mergeCell ref=\"M1:N1\"/></mergeCells>");
        RegisterFormatException e = fails(wb);
        assertThat(e.problems()).extracting(CsvProblem::location, CsvProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reg.xlsx:Реєстр!N2", "CSV-EMPTY-HEADER"));
        assertThat(e.notices()).filteredOn(n -> n.code().equals("XLSX-MERGED-HEADER")).singleElement()
                .satisfies(n -> {
                    assertThat(n.location()).isEqualTo("reg.xlsx:Реєстр!M1");
                    assertThat(n.message(Locale.ENGLISH)).contains("\"Примітка\" is merged over M1:N1")
                            .contains("column M only");
                });
    }

    @Test
    void mergedDataCellsGiveTheirValueToEveryCoveredCell() {
        // the publisher merged down over three rows: Excel stores the value in I2 only
        XlsxFiles wb = workbook().sheet("Реєстр", headerRow(1, HEADERS_UK)
                + dataRow(2, requiredCells(2, 9, inline("I2", "Виконавчий комітет")))
                + dataRow(3, requiredCells(3, 9, "<c r=\"I3\"/>"))
                + dataRow(4, requiredCells(4, 9, ""))
                + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"I2:I4\"/></mergeCells>");
        XlsxReadResult r = read(wb);
        assertThat(r.register().entries()).extracting(e -> e.publisher().name())
                .containsExactly("Виконавчий комітет", "Виконавчий комітет", "Виконавчий комітет");
        assertThat(r.notices()).filteredOn(n -> n.code().equals("XLSX-MERGED-CELLS"))
                .extracting(CsvNotice::location).containsExactly("reg.xlsx:Реєстр!I2");
    }

    @Test
    void missingHeadersDuplicatesAndStatusesAreReportedAsInCsv() {
        String[] h = Arrays.copyOf(HEADERS_UK, 11);
        XlsxFiles wb = workbook().sheet("Реєстр", headerRow(1, with(h, "status", "Назва"))
                + dataRow(2, inline("A2", "x"), inline("L2", "ніколи")));
        RegisterFormatException e = fails(wb);
        assertThat(e.problems()).extracting(CsvProblem::code, CsvProblem::location).contains(
                org.assertj.core.groups.Tuple.tuple("CSV-DUPLICATE-HEADER", "reg.xlsx:Реєстр!M1"),
                org.assertj.core.groups.Tuple.tuple("CSV-MISSING-HEADER", "reg.xlsx:Реєстр!1:1"),
                org.assertj.core.groups.Tuple.tuple("CSV-UNKNOWN-STATUS", "reg.xlsx:Реєстр!L2"));
    }

    @Test
    void cellsWithoutReferencesAndPrefixedElementsAreReadInOrder() {
        // some libraries write no r attributes and a namespace prefix on every element
        String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"" + ns + "\"><x:sheetData>");
        for (String[] row : List.of(HEADERS_UK, new String[] {"p-1", "Назва", "", "", "", "", "", "", "", "04053625"})) {
            sheet.append("<x:row>");
            for (String v : row) {
                sheet.append(v.isEmpty() ? "<x:c/>" : "<x:c t=\"inlineStr\"><x:is><x:t>" + v + "</x:t></x:is></x:c>");
            }
            sheet.append("</x:row>");
        }
        sheet.append("</x:sheetData></x:worksheet>");
        XlsxReadResult r = read(workbook().sheet("S", sheet.toString()));
        assertThat(r.register().entries()).singleElement().satisfies(e -> {
            assertThat(e.identifier()).isEqualTo("p-1");
            assertThat(e.publisher().edrpou()).isEqualTo("04053625");
        });
    }
}
