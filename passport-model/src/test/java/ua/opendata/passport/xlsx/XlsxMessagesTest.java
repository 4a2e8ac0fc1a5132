package ua.opendata.passport.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.passport.csv.CsvMessagesTest;
import ua.opendata.passport.csv.CsvProblem;

/** Every code the XLSX codec emits has a message in English and in Ukrainian. */
class XlsxMessagesTest {

    static Set<String> codes() throws IOException {
        Set<String> codes = CsvMessagesTest.codesInSources("XLSX", "xlsx");
        assertThat(codes).hasSizeGreaterThan(25).contains("XLSX-OLD-FORMAT", "XLSX-EDRPOU-LOST-ZEROS");
        return codes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void everyCodeHasAnEnglishAndAUkrainianMessage(String code) {
        CsvProblem p = new CsvProblem("f.xlsx", 2, 3, "title", code, List.of("«a»", "b", "c"), "Реєстр");
        String en = p.message(Locale.ENGLISH);
        String uk = p.message(Locale.forLanguageTag("uk"));
        assertThat(en).isNotBlank().doesNotContain("{0}").doesNotContain("{1}").matches("[\\p{ASCII}«»…]+");
        assertThat(uk).isNotBlank().isNotEqualTo(en).doesNotContain("{0}").containsPattern("[а-яіїєґ]");
        assertThat(p.location()).isEqualTo("f.xlsx:Реєстр!C2");
    }
}
