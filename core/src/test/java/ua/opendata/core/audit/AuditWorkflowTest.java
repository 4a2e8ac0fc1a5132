package ua.opendata.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.TimelinessStatus;
import ua.opendata.core.rules.UpdateEvidence;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.UpdateFrequency;

/**
 * The audit of a realistic city publisher on a fake CKAN configured like data.gov.ua: dozens of datasets
 * with dirty formats, a dataset late by its files while its metadata was edited today, one without any
 * resource date, and a register with one missing, one extra and one differing title.
 */
public class AuditWorkflowTest {

    public static final String ORG = "kropyvnytska-rada";
    public static final String ORG_TITLE = "Кропивницька міська рада";
    public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    /** Now, for the fake's timestamps and the rulebook: 20 November 2026, 10:00 in Kyiv. */
    public static final Instant NOW = LocalDateTime.of(2026, 11, 20, 10, 0).atZone(KYIV).toInstant();
    public static final String PAGES = "https://data.gov.ua/dataset/";

    public static final String[] DIRTY_FORMATS = {"csv", "xlxs", ".сsv", "text/csv; charset=utf-8", "JSON", "xml", "XLSX",
            "PDF", "zip"};
    public static final String[] API_FREQUENCIES = {"once a day", "once a week", "once a month", "once a quarter",
            "once a half year", "once a year", "immediately after making changes", "no longer updated",
            "more than once a day"};

    /** One resource to seed: the last_modified is zone-less as CKAN writes it, or null. */
    public record Res(String name, String url, String format, @Nullable String lastModified) {
    }

    /** One dataset to seed and its register entry. */
    public record Seed(String identifier, String name, boolean identifierExtra, String title, String notes, String purpose,
                @Nullable String frequency, List<String> tags, String maintainer, String email, List<Res> resources) {

        public RegisterEntry entry() {
            return RegisterEntry.builder()
                    .identifier(identifier)
                    .title(title)
                    .description(notes)
                    .purpose(purpose)
                    .accrualPeriodicity(frequency == null ? null : UpdateFrequency.parse(frequency))
                    .keywords(tags)
                    .distributionFormats(resources.stream().map(r -> DataFormat.parse(r.format())).distinct().toList())
                    .publisher(new Publisher(ORG_TITLE, "04055009"))
                    .contactPoint(ResponsiblePerson.of(maintainer, email))
                    .landingPage(PAGES + name)
                    .build();
        }

        public CkanDatasetWrite write(String organization) {
            CkanDatasetWrite.Builder b = CkanDatasetWrite.builder()
                    .name(name).title(title).notes(notes).ownerOrg(organization).licenseId("cc-by")
                    .maintainer(maintainer).maintainerEmail(email)
                    .field("purpose_of_collecting_information", purpose)
                    .field("tag_string", String.join(",", tags))
                    .field("language", "ua");
            if (frequency != null) {
                b.field("update_frequency", frequency);
            }
            if (identifierExtra) {
                b.extra(new CkanExtra("r835_identifier",
                        com.fasterxml.jackson.databind.node.TextNode.valueOf(identifier), Map.of()));
            }
            List<CkanResourceWrite> rs = new ArrayList<>();
            for (Res r : resources) {
                CkanResourceWrite.Builder rb = CkanResourceWrite.builder().name(r.name()).url(r.url()).format(r.format());
                if (r.lastModified() != null) {
                    rb.field("last_modified", r.lastModified());
                }
                rs.add(rb.build());
            }
            return b.resources(rs).build();
        }
    }

    /** A city publisher of {@code count} datasets (at least 12), the first ten of them special. */
    public static final class City {
        public final List<Seed> seeds = new ArrayList<>();

