package ua.opendata.passport.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.passport.RegisterEntry;

/** The CSV reader keeps where each entry and its fields stand: {@code file:row:column}. */
class RegisterCsvLocationsTest {

    private static RegisterReadResult read(String text, String name) {
        return RegisterCsvReader.defaults().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Test
    void eachFieldIsLocatedInItsColumnOfItsRow() {
        RegisterReadResult r = read(RegisterCsvReaderTest.STANDARD + "\n" + RegisterCsvReaderTest.ROW + "\n\n"
                + RegisterCsvReaderTest.ROW.replace("d-1", "d-2") + "\n", "register.csv");
        RegisterEntry second = r.register().entries().get(1);
        // the empty line 3 is skipped: the second entry stands on line 4
        assertThat(r.locationOf(second, "title").map(Object::toString)).contains("register.csv:4:2");
        assertThat(r.locationOf(second, "distributionFormats[0]").map(Object::toString)).contains("register.csv:4:8");
        assertThat(r.locationOf(second, "publisher.edrpou").map(Object::toString)).contains("register.csv:4:10");
        assertThat(r.locationOf(second, "contactPoint.email").map(Object::toString)).contains("register.csv:4:12");
        assertThat(r.locationOf(second, "timeliness").map(Object::toString)).contains("register.csv:4:1");
        assertThat(r.locations().locate(0, "accrualPeriodicity").map(Object::toString))
                .contains("register.csv:2:4");
        assertThat(r.locationOf(second, "title")).hasValueSatisfying(l -> assertThat(l.header()).contains("title"));
    }

    @Test
    void reorderedAliasAndFurtherColumnsAreFollowed() {
        String csv = "Примітка;Код ЄДРПОУ;Назва;identifier;description;accrualPeriodicity;keyword;purpose;"
                + "landingPage;distributionFormat;publisherName;contactPointFn;contactPointHasEmail\n"
                + "без змін;04053625;Бюджет;d-1;Опис;щороку;бюджет;Закон;https://x.gov.ua;CSV;Рада;Іван;i@x.gov.ua\n";
        RegisterReadResult r = read(csv, "reordered.csv");
        RegisterEntry e = r.register().entries().get(0);
        assertThat(r.locationOf(e, "title")).hasValueSatisfying(l -> {
            assertThat(l).hasToString("reordered.csv:2:3");
            assertThat(l.header()).contains("Назва");
        });
        assertThat(r.locationOf(e, "publisher.edrpou").map(Object::toString)).contains("reordered.csv:2:2");
        assertThat(r.locationOf(e, "identifier").map(Object::toString)).contains("reordered.csv:2:4");
        assertThat(r.locationOf(e, "extraColumns[Примітка]").map(Object::toString)).contains("reordered.csv:2:1");
        // the row's first cell is the further column's
        assertThat(r.locationOf(e, "annex/x").map(Object::toString)).contains("reordered.csv:2:1");
    }

    @Test
    void aRecordWithAMultiLineCellIsLocatedAtTheLineWhereItStarts(@TempDir Path dir) throws Exception {
        String row2 = RegisterCsvReaderTest.ROW.replace("d-1", "d-2").replace(",Опис,", ",\"Опис\nу два рядки\",");
        Path file = Files.writeString(dir.resolve("multi.csv"), RegisterCsvReaderTest.STANDARD + "\n"
                + row2 + "\n" + RegisterCsvReaderTest.ROW.replace("d-1", "d-3") + "\n");
        RegisterReadResult r = RegisterCsvReader.defaults().read(file);
        assertThat(r.locations().locate(0, "description").map(Object::toString)).contains("multi.csv:2:3");
        assertThat(r.locations().locate(1, "title").map(Object::toString)).contains("multi.csv:4:2");
    }

    @Test
    void anEntryNotOfThisRegisterIsNotLocated() {
        RegisterReadResult r = read(RegisterCsvReaderTest.STANDARD + "\n" + RegisterCsvReaderTest.ROW + "\n", "r.csv");
        RegisterEntry copy = r.register().entries().get(0).toBuilder().build();
        assertThat(copy).isEqualTo(r.register().entries().get(0));
        assertThat(r.locationOf(copy, "title")).isEmpty();
        assertThat(new RegisterReadResult(r.register(), StandardCharsets.UTF_8, false, ',', r.notices())
                .locationOf(r.register().entries().get(0), "title")).isEmpty();
    }
}
