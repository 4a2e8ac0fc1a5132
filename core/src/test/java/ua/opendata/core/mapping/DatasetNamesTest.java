package ua.opendata.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.passport.Passport;

/** Dataset names derived for the portal: valid CKAN names, stable, never the id. */
class DatasetNamesTest {

    static Stream<Arguments> identifiers() {
        return Stream.of(
                Arguments.of("plain latin", "budget-2024", "budget-2024"),
                Arguments.of("upper case and spaces", "Budget 2024 Q1", "budget-2024-q1"),
                Arguments.of("ukrainian letters", "Реєстр шкіл", "reiestr-shkil"),
                Arguments.of("apostrophe dropped", "Об'єкти", "obiekty"),
                Arguments.of("punctuation runs collapse", "a//b..c", "a-b-c"),
                Arguments.of("underscore kept", "ds_01", "ds_01"),
                Arguments.of("edges trimmed", "--x1--", "x1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identifiers")
    void derivedFromTheIdentifier(String name, String identifier, String expected) {
        Passport p = Passport.builder().identifier(identifier).build();

        assertThat(PublishTarget.of("org").datasetName(p)).isEqualTo(expected);
    }

    @Test
    void tooShortOrTooLongIdentifiersStillGiveValidNames() {
        String shortName = PublishTarget.of("org").datasetName(Passport.builder().identifier("№").build());
        String longName = PublishTarget.of("org").datasetName(Passport.builder().identifier("x".repeat(300)).build());

        assertThat(shortName).matches("ds-[0-9a-f]{16}");
        assertThat(longName).hasSize(100).matches("[a-z0-9_-]+");
    }

    @Test
    void aLandingPageOrAGivenNameWins() {
        Passport p = Passport.builder().identifier("kr-001")
                .landingPage("https://data.gov.ua/dataset/3f2a9c1e-uuid-name?lang=uk").build();

        assertThat(PublishTarget.of("org").datasetName(p)).isEqualTo("3f2a9c1e-uuid-name");
        assertThat(PublishTarget.of("org").withName("given").datasetName(p)).isEqualTo("given");
    }

    @Test
    void invalidNamesAndMissingIdentifiersAreRefusedWithTheFix() {
        assertThatThrownBy(() -> new PublishTarget("org", "Bad Name", "cc-by"))
                .hasMessageContaining("Bad Name").hasMessageContaining("a-z, 0-9");
        assertThatThrownBy(() -> PublishTarget.of("org").datasetName(Passport.builder().title("T").build()))
                .hasMessageContaining("no identifier").hasMessageContaining("PublishTarget.name");
    }
}