        public City(int count, long seed) {
            Random random = new Random(seed);
            for (int i = 1; i <= count; i++) {
                String id = String.format("kr-%03d", i);
                String name = id + "-nabir";
                boolean extra = true;
                String frequency = API_FREQUENCIES[random.nextInt(API_FREQUENCIES.length)];
                List<Res> res = new ArrayList<>();
                int files = 1 + random.nextInt(3);
                for (int k = 1; k <= files; k++) {
                    LocalDateTime at = LocalDateTime.of(2026, 1 + random.nextInt(11), 1 + random.nextInt(19),
                            random.nextInt(24), random.nextInt(60));
                    res.add(new Res("Файл " + k, "https://kr-rada.gov.ua/opendata/" + id + "/" + k + ".dat",
                            DIRTY_FORMATS[random.nextInt(DIRTY_FORMATS.length)],
                            random.nextInt(5) == 0 ? null : at.toString()));
                }
                switch (i) {
                    case 5 -> extra = false; // matched by landing page
                    case 6 -> {
                        extra = false; // matched by name
                        name = id;
                    }
                    case 7 -> { // late by its file while the metadata is edited today
                        frequency = "once a month";
                        res = List.of(new Res("Дані", "https://kr-rada.gov.ua/opendata/late.csv", "csv",
                                "2026-06-01T10:00:00"));
                    }
                    case 8 -> { // no resource at all: no date
                        frequency = "once a month";
                        res = List.of();
                    }
                    case 9 -> { // resources without last_modified: created is used
                        frequency = "once a year";
                        res = List.of(new Res("Дані", "https://kr-rada.gov.ua/opendata/created.csv", "csv", null));
                    }
                    case 10 -> { // a zone-less time just before midnight in Kyiv
                        frequency = "once a week";
                        res = List.of(new Res("Дані", "https://kr-rada.gov.ua/opendata/zone.csv", "csv",
                                "2026-10-31T23:30:00"));
                    }
                    default -> { }
                }
                seeds.add(new Seed(id, name, extra, "Набір даних №" + i + " «Перелік об'єктів»",
                        "Опис набору " + i + ": що в ньому і звідки.",
                        "Постанова КМУ від 21.10.2015 № 835; рішення міської ради № " + i,
                        frequency, List.of("відкриті дані", "набір " + i), "Петренко Іван",
                        "opendata@kr-rada.gov.ua", res));
            }
        }

        public Seed seed(String identifier) {
            return seeds.stream().filter(s -> s.identifier().equals(identifier)).findFirst().orElseThrow();
        }

        public void publish(CkanClient client, String organization) {
            for (Seed s : seeds) {
                client.packageCreate(s.write(organization));
            }
        }
    }

