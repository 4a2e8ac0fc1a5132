package ua.opendata.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.rules.AnnexCoverage;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.annex.AnnexMapping;
import ua.opendata.passport.annex.MatchMethod;

/**
 * The audit without a register of a central body on the fake portal: «Пенсійний фонд України», its datasets
 * titled as real publishers write them ({@code central-body-pfu.csv}), with the verdicts expected per dataset
 * and per position written down before the matcher ran ({@code central-body-pfu-positions.csv}).
 */
class AuditAnnexPresenceTest {

    static final String HOLDER = "Пенсійний фонд України";

    static FakeCkan ckan;
    static CkanClient client;
    static String holderSection;

    /** One dataset of the fixture. */
    record Row(String name, String title, boolean isPrivate, String accessRights, String expected, String matcherNow) {
        /** What the matcher is asserted to say: its known disagreement when recorded, else the expected. */
        String asserted() {
            return matcherNow.isEmpty() ? expected : matcherNow;
        }
    }

    @BeforeAll
    static void seed() throws IOException {
        ckan = FakeCkan.builder().start();
        client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build();
        holderSection = AnnexCatalogue.bundled().sectionOfHolder(HOLDER).orElseThrow().code();
        seedCentralBody(ckan, client, "pfu");
        ckan.createOrganization("kyiv-rada", "Київська міська рада");
        ckan.createOrganization("mod", "Міністерство оборони України");
        ckan.createOrganization("romashka", "ТОВ «Ромашка»");
        ckan.seedDatasets("romashka", "romashka", 2);
    }

    @AfterAll
    static void stop() {
        client.close();
        ckan.close();
    }

