package ua.opendata.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

    /** Seeds are fixed so that a failure can be reproduced; each seed is its own case. */
    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyRegisterIsReportedOnWithoutThrowing(long seed) {
        Random random = new Random(seed);
        List<RegisterEntry> entries = new ArrayList<>();
        for (int i = random.nextInt(9); i > 0; i--) {
            entries.add(entry(random));
        }
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

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyPassportIsReportedOnWithoutThrowing(long seed) {
        Random r = new Random(seed);
        String a = text(r);
        String b = text(r);
        String c = text(r);
        Passport p = Passport.builder().identifier(a).title(b).description(c).purpose(a).language(b)
                .addFormat(DataFormat.parse(c)).updateFrequency(UpdateFrequency.parse(a)).keywords(List.of(b, ""))
                .datasetUrl(c).structure(new DataStructure(a, List.of(new StructureField(b, null, null, c, true))))
                .publisher(new Publisher(a, b)).responsiblePerson(ResponsiblePerson.of(b, c))
                .addDistribution(new Distribution(a, b, DataFormat.parse(a), DataFormat.parse(b), c, -5L))
                .landingPage(a).previousVersionsUrl(b).build();
        ValidationReport report = rulebook.validate(p);
        assertThat(report.datasets()).hasSize(1);
    }

    private static final String[] INTERESTING = {"", " ", "https://data.gov.ua/x", "data.gov.ua", "14360570",
        "1436057O", "a@b,c", "once a month”", "xlxs", ".сsv", "zip", "all-holders:6", "<script>", "'; DROP"};

    /** Short random text, one of the interesting values, or a long Cyrillic text. */
    static String text(Random r) {
        switch (r.nextInt(3)) {
            case 0: {
                StringBuilder b = new StringBuilder();
                for (int i = r.nextInt(300); i > 0; i--) {
                    b.append((char) r.nextInt(0x500));
                }
                return b.toString();
            }
            case 1:
                return INTERESTING[r.nextInt(INTERESTING.length)];
            default: {
                StringBuilder b = new StringBuilder();
                for (int i = 250 + r.nextInt(4750); i > 0; i--) {
                    b.append((char) ('а' + r.nextInt(32)));
                }
                return b.toString();
            }
        }
    }

    private static String textOrNull(Random r) {
        return r.nextInt(10) < 3 ? null : text(r);
    }

    private static RegisterEntry entry(Random r) {
        String a = textOrNull(r);
        String b = textOrNull(r);
        String c = textOrNull(r);
        String d = textOrNull(r);
        String e = textOrNull(r);
        EntryStatus status = r.nextInt(5) == 0 ? null : EntryStatus.values()[r.nextInt(EntryStatus.values().length)];
        List<DataFormat> formats = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            formats.add(DataFormat.parse(c == null ? "" : c));
        }
        return RegisterEntry.builder().identifier(a).title(b).description(c)
                .accrualPeriodicity(d == null ? null : UpdateFrequency.parse(d))
                .keywords(e == null ? List.of() : List.of(e)).purpose(e).landingPage(d)
                .distributionFormats(formats).publisher(new Publisher(b, d))
                .contactPoint(ResponsiblePerson.of(a, e)).status(status).annexDataset(d)
                .restriction(status == EntryStatus.RESTRICTED ? new Restriction(a, null) : null)
                .build();
    }
}
