package ua.opendata.passport.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.opendata.passport.xlsx.XlsxFiles.HEADERS_UK;
import static ua.opendata.passport.xlsx.XlsxFiles.dataRow;
import static ua.opendata.passport.xlsx.XlsxFiles.headerRow;
import static ua.opendata.passport.xlsx.XlsxFiles.inline;
import static ua.opendata.passport.xlsx.XlsxFiles.requiredCells;
import static ua.opendata.passport.xlsx.XlsxFiles.workbook;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import ua.opendata.passport.RegisterEntry;

/** The XLSX reader keeps where each entry and its fields stand: {@code file:Sheet!C17}. */
class RegisterXlsxLocationsTest {

    @Test
    void fieldsAreLocatedByCellBelowATitleRow() {
        // a title in row 1, the header in row 3, entries in rows 4 and 17
        XlsxFiles wb = workbook().sheet("Реєстр", "<row r=\"1\">" + inline("A1", "Реєстр наборів даних") + "</row>"
                + headerRow(3, HEADERS_UK) + dataRow(4, requiredCells(4, 0, ""))
                + dataRow(17, requiredCells(17, 0, "")));
        XlsxReadResult r = RegisterXlsxReader.defaults().read(new ByteArrayInputStream(wb.bytes()), "reg.xlsx");
        RegisterEntry second = r.register().entries().get(1);
        assertThat(r.locationOf(second, "title")).hasValueSatisfying(l -> {
            assertThat(l).hasToString("reg.xlsx:Реєстр!B17");
            assertThat(l.cell()).contains("B17");
            assertThat(l.sheet()).contains("Реєстр");
            assertThat(l.header()).contains("Назва");
        });
        assertThat(r.locationOf(second, "publisher.edrpou").map(Object::toString)).contains("reg.xlsx:Реєстр!J17");
        assertThat(r.locationOf(second, "distributionFormats[0]").map(Object::toString))
                .contains("reg.xlsx:Реєстр!H17");
        assertThat(r.locations().entry(0).map(Object::toString)).contains("reg.xlsx:Реєстр!A4");
    }

    @Test
    void reorderedColumnsAndAFurtherColumnAreFollowed() {
        String[] h = Arrays.copyOf(HEADERS_UK, 13);
        h[12] = "Примітка";
        // swap «Назва» (B) and «Електронна пошта» (L)
        h[1] = HEADERS_UK[11];
        h[11] = HEADERS_UK[1];
        String[] cells = requiredCells(2, 0, "");
        String title = cells[1].replace("\"B2\"", "\"L2\"");
        String email = cells[11].replace("\"L2\"", "\"B2\"");
        cells[1] = email;
        cells[11] = title;
        String[] row = Arrays.copyOf(cells, 13);
        row[12] = inline("M2", "перевірено");
        XlsxFiles wb = workbook().sheet("Sheet1", headerRow(1, h) + dataRow(2, row));
        XlsxReadResult r = RegisterXlsxReader.defaults().read(new ByteArrayInputStream(wb.bytes()), "r.xlsx");
        RegisterEntry e = r.register().entries().get(0);
        assertThat(e.title()).isEqualTo("Назва 2");
        assertThat(r.locationOf(e, "title").map(Object::toString)).contains("r.xlsx:Sheet1!L2");
        assertThat(r.locationOf(e, "contactPoint.email").map(Object::toString)).contains("r.xlsx:Sheet1!B2");
        assertThat(r.locationOf(e, "extraColumns[Примітка]").map(Object::toString)).contains("r.xlsx:Sheet1!M2");
    }
}
