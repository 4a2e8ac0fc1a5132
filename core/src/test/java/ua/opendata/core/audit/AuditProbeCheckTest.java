package ua.opendata.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.probe.LinkOutcome;
import ua.opendata.core.probe.ProbeServer;
import ua.opendata.core.probe.ResourceCheck;
import ua.opendata.core.probe.ResourceProbe;
import ua.opendata.core.probe.ResourceProbeTest;
import ua.opendata.core.probe.ResourceProblem;
import ua.opendata.core.probe.ResourceTarget;
import ua.opendata.core.rules.Severity;

/** The probe as the audit's file check: real files on a loopback server, linked from datasets on the fake CKAN. */
class AuditProbeCheckTest {

    private ProbeServer server;
    private FakeCkan ckan;
    private CkanClient client;
    private ResourceProbe probe;

    @BeforeEach
    void start() throws Exception {
        server = new ProbeServer();
        ckan = AuditWorkflowTest.fake();
        client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).zone(AuditWorkflowTest.KYIV).build();
        probe = ResourceProbe.builder().allowPrivateAddresses(true).perHostDelay(Duration.ZERO)
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() throws Exception {
        probe.close();
        client.close();
        ckan.close();
        server.close();
    }

    private CkanResourceWrite res(String name, String path, String format) {
        return CkanResourceWrite.builder().name(name).url(server.url(path)).format(format).build();
    }

    @Test
    void eachFileGetsTheVerdictOfWhatItReallyIs() {
        server.file("/good.csv", "text/csv; charset=utf-8", ResourceProbeTest.GOOD_CSV.getBytes(StandardCharsets.UTF_8));
        server.on("/gone.csv", ex -> ProbeServer.send(ex, 404, "text/html", "<html>Not found</html>".getBytes(StandardCharsets.UTF_8)));
        server.file("/page.csv", "text/html; charset=utf-8",
                "<!DOCTYPE html><html><head><title>Набір</title></head><body>…</body></html>".getBytes(StandardCharsets.UTF_8));
        server.file("/cp1251.csv", "text/csv", ResourceProbeTest.GOOD_CSV.getBytes(Charset.forName("windows-1251")));
        client.packageCreate(dataset("kr-files")
                .resource(res("good", "/good.csv", "CSV"))
                .resource(res("gone", "/gone.csv", "csv"))
                .resource(res("page", "/page.csv", "CSV"))
                .resource(res("cp1251", "/cp1251.csv", "CSV"))
                .build());

        AuditResult r = PortalAudit.create(client).run(AuditOptions.builder().organization(AuditWorkflowTest.ORG)
                .rulebook(AuditWorkflowTest.rulebook()).resourceCheck(AuditProbeCheck.of(probe))
                .resourceCheckConcurrency(2).build());

        Map<String, AuditFileStatus> byName = r.datasets().stream().flatMap(d -> d.files().stream())
                .collect(Collectors.toMap(f -> String.valueOf(f.name()), AuditFile::status));
        assertThat(byName).containsOnlyKeys("good", "gone", "page", "cp1251");
        assertThat(byName.get("good")).isEqualTo(new AuditFileStatus(AuditFileStatus.State.OK, null));
        assertThat(byName.get("gone").state()).isEqualTo(AuditFileStatus.State.FAILED);
        assertThat(byName.get("gone").detail()).isNotNull()
                .satisfies(t -> assertThat(t.en()).contains("HTTP 404"), t -> assertThat(t.uk()).contains("HTTP 404"));
        assertThat(byName.get("page").state()).isEqualTo(AuditFileStatus.State.FAILED);
        assertThat(byName.get("page").detail()).isEqualTo(new LocalizedText(
                "Посилання веде на вебсторінку, а не на файл CSV.", "The link leads to a web page, not to a CSV file."));
        assertThat(byName.get("cp1251").state()).isEqualTo(AuditFileStatus.State.WARNING);
        assertThat(byName.get("cp1251").detail()).isNotNull();
        assertThat(byName.get("cp1251").detail().en()).containsIgnoringCase("1251");
        assertThat(server.seen("/good.csv")).hasSize(1);
    }

    @Test
    void verdictFollowsTheWorstProblemAndNamesTheFirstOfIt() {
        ResourceTarget t = ResourceTarget.of("http://example.org/a.csv", "csv");
        ResourceProblem info = problem("I", Severity.INFO);
        ResourceProblem warn1 = problem("W1", Severity.WARNING);
        ResourceProblem warn2 = problem("W2", Severity.WARNING);
        ResourceProblem error = problem("E", Severity.ERROR);

        assertThat(AuditProbeCheck.status(ResourceCheck.builder(t).outcome(LinkOutcome.OK).build()))
                .isEqualTo(new AuditFileStatus(AuditFileStatus.State.OK, null));
        assertThat(AuditProbeCheck.status(ResourceCheck.builder(t).problems(List.of(info)).build()))
                .isEqualTo(new AuditFileStatus(AuditFileStatus.State.OK, null));
        assertThat(AuditProbeCheck.status(ResourceCheck.builder(t).problems(List.of(info, warn1, warn2)).build()))
                .isEqualTo(new AuditFileStatus(AuditFileStatus.State.WARNING, warn1.message()));
        assertThat(AuditProbeCheck.status(ResourceCheck.builder(t).problems(List.of(warn1, error)).build()))
                .isEqualTo(new AuditFileStatus(AuditFileStatus.State.FAILED, error.message()));
    }