    public static FakeCkan fake() {
        FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true)
                .clock(Clock.fixed(LocalDateTime.ofInstant(NOW, KYIV).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .start();
        ckan.createOrganization(ORG, ORG_TITLE);
        return ckan;
    }

    public static RulebookConfig rulebook() {
        return RulebookConfig.builder().clock(Clock.fixed(NOW, KYIV)).build();
    }

    private static final int DATASETS = 36;

    private FakeCkan ckan;
    private CkanClient client;
    private City city;
    private Register register;
    private AuditResult audit;
    private final List<AuditProgress> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        ckan = fake();
        client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).zone(KYIV).build();
        city = new City(DATASETS, 835);
        city.publish(client, ORG);
        // On the portal but not in the register:
        Seed extra = new Seed("kr-extra", "kr-extra-nabir", true, "Зайвий набір", "Опис", "Мета", "once a year",
                List.of("зайве"), "Петренко Іван", "opendata@kr-rada.gov.ua",
                List.of(new Res("Дані", "https://kr-rada.gov.ua/opendata/extra.csv", "csv", "2026-11-01T12:00:00")));
        client.packageCreate(extra.write(ORG));
        List<RegisterEntry> entries = new ArrayList<>();
        for (Seed s : city.seeds) {
            RegisterEntry e = s.entry();
            if (s.identifier().equals("kr-011")) {
                e = e.toBuilder().title("Перелік об'єктів (стара назва)").build();
            }
            entries.add(e);
        }
        // In the register but not on the portal:
        entries.add(RegisterEntry.builder().identifier("kr-099").title("Набір, якого немає")
                .publisher(new Publisher(ORG_TITLE, "04055009")).build());
        register = Register.of(entries);
        audit = PortalAudit.create(client).run(AuditOptions.builder().organization(ORG).rulebook(rulebook()).datasetPageBase(PAGES)
                .register(register).progress(progress::add).build());
    }

    @AfterEach
    void stop() {
        client.close();
        ckan.close();
    }

    /** The audited dataset of a seed identifier (a dataset without the identifier extra is audited by name). */
    private AuditDataset dataset(String identifier) {
        String name = city.seeds.stream().filter(s -> s.identifier().equals(identifier)).map(Seed::name).findFirst()
                .orElse(identifier);
        return audit.dataset(name).orElseThrow();
    }

    private DatasetResult verdict(String identifier) {
        return audit.verdict(dataset(identifier)).orElseThrow();
    }

    @Test
    void everyDatasetOfTheOrganizationIsAuditedOnceWithItsPageLinkAndFiles() {
        assertThat(audit.datasets()).hasSize(DATASETS + 1);
        assertThat(audit.report().datasets()).hasSize(DATASETS + 1);
        assertThat(audit.organization()).isEqualTo(ORG);
        assertThat(audit.profile()).isEqualTo("data.gov.ua");
        for (int i = 0; i < audit.datasets().size(); i++) {
            AuditDataset d = audit.datasets().get(i);
            assertThat(audit.report().datasets().get(i).identifier()).isEqualTo(d.identifier());
            assertThat(audit.report().datasets().get(i).status()).isEqualTo(ua.opendata.passport.EntryStatus.PUBLISHED);
            assertThat(d.pageUrl()).isEqualTo(PAGES + d.name());
            assertThat(d.organization()).isEqualTo(ORG);
        }
        for (Seed s : city.seeds) {
            AuditDataset d = dataset(s.identifier());
            assertThat(d.identifier()).isEqualTo(s.identifierExtra() ? s.identifier() : s.name());
            assertThat(d.files()).extracting(AuditFile::url, AuditFile::format)
                    .containsExactlyElementsOf(s.resources().stream().map(r -> tuple(r.url(), r.format())).toList());
            assertThat(d.files()).allSatisfy(f -> assertThat(f.status()).isEqualTo(AuditFileStatus.NOT_CHECKED));
        }
        assertThat(audit.fileCount()).isEqualTo(city.seeds.stream().mapToInt(s -> s.resources().size()).sum() + 1);
    }

    @Test
    void timelinessIsJudgedOnTheResourcesNeverOnMetadataModified() {
        for (Seed s : city.seeds) {
            AuditDataset d = dataset(s.identifier());
            DatasetResult v = verdict(s.identifier());
            LocalDate latest = s.resources().stream().map(Res::lastModified).filter(Objects::nonNull)
                    .map(t -> LocalDateTime.parse(t).atZone(KYIV).toLocalDate()).max(LocalDate::compareTo).orElse(null);
            if (latest != null) {
                assertThat(d.evidence()).as(s.identifier())
                        .isEqualTo(new UpdateEvidence(latest, UpdateEvidence.Basis.RESOURCE_LAST_MODIFIED));
            } else if (!s.resources().isEmpty()) {
                assertThat(d.evidence()).as(s.identifier()).isNotNull();
                assertThat(d.evidence().basis()).isEqualTo(UpdateEvidence.Basis.RESOURCE_CREATED);
            } else {
                assertThat(d.evidence()).as(s.identifier()).isNull();
            }
            if (v.timeliness() != null && v.timeliness().evidence() != null) {
                assertThat(v.timeliness().evidence()).as(s.identifier()).isEqualTo(d.evidence());
            }
        }
        assertThat(audit.report().datasets()).allSatisfy(v -> {
            if (v.timeliness() != null && v.timeliness().evidence() != null) {
                assertThat(v.timeliness().evidence().basis()).isIn(UpdateEvidence.Basis.RESOURCE_LAST_MODIFIED,
                        UpdateEvidence.Basis.RESOURCE_CREATED);
            }
        });
    }

    @Test
    void aDatasetLateByItsFilesIsLateAlthoughItsMetadataWasEditedToday() {
        AuditDataset late = dataset("kr-007");
        assertThat(late.metadataModified()).isNotNull();
        assertThat(late.metadataModified().atZone(KYIV).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(late.evidence()).isEqualTo(new UpdateEvidence(LocalDate.of(2026, 6, 1),
                UpdateEvidence.Basis.RESOURCE_LAST_MODIFIED));
        DatasetResult v = verdict("kr-007");
        assertThat(v.timeliness().status()).isEqualTo(TimelinessStatus.LATE);
        assertThat(v.passed()).isFalse();
        assertThat(audit.report().findingsFor("kr-007")).extracting(Finding::ruleId).contains("R835-TIMELINESS-LATE");
        assertThat(audit.report().overdueByPerson().values().stream().flatMap(List::stream)
                .map(DatasetResult::identifier)).contains("kr-007");
    }

    @Test
    void aDatasetWithoutResourceDatesIsNotCheckableRatherThanJudgedOnItsMetadata() {
        AuditDataset none = dataset("kr-008");
        assertThat(none.files()).isEmpty();
        assertThat(none.evidence()).isNull();
        DatasetResult v = verdict("kr-008");
        assertThat(v.timeliness().status()).isEqualTo(TimelinessStatus.NOT_CHECKABLE);
        assertThat(v.timeliness().evidence()).isNull();
        assertThat(v.timeliness().reason().en()).contains("last_modified");
        List<Finding> findings = audit.report().findingsFor("kr-008");
        assertThat(findings).extracting(Finding::ruleId).contains("R835-TIMELINESS-UNCHECKABLE")
                .doesNotContain("R835-TIMELINESS-LATE");
        assertThat(findings).filteredOn(f -> f.ruleId().equals("R835-TIMELINESS-UNCHECKABLE")).singleElement()
                .satisfies(f -> {
                    assertThat(f.message().en()).contains("no resource of the dataset on the portal has a last_modified");
                    assertThat(f.message().uk()).contains("жоден ресурс набору на порталі");
                });
        // the per-dataset counts still agree with the findings
        assertThat(v.errors() + v.warnings() + v.infos()).isEqualTo(findings.size());
    }

    @Test
    void countsOfEveryDatasetAgreeWithItsFindings() {
        for (DatasetResult v : audit.report().datasets()) {
            List<Finding> f = audit.report().findingsFor(v.identifier());
            assertThat(v.errors()).as(v.identifier()).isEqualTo(
                    f.stream().filter(x -> x.severity() == ua.opendata.core.rules.Severity.ERROR).count());
            assertThat(v.infos()).as(v.identifier()).isEqualTo(
                    f.stream().filter(x -> x.severity() == ua.opendata.core.rules.Severity.INFO).count());
        }
    }

    @Test
    void resourcesWithoutLastModifiedFallBackToCreated() {
        AuditDataset d = dataset("kr-009");
        assertThat(d.files()).singleElement().satisfies(f -> {
            assertThat(f.lastModified()).isNull();
            assertThat(f.created()).isNotNull();
        });
        assertThat(d.evidence()).isEqualTo(new UpdateEvidence(d.files().get(0).created().atZone(KYIV).toLocalDate(),
                UpdateEvidence.Basis.RESOURCE_CREATED));
        assertThat(verdict("kr-009").timeliness().status()).isEqualTo(TimelinessStatus.ON_TIME);
    }

    @Test
    void zoneLessResourceTimesAreReadInTheClientsZone() {
        AuditDataset d = dataset("kr-010");
        assertThat(d.files().get(0).lastModified())
                .isEqualTo(LocalDateTime.of(2026, 10, 31, 23, 30).atZone(KYIV).toInstant());
        assertThat(d.evidence().date()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void theRegisterComparisonFindsTheMissingTheExtraAndTheDifferingTitleAndNothingElse() {
        assertThat(audit.compared()).isTrue();
        assertThat(audit.differences(AuditDifference.Kind.MISSING)).extracting(AuditDifference::identifier)
                .containsExactly("kr-099");
        assertThat(audit.differences(AuditDifference.Kind.EXTRA)).extracting(AuditDifference::datasetName)
                .containsExactly("kr-extra-nabir");
        assertThat(audit.differences(AuditDifference.Kind.DIFFERENT))
                .extracting(AuditDifference::identifier, AuditDifference::field, AuditDifference::registerValue,
                        AuditDifference::portalValue, AuditDifference::matchedBy)
                .containsExactly(tuple("kr-011", "title", "Перелік об'єктів (стара назва)",
                        city.seed("kr-011").title(), AuditDifference.MatchedBy.IDENTIFIER));
    }

    @Test
    void dirtyFormatsOnThePortalReachTheReport() {
        long dirty = city.seeds.stream().flatMap(s -> s.resources().stream())
                .filter(r -> !DataFormat.parse(r.format()).isCanonical()).count();
        assertThat(dirty).isPositive();
        java.util.Set<String> withDirty = city.seeds.stream()
                .filter(s -> s.resources().stream().anyMatch(r -> !DataFormat.parse(r.format()).isKnown()))
                .map(Seed::identifier).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String id : withDirty) {
            assertThat(audit.report().findingsFor(id)).as(id)
                    .anySatisfy(f -> assertThat(f.path()).containsIgnoringCase("format"));
        }
    }

    @Test
    void progressIsReportedStageByStage() {
        List<AuditProgress.Stage> stages = progress.stream().map(AuditProgress::stage).distinct().toList();
        assertThat(stages).containsExactly(AuditProgress.Stage.HARVEST, AuditProgress.Stage.VALIDATE,
                AuditProgress.Stage.COMPARE, AuditProgress.Stage.DONE);
        assertThat(progress.get(progress.size() - 1)).isEqualTo(
                new AuditProgress(AuditProgress.Stage.DONE, DATASETS + 1, DATASETS + 1));
    }

    @Test
    void withoutARegisterNothingIsCompared() {
        AuditResult plain = PortalAudit.create(client).run(AuditOptions.builder().organization(ORG).rulebook(rulebook()).datasetPageBase(PAGES)
                .build());
        assertThat(plain.compared()).isFalse();
        assertThat(plain.comparison()).isEmpty();
        assertThat(plain.report().datasets()).hasSize(DATASETS + 1);
    }

    @Test
    void anotherOrganizationsDatasetsAreLeftOutAndTheWholePortalTakesThemIn() {
        ckan.createOrganization("other-rada", "Інша рада");
        client.packageCreate(new Seed("ot-1", "ot-1-nabir", true, "Чужий", "Опис", "Мета", "once a year",
                List.of("x"), "Іван", "a@b.ua", List.of()).write("other-rada"));
        AuditOptions.Builder options = AuditOptions.builder().rulebook(rulebook());
        assertThat(PortalAudit.create(client).run(options.organization(ORG).build()).dataset("ot-1-nabir")).isEmpty();
        AuditResult all = PortalAudit.create(client).run(options.organization(null).build());
        assertThat(all.organization()).isNull();
        assertThat(all.datasets()).hasSize(DATASETS + 2);
        assertThat(all.dataset("ot-1-nabir")).hasValueSatisfying(d -> assertThat(d.organization()).isEqualTo("other-rada"));
    }

    @Test
    void aSmallPageSizeHarvestsTheSameDatasets() {
        AuditResult paged = PortalAudit.create(client).run(AuditOptions.builder().organization(ORG).rulebook(rulebook()).datasetPageBase(PAGES)
                .register(register).pageSize(7).build());
        assertThat(paged.datasets()).extracting(AuditDataset::name)
                .containsExactlyElementsOf(audit.datasets().stream().map(AuditDataset::name).toList());
        assertThat(paged.report().datasets()).isEqualTo(audit.report().datasets());
    }
}
