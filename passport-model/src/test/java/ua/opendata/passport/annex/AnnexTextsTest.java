package ua.opendata.passport.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import ua.opendata.passport.json.PassportJson;
import ua.opendata.passport.xlsx.RegisterXlsxReader;
import ua.opendata.passport.xlsx.RegisterXlsxWriter;

/** The reasons of annex matches read in Ukrainian and English; the argument errors people meet speak both. */
class AnnexTextsTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final AnnexCatalogue C = AnnexCatalogue.bundled();

    @Test
    void aReasonRendersInBothLanguagesAndItsEnglishIsTheFormerText() {
        assertThat(MatchReason.column("3.1").toString()).isEqualTo("column: 3.1");
        assertThat(MatchReason.column("3.1").render(UK)).isEqualTo("колонка: 3.1");
        assertThat(MatchReason.mapping("3.1").render(Locale.ENGLISH)).isEqualTo("mapping: 3.1");
        assertThat(MatchReason.mapping("3.1").render(UK)).isEqualTo("зіставлення: 3.1");
        assertThat(MatchReason.mappingNone().toString()).isEqualTo("mapping: none");
        assertThat(MatchReason.mappingNone().render(UK)).isEqualTo("зіставлення: жодної позиції");
        MatchReason title = MatchReason.title(0.8444, List.of("бюджет", "звіт"), List.of("громади"), List.of("план"));
        assertThat(title.toString()).isEqualTo("0.84 = [бюджет, звіт] +[громади] -[план]");
        assertThat(title.render(UK)).isEqualTo(title.toString());
        assertThat(MatchReason.title(1, List.of("="), List.of(), List.of()).toString()).isEqualTo("1.00 = [=]");
        assertThat(MatchReason.nothing().render(UK)).isEmpty();
    }

    @Test
    void theMatcherGivesStructuredReasonsAndTheMappingFileSpeaksTheLanguageAsked() {
        AnnexDataset first = C.sections().get(0).datasets().get(0);
        AnnexMatcher m = AnnexMatcher.builder().catalogue(C).sections(List.of(AnnexCatalogue.ALL_HOLDERS)).build();
        AnnexMatching matching = m.match(List.of(new AnnexCandidate("k1", "щось", first.ref()),
                new AnnexCandidate("k2", first.nameUk(), null)));
        assertThat(matching.matches().get(0).reason()).isEqualTo(MatchReason.column(first.ref()));
        assertThat(matching.matches().get(1).reason().kind()).isEqualTo(MatchReason.Kind.TITLE);
        ByteArrayOutputStream en = new ByteArrayOutputStream();
        AnnexMapping.write(matching, List.of("k1", "k2"), en);
        ByteArrayOutputStream uk = new ByteArrayOutputStream();
        AnnexMapping.write(matching, List.of("k1", "k2"), UK, uk);
        assertThat(en.toString(StandardCharsets.UTF_8)).contains("column: " + first.ref());
        assertThat(uk.toString(StandardCharsets.UTF_8)).contains("колонка: " + first.ref());
    }

    @Test
    void argumentErrorsPeopleMeetAreInEnglishAndUkrainian() {
        assertThatThrownBy(() -> PublisherKind.parse("міністерство"))
                .hasMessageContaining("unknown publisher kind 'міністерство'")
                .hasMessageContaining("невідомий вид розпорядника 'міністерство'");
        assertThatThrownBy(() -> AnnexCatalogue.bundled("1999-01"))
                .hasMessageContaining("no bundled annex version '1999-01'; known: 2024-10")
                .hasMessageContaining("немає вбудованої версії додатка '1999-01'");
        assertThatThrownBy(() -> C.sectionsForHolder("Неіснуюче відомство"))
                .hasMessageContaining("has no section for the holder 'Неіснуюче відомство'")
                .hasMessageContaining("немає розділу розпорядника 'Неіснуюче відомство'");
        assertThatThrownBy(() -> C.sectionsFor(PublisherKind.NAMED_HOLDER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sectionsForHolder");
        assertThat(C.sectionsFor(PublisherKind.LOCAL_COUNCIL))
                .containsExactly(AnnexCatalogue.ALL_HOLDERS, AnnexCatalogue.LOCAL_SELF_GOVERNMENT);
        assertThatThrownBy(() -> AnnexMatcher.builder().thresholds(0.5, 0.7, 0.1))
                .hasMessageContaining("(accept 0.5, propose 0.7, margin 0.1)").hasMessageContaining("пороги");
        assertThatThrownBy(() -> PassportJson.builder().maxNestingDepth(3))
                .hasMessage("maxNestingDepth must be at least 8 (documents nest 6 deep), got 3 / maxNestingDepth має "
                        + "бути щонайменше 8 (документи мають 6 рівнів вкладеності), дано 3");
        assertThatThrownBy(() -> PassportJson.builder().maxInputBytes(0)).hasMessageContaining("дано 0");
        assertThatThrownBy(() -> RegisterXlsxWriter.builder().sheet("a/b"))
                .hasMessageContaining("RegisterXlsxWriter.sheet").hasMessageContaining("'a/b'")
                .hasMessageContaining("назва аркуша");
        assertThatThrownBy(() -> RegisterXlsxReader.builder().sheet(" "))
                .hasMessageContaining("must not be blank").hasMessageContaining("не може бути порожньою");
    }
}