    @Test
    void targetKeepsTheLinkTheDeclaredFormatAndTheId() {
        server.file("/x.csv", "text/csv; charset=utf-8", ResourceProbeTest.GOOD_CSV.getBytes(StandardCharsets.UTF_8));
        client.packageCreate(dataset("kr-one").resource(res("x", "/x.csv", "xlsx")).build());
        var dataset = client.packageShow("kr-one");
        var resource = dataset.resources().get(0);

        ResourceTarget target = AuditProbeCheck.of(probe).target(dataset, resource);

        assertThat(target.url()).isEqualTo(server.url("/x.csv"));
        assertThat(target.id()).isEqualTo(resource.id()).isNotNull();
        assertThat(target.format()).isNotNull();
        assertThat(target.structure()).isNull();
        // declared XLSX, the bytes are CSV: the probe's mismatch is an error
        assertThat(AuditProbeCheck.of(probe).check(dataset, resource).state()).isEqualTo(AuditFileStatus.State.FAILED);
    }

    @Test
    void aCsvIsCheckedAgainstTheStructureKnownForItsDatasetOnly() {
        String bad = "id,назва\n1,Київ\nx,\n";
        server.file("/bad.csv", "text/csv; charset=utf-8", bad.getBytes(StandardCharsets.UTF_8));
        server.file("/other.csv", "text/csv; charset=utf-8", bad.getBytes(StandardCharsets.UTF_8));
        server.file("/structure.csv", "text/csv; charset=utf-8",
                "name,title,description,datatype,required\nid,Код,,integer,true\n".getBytes(StandardCharsets.UTF_8));
        client.packageCreate(dataset("kr-structured").resource(res("bad", "/bad.csv", "CSV"))
                .resource(res("Структура набору даних", "/structure.csv", "CSV")).build());
        client.packageCreate(dataset("kr-unknown").resource(res("other", "/other.csv", "CSV")).build());
        AuditProbeCheck check = AuditProbeCheck.of(probe, PortalProfile.dataGovUa(),
                Map.of("kr-structured", ResourceProbeTest.STRUCTURE));

        AuditResult r = PortalAudit.create(client).run(AuditOptions.builder().organization(AuditWorkflowTest.ORG)
                .rulebook(AuditWorkflowTest.rulebook()).resourceCheck(check).build());

        Map<String, AuditFileStatus> byName = r.datasets().stream().flatMap(d -> d.files().stream())
                .collect(Collectors.toMap(f -> String.valueOf(f.name()), AuditFile::status));
        assertThat(byName.get("bad").state()).as("missing column, bad integer, empty required cell")
                .isEqualTo(AuditFileStatus.State.FAILED);
        assertThat(byName.get("other").state()).as("no structure known: a well-formed table")
                .isEqualTo(AuditFileStatus.State.OK);
        assertThat(byName.get("Структура набору даних").state()).as("the structure file is not checked against itself")
                .isEqualTo(AuditFileStatus.State.OK);
        var structured = client.packageShow("kr-structured");
        var structureResource = structured.resources().stream()
                .filter(x -> "Структура набору даних".equals(x.name())).findFirst().orElseThrow();
        assertThat(check.target(structured, structured.resources().get(0)).structure())
                .isEqualTo(ResourceProbeTest.STRUCTURE);
        assertThat(check.target(structured, structureResource).structure()).isNull();
    }

    @Test
    void structuresComeFromPassportsWithFieldsOnly() {
        var withFields = ua.opendata.passport.Passport.builder().identifier("a").structure(ResourceProbeTest.STRUCTURE)
                .build();
        var linkOnly = ua.opendata.passport.Passport.builder().identifier("b")
                .structure(ua.opendata.passport.DataStructure.link("https://example.org/s.csv")).build();
        var none = ua.opendata.passport.Passport.builder().identifier("c").build();

        assertThat(AuditProbeCheck.structuresOf(Map.of("a", withFields, "b", linkOnly, "c", none)))
                .isEqualTo(Map.of("a", ResourceProbeTest.STRUCTURE));
    }

    private static CkanDatasetWrite.Builder dataset(String name) {
        return CkanDatasetWrite.builder().name(name).title("Набір " + name).notes("Опис")
                .ownerOrg(AuditWorkflowTest.ORG).licenseId("cc-by")
                .field("purpose_of_collecting_information", "Мета").field("tag_string", "файли")
                .field("language", "ua").field("update_frequency", "once a year");
    }

    private static ResourceProblem problem(String code, Severity severity) {
        return new ResourceProblem(code, severity, new LocalizedText(code + " укр", code + " en"),
                new LocalizedText("виправте", "fix it"));
    }
}