    /** Creates the organization «Пенсійний фонд України» under {@code name} with the fixture's datasets. */
    static void seedCentralBody(FakeCkan ckan, CkanClient client, String name) throws IOException {
        ckan.createOrganization(name, HOLDER);
        for (Row r : rows()) {
            CkanDatasetWrite.Builder d = CkanDatasetWrite.builder().name(r.name()).title(r.title())
                    .notes("Опис: " + r.title()).ownerOrg(name).licenseId("cc-by").isPrivate(r.isPrivate())
                    .resource(CkanResourceWrite.builder().name("data").url("https://example.org/" + r.name() + ".csv")
                            .format("CSV").build());
            if (!r.accessRights().isEmpty()) {
                d.extra(new CkanExtra("access_rights", com.fasterxml.jackson.databind.node.TextNode.valueOf(r.accessRights()), Map.of()));
            }
            client.packageCreate(d.build());
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> out = new ArrayList<>();
        for (List<String> c : csv("central-body-pfu.csv")) {
            out.add(new Row(c.get(0), c.get(1), Boolean.parseBoolean(c.get(2)), c.get(3), c.get(4),
                    c.size() > 5 ? c.get(5) : ""));
        }
        return out;
    }

    /** The expected verdict per position, {@code holder:N} standing for the holder's own section. */
    static Map<String, String> expectedPositions() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> c : csv("central-body-pfu-positions.csv")) {
            out.put(ref(c.get(0)), c.get(1));
        }
        return out;
    }

    static String ref(String fixtureRef) {
        return fixtureRef.startsWith("holder:") ? holderSection + fixtureRef.substring("holder".length()) : fixtureRef;
    }

    private static List<List<String>> csv(String resource) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(AuditAnnexPresenceTest.class.getResourceAsStream(resource));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(split(line));
            }
        }
        return out;
    }

    /** A CSV line (quotes around cells with commas; no quotes inside cells in these files). */
    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        cells.add(b.toString());
        return cells;
    }

    private static AuditResult audit(AuditOptions.Builder options) {
        return PortalAudit.create(client).run(options.build());
    }

    @Test
    void theCentralBodyIsAuditedOnItsOwnPositionsFromTheHolderTable() throws IOException {
        AuditResult r = audit(AuditOptions.builder().organization("pfu").includePrivate(true));
        AuditAnnex a = r.annex();

        assertThat(a.basis()).isEqualTo(AuditAnnex.Basis.HOLDER_TABLE);
        assertThat(a.holder()).isEqualTo(HOLDER);
        assertThat(a.sections()).containsExactly(AnnexCatalogue.ALL_HOLDERS, holderSection);
        assertThat(a.positions()).hasSize(16 + 9)
                .noneMatch(p -> p.position().sectionCode().equals(AnnexCatalogue.LOCAL_SELF_GOVERNMENT));
        assertThat(r.report().annex()).extracting(AnnexCoverage::sectionCode)
                .containsExactly(AnnexCatalogue.ALL_HOLDERS, holderSection);

        Map<String, String> got = new LinkedHashMap<>();
        for (AuditAnnex.Position p : a.positions()) {
            got.put(p.position().ref(), switch (p.state()) {
                case PRESENT -> "present";
                case RESTRICTED -> "restricted";
                case UNSURE, MISSING -> "not-fulfilled";
            });
        }
        assertThat(got).isEqualTo(expectedPositions());

        int truePositives = 0;
        int takenCount = 0;
        int expectedCount = 0;
        for (Row row : rows()) {
            AuditAnnex.Position taken = a.positions().stream().filter(p -> p.datasets().contains(row.name()))
                    .findFirst().orElse(null);
            if (row.asserted().equals("-")) {
                assertThat(taken).as(row.title()).isNull();
                assertThat(a.extras()).as(row.title()).anyMatch(x -> x.name().equals(row.name()));
            } else {
                assertThat(taken).as(row.title()).isNotNull();
                assertThat(taken.position().ref()).as(row.title()).isEqualTo(ref(row.asserted()));
                assertThat(taken.method()).isEqualTo(MatchMethod.TITLE);
                assertThat(taken.reason().kind()).isEqualTo(ua.opendata.passport.annex.MatchReason.Kind.TITLE);
                assertThat(taken.reason().render(java.util.Locale.ENGLISH)).isNotBlank();
            }
            takenCount += taken == null ? 0 : 1;
            expectedCount += row.expected().equals("-") ? 0 : 1;
            truePositives += taken != null && taken.position().ref().equals(ref(row.expected())) ? 1 : 0;
        }
        System.out.printf(java.util.Locale.ROOT, "central body (ПФУ): %d datasets, precision %.3f recall %.3f%n",
                rows().size(), (double) truePositives / takenCount, (double) truePositives / expectedCount);
        AnnexCoverage own = r.report().annex().get(1);
        assertThat(own.restricted()).containsExactly(holderSection + ":8");
        assertThat(r.report().annex().get(0).restricted()).containsExactly("all-holders:15");
        // KPI and timeliness as for any audit: every dataset has a verdict
        assertThat(r.report().datasets()).hasSize(rows().size());
    }

    @Test
    void withoutThePrivateDatasetItsPositionIsNotFulfilled() {
        AuditResult r = audit(AuditOptions.builder().organization("pfu"));
        AuditAnnex.Position p8 = r.annex().positions().stream()
                .filter(p -> p.position().ref().equals(holderSection + ":8")).findFirst().orElseThrow();
        assertThat(p8.state()).isIn(AuditAnnex.State.MISSING, AuditAnnex.State.UNSURE);
        assertThat(r.datasets()).noneMatch(d -> d.name().equals("pfu-zastrakhovani"));
    }

    @Test
    void givenSectionsWinOverTheHolderTable() {
        AuditResult r = audit(AuditOptions.builder().organization("pfu").annexSections(List.of(AnnexCatalogue.ALL_HOLDERS)));
        assertThat(r.annex().basis()).isEqualTo(AuditAnnex.Basis.GIVEN);
        assertThat(r.annex().holder()).isNull();
        assertThat(r.annex().positions()).hasSize(16);
        assertThat(r.annex().extras()).extracting(AuditAnnex.Extra::name).contains("pfu-sklad-ved", "pfu-pensioners");
    }

    @Test
    void aCouncilIsBoundByTheSectionsItsTitleShows() {
        AuditResult r = audit(AuditOptions.builder().organization("kyiv-rada"));
        assertThat(r.annex().basis()).isEqualTo(AuditAnnex.Basis.PUBLISHER_NAME);
        assertThat(r.annex().holder()).isEqualTo("Київська міська рада");
        assertThat(r.annex().sections()).containsExactly(AnnexCatalogue.ALL_HOLDERS, AnnexCatalogue.LOCAL_SELF_GOVERNMENT);
        assertThat(r.annex().positions()).allMatch(p -> p.state() == AuditAnnex.State.MISSING);
    }

    @Test
    void aHolderOfTheTableWithoutASectionOfItsOwnIsBoundByAllHoldersOnly() {
        AuditResult r = audit(AuditOptions.builder().organization("mod"));
        assertThat(r.annex().basis()).isEqualTo(AuditAnnex.Basis.HOLDER_WITHOUT_SECTION);
        assertThat(r.annex().holder()).isEqualTo("Міноборони");
        assertThat(r.annex().sections()).containsExactly(AnnexCatalogue.ALL_HOLDERS);
        assertThat(r.annex().positions()).hasSize(16);
    }

    @Test
    void anUnknownOrganizationFallsBackToTheRulebookSections() {
        AuditResult r = audit(AuditOptions.builder().organization("romashka"));
        assertThat(r.annex().basis()).isEqualTo(AuditAnnex.Basis.DEFAULT);
        assertThat(r.annex().holder()).isNull();
        assertThat(r.annex().sections()).containsExactly(AnnexCatalogue.ALL_HOLDERS, AnnexCatalogue.LOCAL_SELF_GOVERNMENT);
        assertThat(r.annex().extras()).hasSize(2);
    }

    @Test
    void theMappingWrittenPinsWhenReadBack() {
        AuditResult first = audit(AuditOptions.builder().organization("pfu").includePrivate(true));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        first.annex().writeMapping(csv);
        String written = csv.toString(StandardCharsets.UTF_8);
        assertThat(written).startsWith(String.join(",", AnnexMapping.HEADER))
                .contains("pfu-subsydii,Перелік отримувачів житлових субсидій," + holderSection + ":9,title,");
        // a reviewer pins the extra «Кількість пенсіонерів» to the holder's position 2
        AnnexMapping pinned = AnnexMapping.read(new java.io.ByteArrayInputStream((String.join(",", AnnexMapping.HEADER)
                + "\npfu-pensioners,,"+ holderSection + ":2,,,,\n").getBytes(StandardCharsets.UTF_8)), "pin.csv");
        AuditResult second = audit(AuditOptions.builder().organization("pfu").includePrivate(true)
                .rulebook(ua.opendata.core.rules.RulebookConfig.builder().annexMapping(pinned).build()));
        AuditAnnex.Position p2 = second.annex().positions().stream()
                .filter(p -> p.position().ref().equals(holderSection + ":2")).findFirst().orElseThrow();
        assertThat(p2.state()).isEqualTo(AuditAnnex.State.PRESENT);
        assertThat(p2.method()).isEqualTo(MatchMethod.MAPPING);
        assertThat(p2.datasets()).containsExactly("pfu-pensioners");
    }

    @Test
    void theWholePortalIsAuditedHolderByHolderKeepingOnlySummaries() {
        List<String> handed = new ArrayList<>();
        List<AuditSummary> summaries = PortalAudit.create(client).runEachHolder(
                AuditOptions.builder().includePrivate(true).build(), r -> handed.add(r.organization()));

        // the council and the company are not annex holders
        assertThat(handed).containsExactly("mod", "pfu");
        assertThat(summaries).hasSize(2);
        assertThat(summaries.get(0).holder()).isEqualTo("Міноборони");
        assertThat(summaries.get(0).sections()).containsExactly(AnnexCatalogue.ALL_HOLDERS);
        AuditSummary s = summaries.get(1);
        assertThat(s.organization()).isEqualTo("pfu");
        assertThat(s.title()).isEqualTo(HOLDER);
        assertThat(s.holder()).isEqualTo(HOLDER);
        assertThat(s.sections()).containsExactly(AnnexCatalogue.ALL_HOLDERS, holderSection);
        assertThat(s.datasets()).isEqualTo(17);
        assertThat(s.present() + s.restricted() + s.unsure() + s.missing()).isEqualTo(25);
        assertThat(s.restricted()).isEqualTo(2);
        assertThat(s.notFulfilled()).contains(holderSection + ":2", "all-holders:16")
                .doesNotContain(holderSection + ":1");
    }
}
