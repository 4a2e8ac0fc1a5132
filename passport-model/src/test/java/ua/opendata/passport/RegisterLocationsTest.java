package ua.opendata.passport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisterLocationsTest {

    private static RegisterLocations csv() {
        // header on line 1: title in column 4, publisherIdentifier in 2, keyword in 5, a further column in 7
        return RegisterLocations.builder("register.csv").column("identifier", 3, "Ідентифікатор")
                .column("publisherIdentifier", 2, "Код ЄДРПОУ").column("title", 4, "Назва")
                .column("keyword", 5, "keyword").column("distributionFormat", 6, "Формат")
                .column("Примітка", 7, "Примітка").entry(2).entry(5).build();
    }

    @Test
    void fieldPathsMapToTheCellOfTheirColumnInTheEntrysRow() {
        RegisterLocations at = csv();
        assertThat(at.size()).isEqualTo(2);
        assertThat(at.locate(0, "title")).hasValueSatisfying(l -> {
            assertThat(l).hasToString("register.csv:2:4");
            assertThat(l.header()).contains("Назва");
        });
        assertThat(at.locate(1, "publisher.edrpou").map(Object::toString)).contains("register.csv:5:2");
        assertThat(at.locate(1, "keywords[1]").map(Object::toString)).contains("register.csv:5:5");
        assertThat(at.locate(1, "distributionFormats[0]").map(Object::toString)).contains("register.csv:5:6");
        assertThat(at.locate(1, "extraColumns[Примітка]").map(Object::toString)).contains("register.csv:5:7");
    }

    @Test
    void entryLevelAndUnknownPathsGiveTheRowsFirstCell() {
        RegisterLocations at = csv();
        assertThat(at.entry(1).map(Object::toString)).contains("register.csv:5:2");
        assertThat(at.locate(1, "timeliness").map(Object::toString)).contains("register.csv:5:2");
        // a column the file does not have: the row
        assertThat(at.locate(0, "contactPoint.email").map(Object::toString)).contains("register.csv:2:2");
        assertThat(at.locate(2, "title")).isEmpty();
        assertThat(at.locate(-1, "title")).isEmpty();
        assertThat(at.whole().map(Object::toString)).contains("register.csv");
    }

    @Test
    void aWorksheetGivesCellReferences() {
        RegisterLocations at = RegisterLocations.builder("r.xlsx", "Sheet1").column("title", 3, "Назва")
                .column("identifier", 2, "Ідентифікатор").entry(17).build();
        assertThat(at.locate(0, "title").map(Object::toString)).contains("r.xlsx:Sheet1!C17");
        assertThat(at.entry(0).map(Object::toString)).contains("r.xlsx:Sheet1!B17");
        assertThat(at.whole().map(Object::toString)).contains("r.xlsx:Sheet1");
        assertThat(at.sheet()).contains("Sheet1");
    }

    @Test
    void unknownLocatesNothing() {
        assertThat(RegisterLocations.unknown().locate(0, "title")).isEmpty();
        assertThat(RegisterLocations.unknown().whole()).isEmpty();
        assertThat(RegisterLocations.unknown().file()).isEmpty();
    }

    @Test
    void aHundredThousandEntriesAreLocated() {
        RegisterLocations.Builder b = RegisterLocations.builder("big.csv").column("title", 2, "title");
        for (int i = 0; i < 100_000; i++) {
            b.entry(i + 2);
        }
        RegisterLocations at = b.build();
        assertThat(at.size()).isEqualTo(100_000);
        assertThat(at.locate(99_999, "title").map(Object::toString)).contains("big.csv:100001:2");
        assertThat(at).isEqualTo(b.build());
    }
}
