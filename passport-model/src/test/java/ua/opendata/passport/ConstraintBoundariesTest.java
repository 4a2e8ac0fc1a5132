package ua.opendata.passport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Size limits at their boundaries, e-mail addresses, and a complete passport that is valid. */
class ConstraintBoundariesTest {

    private static final Validator V = ValidationMessagesTest.validator(Locale.ENGLISH);

    static Stream<Arguments> limits() {
        return Stream.of(
                limit("identifier (254)", 254, "identifier", n -> Samples.fullPassport().toBuilder().identifier(n).build()),
                limit("title (254)", 254, "title", n -> Samples.fullPassport().toBuilder().title(n).build()),
                limit("description (4000)", 4000, "description",
                        n -> Samples.fullPassport().toBuilder().description(n).build()),
                limit("purpose (512)", 512, "purpose", n -> Samples.fullPassport().toBuilder().purpose(n).build()),
                limit("publisher name (512)", 512, "publisher.name",
                        n -> Samples.fullPassport().toBuilder().publisher(new Publisher(n, Samples.EDRPOU)).build()),
                limit("responsible person (254)", 254, "responsiblePerson.fullName",
                        n -> Samples.fullPassport().toBuilder()
                                .responsiblePerson(ResponsiblePerson.of(n, "opendata@shchastia-vca.gov.ua")).build()),
                limit("register entry title (254)", 254, "entries[0].title",
                        n -> new Register(List.of(Samples.register().entries().get(0).toBuilder().title(n).build()),
                                Samples.register().extraColumns())));
    }

    private static Arguments limit(String name, int max, String path, Function<String, Object> make) {
        return Arguments.of(Named.of(name, make), max, path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void limitIsInclusive(Function<String, Object> make, int max, String path) {
        assertThat(paths(V.validate(make.apply("щ".repeat(max))))).doesNotContain(path);
        assertThat(paths(V.validate(make.apply("щ".repeat(max + 1))))).containsExactly(path);
    }

    @Test
    void theSamplePassportAndRegisterAreValid() {
        assertThat(V.validate(Samples.fullPassport())).isEmpty();
        assertThat(paths(V.validate(Samples.register()))).allMatch(p -> p.startsWith("entries[1]."));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"opendata@shchastia-vca.gov.ua", "o.kovalenko+data@rada.gov.ua", "a@b.ua"})
    void goodEmailsPass(String email) {
        assertThat(paths(V.validate(ResponsiblePerson.of("Коваленко Олена", email)))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"not-an-address", "opendata@", "@rada.gov.ua", "open data@rada.gov.ua",
        "opendata@@rada.gov.ua"})
    void badEmailsFail(String email) {
        assertThat(paths(V.validate(ResponsiblePerson.of("Коваленко Олена", email)))).containsExactly("email");
    }

    @Test
    void negativeSizeFailsZeroPasses() {
        assertThat(paths(V.validate(new Distribution(null, "https://a.ua/x", DataFormat.parse("csv"), null, null, -1L))))
                .containsExactly("sizeBytes");
        assertThat(V.validate(new Distribution(null, "https://a.ua/x", DataFormat.parse("csv"), null, null, 0L)))
                .isEmpty();
    }

    @Test
    void idnLinksAreValidInAPassport() {
        Passport p = Samples.fullPassport().toBuilder().datasetUrl("https://міськрада.укр/dani").build();
        assertThat(V.validate(p)).isEmpty();
    }

    private static List<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(c -> c.getPropertyPath().toString()).sorted().toList();
    }
}
