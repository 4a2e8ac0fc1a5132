package ua.opendata.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.opendata.core.internal.content.CellRules;
import ua.opendata.core.internal.content.CellRules.Kind;

class CellRulesTest {

    @ParameterizedTest(name = "{0} {1} required={2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "DATE|2026-03-31|true|NONE",
            "DATE|2024-02-29|true|NONE",
            "DATE|2026-02-29|true|CONTENT-DATE",
            "DATE|2026-13-01|true|CONTENT-DATE",
            "DATE|31.03.2026|false|CONTENT-DATE",
            "DATE|2026-3-31|false|CONTENT-DATE",
            "DATE|''|true|CONTENT-REQUIRED",
            "DATE|null|true|CONTENT-REQUIRED",
            "DATE|null|false|NONE",
            "DATE|не застосовується|true|NONE",
            "DATETIME|2026-03-31T14:00:00|true|NONE",
            "DATETIME|2026-03-31 14:00:00|true|NONE",
            "DATETIME|2026-03-31T14:00:00+03:00|true|NONE",
            "DATETIME|2026-03-31T25:00:00|true|CONTENT-DATETIME",
            "INTEGER|-42|true|NONE",
            "INTEGER|4.2|true|CONTENT-INTEGER",
            "INTEGER|1 000|true|CONTENT-INTEGER",
            "NUMBER|1234.56|true|NONE",
            "NUMBER|-.5|true|NONE",
            "NUMBER|1e5|true|NONE",
            "NUMBER|1.5E-3|true|NONE",
            "NUMBER|12,5|true|CONTENT-NUMBER",
            "NUMBER|1.|true|CONTENT-NUMBER",
            "NUMBER|.|true|CONTENT-NUMBER",
            "BOOLEAN|true|true|NONE",
            "BOOLEAN|так|true|CONTENT-BOOLEAN",
            "URL|https://data.gov.ua/dataset/x|true|NONE",
            "URL|data.gov.ua/dataset/x|true|CONTENT-URL",
            "EDRPOU|00032129|true|NONE",
            "EDRPOU|32129|true|CONTENT-EDRPOU",
            "TEXT|<anything>|true|NONE",
    })
    void cells(Kind kind, String cell, boolean required, String expected) {
        assertThat(CellRules.check(kind, required, cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "date|x|DATE", "xsd:date|x|DATE", "dateTime|x|DATETIME", "integer|x|INTEGER", "decimal|x|NUMBER",
            "anyURI|x|URL", "boolean|x|BOOLEAN", "string|edrpou|EDRPOU", "string|Код ЄДРПОУ|EDRPOU",
            "NONE|name|TEXT", "string|name|TEXT"})
    void kinds(String datatype, String name, Kind expected) {
        assertThat(CellRules.kind(datatype, name)).isEqualTo(expected);
    }
}
