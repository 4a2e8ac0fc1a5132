package ua.opendata.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.ResponsiblePerson;

/** Passport → dataset → passport is lossless for every element a profile can hold; the rest is reported. */
class MappingRoundTripTest {

    static final String ORG = "city";
    static final String ORG_TITLE = "Виконавчий комітет міської ради";

    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 60).boxed().flatMap(seed -> Stream.of(
                Arguments.of(PortalProfile.dataGovUa().name() + " seed " + seed, PortalProfile.dataGovUa(), seed),
                Arguments.of(PortalProfile.stockCkan().name() + " seed " + seed, PortalProfile.stockCkan(), seed)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void roundTripKeepsEveryHeldElement(String name, PortalProfile profile, long seed) {
        Passport p = new GeneratedPassports(seed).next(false, ORG_TITLE);
        CkanDatasetWrite w = profile.toDataset(p, PublishTarget.of(ORG));

        PortalPassport back = profile.fromDataset(asPortalHoldsIt(w));

        assertThat(back.passport()).as("seed %d: %s", seed, p).isEqualTo(held(profile, p));
        assertThat(back.notes()).isEmpty();
        assertThat(w.ownerOrg()).isEqualTo(ORG);
        assertThat(w.licenseId()).isEqualTo("cc-by");
        assertThat(w.name()).matches("[a-z0-9_-]{2,100}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void cannotHoldNamesExactlyTheElementsThatAreLost(String name, PortalProfile profile, long seed) {
        Passport p = new GeneratedPassports(seed).next(false, ORG_TITLE);

        Set<String> noted = new LinkedHashSet<>();
        profile.cannotHold(p).stream().filter(n -> n.kind() != MappingNote.Kind.NORMALISED).forEach(n -> noted.add(n.element()));

        assertThat(noted).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(expectedLost(profile, p));
    }

    /** What the profile keeps of a passport, as the rules in PortalProfile's javadoc state them. */
    static Passport held(PortalProfile profile, Passport p) {
        boolean dgua = profile == PortalProfile.dataGovUa();
        List<Distribution> published = published(p);
        List<Distribution> dist = published.stream().map(d -> new Distribution(d.title(), d.url(),
                d.format() == null ? null : DataFormat.parse(d.format().label()), d.compression(), d.mediaType(),
                d.sizeBytes())).toList();
        Passport.Builder b = p.toBuilder()
                .distributions(dist)
                .landingPage(null)
                .firstPublished(null)
                .lastModified(null)
                .publisher(new Publisher(ORG_TITLE, dgua || p.publisher() == null ? null : p.publisher().edrpou()))
                .structure(p.structure() == null || p.structure().url() == null ? null : DataStructure.link(p.structure().url()));
        ResponsiblePerson rp = p.responsiblePerson();
        if (rp != null) {
            b.responsiblePerson(new ResponsiblePerson(rp.fullName(), rp.email(), dgua ? null : rp.position(), null));
        }
        if (dgua) {
            b.updateFrequency(p.updateFrequency() == null ? null : p.updateFrequency().canonical())
                    .formats(dist.stream().filter(d -> d.format() != null).map(Distribution::format).distinct().toList())
                    .compression(null).dataAsOf(null).previousVersionsUrl(null).extras(Map.of())
                    .datasetUrl(dist.isEmpty() ? null : dist.get(0).url());
        }
        return b.build();
    }

    static List<String> expectedLost(PortalProfile profile, Passport p) {
        List<String> lost = new ArrayList<>();
        if (profile == PortalProfile.dataGovUa()) {
            if (p.publisher() != null && p.publisher().edrpou() != null) {
                lost.add("publisher.edrpou");
            }
            if (p.compression() != null) {
                lost.add("compression");
            }
            if (p.dataAsOf() != null) {
                lost.add("dataAsOf");
            }
            if (p.previousVersionsUrl() != null) {
                lost.add("previousVersionsUrl");
            }
            if (p.responsiblePerson() != null && p.responsiblePerson().position() != null) {
                lost.add("responsiblePerson.position");
            }
            p.extras().keySet().forEach(k -> lost.add("extras." + k));
            List<Distribution> pub = published(p);
            if (p.datasetUrl() != null && (pub.isEmpty() || !p.datasetUrl().equals(pub.get(0).url()))) {
                lost.add("datasetUrl");
            }
            List<String> labels = pub.stream().filter(d -> d.format() != null).map(d -> d.format().label()).distinct().toList();
            List<String> given = p.formats().stream().map(DataFormat::label).toList();
            if (!given.isEmpty() && !given.equals(labels)) {
                lost.add("formats");
            }
        }
        if (p.responsiblePerson() != null && p.responsiblePerson().order() != null) {
            lost.add("responsiblePerson.order");
        }
        if (p.structure() != null && !p.structure().fields().isEmpty()) {
            lost.add("structure.fields");
        }
        return lost;
    }

    static List<Distribution> published(Passport p) {
        if (!p.distributions().isEmpty() || p.datasetUrl() == null) {
            return p.distributions();
        }
        return List.of(new Distribution(null, p.datasetUrl(), p.formats().isEmpty() ? null : p.formats().get(0),
                null, null, null));
    }

    /** The write shape as a portal returns it: the same keys, plus the owning organization. */
    static CkanDataset asPortalHoldsIt(CkanDatasetWrite w) {
        ObjectNode json = w.toJson();
        json.putObject("organization").put("name", ORG).put("title", ORG_TITLE);
        return CkanDataset.fromJson(json);
    }

    // ------------------------------------------------------------------ through the fake CKAN

    private static FakeCkan dgua;
    private static FakeCkan stock;

    @BeforeAll
    static void start() {
        dgua = FakeCkan.builder().dataGovUaSchema(true).start();
        stock = FakeCkan.builder().start();
        dgua.createOrganization(ORG, ORG_TITLE);
        stock.createOrganization(ORG, ORG_TITLE);
    }

    @AfterAll
    static void stop() {
        dgua.close();
        stock.close();
    }

    static Stream<Arguments> fakeSeeds() {
        return LongStream.rangeClosed(101, 108).boxed().flatMap(seed -> Stream.of(
                Arguments.of("data.gov.ua-like fake, seed " + seed, true, seed),
                Arguments.of("stock fake, seed " + seed, false, seed)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fakeSeeds")
    void roundTripThroughARealisticPortal(String name, boolean dataGovUa, long seed) {
        FakeCkan ckan = dataGovUa ? dgua : stock;
        PortalProfile profile = dataGovUa ? PortalProfile.dataGovUa() : PortalProfile.stockCkan();
        Passport p = new GeneratedPassports(seed).next(true, ORG_TITLE);
        try (CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            client.packageCreate(profile.toDataset(p, PublishTarget.of(ORG)));
            CkanDataset shown = client.packageShow(PublishTarget.of(ORG).datasetName(p));

            Passport back = profile.fromDataset(shown).passport();

            assertThat(back.firstPublished()).isNotNull();
            assertThat(back.lastModified()).isNotNull();
            Passport expected = held(profile, p);
            if (dataGovUa) { // CKAN keeps the tags as a set and derives tag_string from them, sorted
                expected = expected.toBuilder().keywords(expected.keywords().stream().sorted().toList()).build();
            }
            assertThat(back.toBuilder().firstPublished(null).lastModified(null).build()).isEqualTo(expected);
        }
    }

    @Test
    void languageIsUaOnDataGovUaAndUkInThePassport() {
        Passport p = Passport.builder().identifier("x1").language("uk").build();

        CkanDatasetWrite w = PortalProfile.dataGovUa().toDataset(p, PublishTarget.of(ORG));

        assertThat(w.other().get("language").asText()).isEqualTo("ua");
        assertThat(PortalProfile.dataGovUa().fromDataset(asPortalHoldsIt(w)).passport().language()).isEqualTo("uk");
        assertThat(PortalProfile.stockCkan().toDataset(p, PublishTarget.of(ORG)).extras())
                .anySatisfy(e -> assertThat(e.key() + "=" + e.value().asText()).isEqualTo("r835_language=uk"));
    }
}
