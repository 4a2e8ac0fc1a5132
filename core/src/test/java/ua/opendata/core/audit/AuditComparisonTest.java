package ua.opendata.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.audit.AuditWorkflowTest.Res;
import ua.opendata.core.audit.AuditWorkflowTest.Seed;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.UpdateFrequency;

/** How register entries are matched with portal datasets, and which differences count. */
class AuditComparisonTest {

    private static FakeCkan ckan;
    private static CkanClient client;
    private static Seed a;
    private static Seed b;
    private static Seed c;
    private static Seed d;
    private static Seed e;

    private static Seed seed(String id, String name, boolean extra, List<String> tags, String format) {
        return new Seed(id, name, extra, "Назва " + id, "Опис " + id, "Мета " + id, "once a month", tags,
                "Петренко Іван", "opendata@kr-rada.gov.ua",
                List.of(new Res("Дані", "https://kr-rada.gov.ua/" + id + ".dat", format, "2026-11-10T10:00:00")));
    }

    @BeforeAll
    static void start() {
        ckan = AuditWorkflowTest.fake();
        client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).zone(AuditWorkflowTest.KYIV).build();
        a = seed("id-a", "a-nabir", true, List.of("бюджет"), "csv");
        b = seed("id-b", "b-nabir", false, List.of("бюджет"), "csv");
        c = seed("c-nabir", "c-nabir", false, List.of("x", "y"), "csv");
        d = seed("id-d", "d-nabir", true, List.of("Відкриті дані", "бюджет"), "xlxs");
        e = seed("id-e", "e-nabir", true, List.of("бюджет"), "JSON");
        for (Seed s : List.of(a, b, c, d, e)) {
            client.packageCreate(s.write(AuditWorkflowTest.ORG));
        }
    }

    @AfterAll
    static void stop() {
        client.close();
        ckan.close();
    }

    private static AuditResult audit(List<RegisterEntry> entries) {
        return PortalAudit.create(client).run(AuditOptions.builder().organization(AuditWorkflowTest.ORG)
                .rulebook(AuditWorkflowTest.rulebook()).register(Register.of(entries)).build());
    }

    @Test
    void eachMatchingRouteIsTriedInTurnAndNamedInTheDifference() {
        AuditResult r = audit(List.of(
                a.entry().toBuilder().purpose("Інша мета").build(),
                b.entry().toBuilder().identifier("id-b").description("Інший опис").build(),
                c.entry().toBuilder().landingPage(null).keywords(List.of("x", "z")).build(),
                d.entry(), e.entry()));
        assertThat(r.differences(AuditDifference.Kind.DIFFERENT))
                .extracting(AuditDifference::identifier, AuditDifference::matchedBy, AuditDifference::field,
                        AuditDifference::registerValue, AuditDifference::portalValue)
                .containsExactly(
                        tuple("id-a", AuditDifference.MatchedBy.IDENTIFIER, "purpose", "Інша мета", "Мета id-a"),
                        tuple("id-b", AuditDifference.MatchedBy.LANDING_PAGE, "description", "Інший опис", "Опис id-b"),
                        tuple("c-nabir", AuditDifference.MatchedBy.NAME, "keywords", "x, z", "x, y"));
        assertThat(r.differences(AuditDifference.Kind.MISSING)).isEmpty();
        assertThat(r.differences(AuditDifference.Kind.EXTRA)).isEmpty();
    }

    @Test
    void spellingsThatMeanTheSameAreNotDifferences() {
        RegisterEntry same = d.entry().toBuilder()
                .title("  Назва   id-d ")
                .keywords(List.of("бюджет", "відкриті дані"))
                .distributionFormats(List.of(DataFormat.parse("XLSX")))
                .accrualPeriodicity(UpdateFrequency.parse("Щомісяця"))
                .contactPoint(ResponsiblePerson.of("Петренко Іван", "OpenData@KR-rada.gov.ua"))
                .build();
        AuditResult r = audit(List.of(a.entry(), b.entry(), c.entry(), same, e.entry()));
        assertThat(r.comparison()).isEmpty();
    }

    @Test
    void contactFrequencyAndFormatDifferencesAreReportedPerField() {
        RegisterEntry changed = e.entry().toBuilder()
                .accrualPeriodicity(UpdateFrequency.parse("once a year"))
                .distributionFormats(List.of(DataFormat.parse("CSV")))
                .contactPoint(ResponsiblePerson.of("Коваленко Олена", "opendata@kr-rada.gov.ua"))
                .build();
        AuditResult r = audit(List.of(a.entry(), b.entry(), c.entry(), d.entry(), changed));
        assertThat(r.comparison()).extracting(AuditDifference::field, AuditDifference::registerValue,
                AuditDifference::portalValue).containsExactly(
                tuple("accrualPeriodicity", "once a year", "once a month"),
                tuple("distributionFormats", "CSV", "JSON"),
                tuple("contactPoint.fullName", "Коваленко Олена", "Петренко Іван"));
    }

    @Test
    void onlyPublishedOrUnstatedEntriesCanBeMissingAndADatasetMatchesOneEntryOnly() {
        RegisterEntry planned = RegisterEntry.builder().identifier("p-1").status(EntryStatus.PLANNED).build();
        RegisterEntry withdrawn = RegisterEntry.builder().identifier("w-1").status(EntryStatus.WITHDRAWN).build();
        RegisterEntry published = RegisterEntry.builder().identifier("m-1").status(EntryStatus.PUBLISHED).build();
        RegisterEntry twice = a.entry().toBuilder().identifier("id-a-copy").landingPage(AuditWorkflowTest.PAGES
                + "a-nabir").build();
        AuditResult r = audit(List.of(a.entry(), twice, planned, withdrawn, published, b.entry(), c.entry(),
                d.entry()));
        assertThat(r.differences(AuditDifference.Kind.MISSING)).extracting(AuditDifference::identifier)
                .containsExactly("id-a-copy", "m-1");
        assertThat(r.differences(AuditDifference.Kind.EXTRA)).extracting(AuditDifference::datasetName,
                AuditDifference::identifier).containsExactly(tuple("e-nabir", "id-e"));
    }

    @Test
    void matchedEntriesLendTheirInternalColumnsToTheReport() {
        AuditResult r = audit(List.of(a.entry().toBuilder().responsiblePerson("Сидоренко Марія")
                .annexDataset("all-holders:6").build(), b.entry(), c.entry(), d.entry(), e.entry()));
        assertThat(r.verdict(r.dataset("a-nabir").orElseThrow()).orElseThrow().responsible())
                .isEqualTo("Сидоренко Марія");
        assertThat(r.report().annex()).anySatisfy(x -> assertThat(x.published()).contains("all-holders:6"));
    }
}
