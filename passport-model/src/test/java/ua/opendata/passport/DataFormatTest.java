package ua.opendata.passport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DataFormatTest {

    @ParameterizedTest(name = "''{0}'' → {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "xlxs|XLSX|STRUCTURED",
        ".сsv|CSV|STRUCTURED",
        "text/csv; charset=utf-8|CSV|STRUCTURED",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet|XLSX|STRUCTURED",
        "Csv|CSV|STRUCTURED",
        "  json |JSON|STRUCTURED",
        "*.XML|XML|STRUCTURED",
        "ZIP|ZIP|ARCHIVE",
        "application/x-7z-compressed|SEVEN_Z|ARCHIVE",
        "tar.gz|GZ|ARCHIVE",
        "PDF|PDF|UNSTRUCTURED",
        "docx|DOCX|UNSTRUCTURED"})
    void dirtyFormatsAreRecognised(String raw, KnownFormat expected, FormatClass formatClass) {
        DataFormat f = DataFormat.parse(raw);
        assertThat(f.known()).contains(expected);
        assertThat(f.raw()).isEqualTo(raw);
        assertThat(f.formatClass()).isEqualTo(formatClass);
        assertThat(f.label()).isEqualTo(expected.label());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(KnownFormat.class)
    void canonicalLabelsParseBackToThemselves(KnownFormat k) {
        assertThat(DataFormat.parse(k.label())).isEqualTo(DataFormat.of(k));
        assertThat(DataFormat.of(k).isCanonical()).isTrue();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"foo", "", "csvx", "application/octet-stream"})
    void unknownFormats(String raw) {
        DataFormat f = DataFormat.parse(raw);
        assertThat(f.isKnown()).isFalse();
        assertThat(f.formatClass()).isEqualTo(FormatClass.UNKNOWN);
        assertThat(f.isCanonical()).isFalse();
        assertThat(f.raw()).isEqualTo(raw);
        assertThat(f.label()).isEqualTo(raw.strip());
    }

    @org.junit.jupiter.api.Test
    void sevenZipLabel() {
        assertThat(KnownFormat.SEVEN_Z.label()).isEqualTo("7Z");
        assertThat(DataFormat.parse("7z").label()).isEqualTo("7Z");
        assertThat(DataFormat.parse(".CSV").isCanonical()).isFalse();
    }
}
