package ua.opendata.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.Restriction;
import ua.opendata.passport.StructureField;
import ua.opendata.passport.UpdateFrequency;

/** Bad data never throws: whatever the register holds, the rulebook returns a report. */
class RulebookRobustnessTest {

    private final Rulebook rulebook = Rulebook.create(RulebookConfig.defaults());

    @Test
    void anEmptyEntryAndAnEmptyPassportGiveFindingsNotExceptions() {
        RegisterEntry empty = RegisterEntry.builder().status(EntryStatus.PUBLISHED).build();
        Passport nothing = Passport.builder().identifier("x").build();
        RegisterEntry x = RegisterEntry.builder().identifier("x").status(EntryStatus.RESTRICTED)
                .restriction(new Restriction(null, null)).build();
        ValidationReport report = rulebook.validate(Register.of(List.of(empty, x)), Map.of("x", nothing));
        assertThat(report.datasets()).hasSize(2).noneMatch(DatasetResult::passed);
        assertThat(report.findingsOf("R835-IDENTIFIER-REQUIRED")).hasSize(1);
        assertThat(report.findingsOf("R835-RESTRICTION-BASIS")).extracting(Finding::path)
                .containsExactly("restriction.legalBasis");
        assertThat(report.findingsOf("R835-TITLE-REQUIRED")).extracting(Finding::path)
                .contains("title", "passport.title");
        assertThat(report.kpi()).isZero();
        assertThat(report.meetsTarget()).isFalse();
        assertThat(rulebook.validate(Register.of(List.of())).kpi()).isZero();
        assertThat(rulebook.validate(nothing).findings()).isNotEmpty();
    }

    @Property(tries = 300)
    void anyRegisterIsReportedOnWithoutThrowing(@ForAll("entries") List<RegisterEntry> entries) {
        ValidationReport report = rulebook.validate(Register.of(entries));
        assertThat(report.datasets()).hasSize(entries.size());
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.message().uk()).isNotBlank();
            assertThat(f.message().en()).isNotBlank();
            if (f.excerpt() != null) {
                assertThat(f.excerpt().length()).isLessThanOrEqualTo(120);
            }
        });
    }

    @Property(tries = 200)
    void anyPassportIsReportedOnWithoutThrowing(@ForAll("texts") String a, @ForAll("texts") String b,
                                                 @ForAll("texts") String c) {
        Passport p = Passport.builder().identifier(a).title(b).description(c).purpose(a).language(b)
                .addFormat(DataFormat.parse(c)).updateFrequency(UpdateFrequency.parse(a)).keywords(List.of(b, ""))
                .datasetUrl(c).structure(new DataStructure(a, List.of(new StructureField(b, null, null, c, true))))
                .publisher(new Publisher(a, b)).responsiblePerson(ResponsiblePerson.of(b, c))
                .addDistribution(new Distribution(a, b, DataFormat.parse(a), DataFormat.parse(b), c, -5L))
                .landingPage(a).previousVersionsUrl(b).build();
        ValidationReport report = rulebook.validate(p);
        assertThat(report.datasets()).hasSize(1);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.of("", " ", "https://data.gov.ua/x", "data.gov.ua", "14360570", "1436057O",
                        "a@b,c", "once a month”", "xlxs", ".сsv", "zip", "all-holders:6", "<script>", "'; DROP"),
                Arbitraries.strings().withCharRange('а', 'я').ofMinLength(250).ofMaxLength(5000));
    }

    @Provide
    Arbitrary<List<RegisterEntry>> entries() {
        Arbitrary<String> t = texts().injectNull(0.3);
        Arbitrary<RegisterEntry> entry = net.jqwik.api.Combinators.combine(t, t, t, t, t,
                Arbitraries.of(EntryStatus.class).injectNull(0.2), Arbitraries.integers().between(0, 3))
                .as((a, b, c, d, e, status, n) -> {
                    List<DataFormat> formats = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        formats.add(DataFormat.parse(c == null ? "" : c));
                    }
                    return RegisterEntry.builder().identifier(a).title(b).description(c)
                            .accrualPeriodicity(d == null ? null : UpdateFrequency.parse(d))
                            .keywords(e == null ? List.of() : List.of(e)).purpose(e).landingPage(d)
                            .distributionFormats(formats).publisher(new Publisher(b, d))
                            .contactPoint(ResponsiblePerson.of(a, e)).status(status).annexDataset(d)
                            .restriction(status == EntryStatus.RESTRICTED ? new Restriction(a, null) : null)
                            .build();
                });
        return entry.list().ofMaxSize(8);
    }
}
