package ua.opendata.passport.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import ua.opendata.passport.internal.csv.Column;

/** The header labels of the Ministry's register standard in its Ukrainian and English copies. */
class RegisterCsvHeaderLabelsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Частота оновлення, accrualPeriodicity",
        "Періодичність оновлення, accrualPeriodicity",
        "Update frequency, accrualPeriodicity",
        "Найменування, title",
        "Title, title",
        "Формат розповсюдження, distributionFormat",
        "Distribution format, distributionFormat",
        "Publisher, publisherName",
        "Ідентифікатор розпорядника інформації, publisherIdentifier",
        "Контактна особа, contactPointFn",
        "E-mail, contactPointHasEmail",
        "Keywords, keyword",
        "Landing page, landingPage",
        "Позиція додатка, annexDataset"})
    void bothCopiesOfTheStandardAreRead(String label, String column) {
        assertThat(Column.lookup(label)).isNotNull().extracting(Column::header).isEqualTo(column);
    }

    @Test
    void aNearMissHeaderIsNamedInTheErrorWithTheLabelItResembles() {
        String text = RegisterCsvReaderTest.STANDARD.replace("accrualPeriodicity", "Частота оновленя") + "\n"
                + RegisterCsvReaderTest.ROW + "\n";
        RegisterFormatException e = RegisterCsvReaderTest.failure(text);
        CsvProblem p = e.problems().get(0);
        assertThat(p.code()).isEqualTo("CSV-MISSING-HEADER-NEAR");
        assertThat(p.column()).isEqualTo(4);
        assertThat(p.arguments()).containsExactly("accrualPeriodicity", "Частота оновленя", "Частота оновлення");
        assertThat(p.message(Locale.ENGLISH)).contains("\"Частота оновленя\" is close to \"Частота оновлення\"");
        assertThat(p.message(Locale.forLanguageTag("uk"))).contains("«Частота оновленя» схожий на «Частота оновлення»");
    }

    @Test
    void aHeaderFarFromEveryLabelHasNoSuggestion() {
        assertThat(Column.closest("Примітка")).isEmpty();
        assertThat(Column.closest("accrualPeriodicity")).isEmpty(); // known, nothing to suggest
        assertThat(Column.closest("acrualPeriodicity")).get().extracting(Column.Near::label)
                .isEqualTo("accrualPeriodicity");
    }
}
