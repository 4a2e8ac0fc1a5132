package ua.opendata.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceLocationTest {

    @Test
    void textFileCellsRowsAndFilesAreWrittenAsTheReadersWriteTheirProblems() {
        SourceLocation cell = SourceLocation.ofCell("register.csv", 17, 3, "Опис");
        assertThat(cell).hasToString("register.csv:17:3");
        assertThat(cell.header()).contains("Опис");
        assertThat(cell.cell()).contains("C17");
        assertThat(cell.sheet()).isEmpty();
        assertThat(SourceLocation.ofRow("register.csv", 17)).hasToString("register.csv:17");
        assertThat(SourceLocation.ofFile("d-1.json")).hasToString("d-1.json");
        assertThat(SourceLocation.ofFile("d-1.json").row()).isZero();
    }

    @Test
    void sheetCellsUseColumnLettersAndQuoteSheetNamesAsExcelDoes() {
        assertThat(SourceLocation.ofSheetCell("register.xlsx", "Sheet1", 17, 3, null))
                .hasToString("register.xlsx:Sheet1!C17");
        assertThat(SourceLocation.ofSheetCell("r.xlsx", "Мій лист", 2, 28, null)).hasToString("r.xlsx:'Мій лист'!AB2");
        assertThat(SourceLocation.ofSheetCell("r.xlsx", "it's", 2, 1, null)).hasToString("r.xlsx:'it''s'!A2");
        assertThat(SourceLocation.ofSheetRow("r.xlsx", "Реєстр", 5)).hasToString("r.xlsx:Реєстр!5:5");
        assertThat(SourceLocation.ofSheet("r.xlsx", "Реєстр")).hasToString("r.xlsx:Реєстр");
        assertThat(SourceLocation.columnLetters(1)).isEqualTo("A");
        assertThat(SourceLocation.columnLetters(26)).isEqualTo("Z");
        assertThat(SourceLocation.columnLetters(27)).isEqualTo("AA");
        assertThat(SourceLocation.columnLetters(703)).isEqualTo("AAA");
    }

    @Test
    void equalityCoversEveryPartAndBadNumbersAreRefused() {
        assertThat(SourceLocation.ofCell("a.csv", 2, 3, "x")).isEqualTo(SourceLocation.ofCell("a.csv", 2, 3, "x"))
                .hasSameHashCodeAs(SourceLocation.ofCell("a.csv", 2, 3, "x"))
                .isNotEqualTo(SourceLocation.ofCell("a.csv", 2, 3, "y"))
                .isNotEqualTo(SourceLocation.ofCell("a.csv", 2, 4, "x"))
                .isNotEqualTo(SourceLocation.ofSheetCell("a.csv", "S", 2, 3, "x"));
        assertThatThrownBy(() -> SourceLocation.ofCell("a.csv", 0, 3, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row");
        assertThatThrownBy(() -> SourceLocation.ofCell("a.csv", 2, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column");
    }
}
