package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeRequest;

/** {@code package_revise} with several files in one multipart call. */
class CkanReviseFilesTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FakeCkan fake;
    private CkanClient ckan;
    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        fake = FakeCkan.builder().maxResourceSize(200_000).start();
        fake.createOrganization("o-org", "O");
        ckan = CkanClient.builder(fake.baseUrl()).apiKey(fake.sysadminKey())
                .maxUploadBytes(1_000_000).retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        ckan.close();
        fake.close();
    }

    private Path file(String name, int size, long seed) throws Exception {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return Files.write(dir.resolve(name), data);
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    private CkanDataset datasetWithALinkAndAFile() throws Exception {
        CkanDataset d = ckan.packageCreate(CkanDatasetWrite.builder().name("revised").ownerOrg("o-org")
                .resource(CkanResourceWrite.builder().name("link").url("http://example.org/a.csv").build())
                .build());
        ckan.uploadNew(CkanResourceWrite.builder().packageId(d.id()).name("old file").build(),
                file("old.csv", 1000, 1), CkanUploadProgress.none());
        return ckan.packageShow("revised");
    }

    @Test
    void addsTwoFilesAndReplacesOneInOneCallKeepingTheRest() throws Exception {
        CkanDataset before = datasetWithALinkAndAFile();
        String oldFileId = before.resources().get(1).id();
        Path a = file("a.csv", 20_000, 2);
        Path b = file("b.json", 7_000, 3);
        Path c = file("c.csv", 5_000, 4);
        List<long[]> progress = new CopyOnWriteArrayList<>();
        ObjectNode match = F.objectNode().put("name", "revised")
                .put("metadata_modified", before.metadataModified().raw());

        CkanRevision rev = ckan.packageReviseFiles(match, F.objectNode().put("notes", "з файлами"),
                List.of(CkanFileUpload.newResource(CkanResourceWrite.builder().name("A").format("CSV").build(), a),
                        CkanFileUpload.replace(oldFileId, c),
                        CkanFileUpload.newResource(CkanResourceWrite.builder().name("B").build(), b)),
                (sent, total) -> progress.add(new long[] {sent, total}));

        CkanDataset after = rev.dataset();
        assertThat(after.notes()).isEqualTo("з файлами");
        assertThat(after.resources()).extracting(CkanResource::name)
                .containsExactly("link", "old file", "A", "B");
        assertThat(after.resources().get(0).url()).isEqualTo("http://example.org/a.csv");
        assertThat(rev.files()).extracting(u -> u.resource().name()).containsExactly("A", "old file", "B");
        Path[] sent = {a, c, b};
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 3; i++) {
            CkanUploaded u = rev.files().get(i);
            assertThat(u.sha256()).isEqualTo(sha256(sent[i]));
            assertThat(u.bytes()).isEqualTo(Files.size(sent[i]));
            assertThat(u.resource().urlType()).isEqualTo("upload");
            assertThat(u.resource().size()).isEqualTo(Files.size(sent[i]));
            byte[] served = http.send(HttpRequest.newBuilder(URI.create(u.resource().url())).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            assertThat(served).isEqualTo(Files.readAllBytes(sent[i]));
        }
        assertThat(rev.files().get(1).resource().id()).isEqualTo(oldFileId);
        long total = 32_000; // the whole body fits in the 64 KiB excerpt the fake keeps
        assertThat(progress).allMatch(p -> p[1] == total);
        assertThat(progress.stream().map(p -> p[0]).toList()).isSorted().last().isEqualTo(total);
        List<FakeRequest> revises = fake.requests().stream()
                .filter(r -> r.path().endsWith("/package_revise")).toList();
        assertThat(revises).hasSize(1);
        assertThat(revises.get(0).bodyExcerpt())
                .contains("name=\"update__resources__extend\"")
                .contains("name=\"update__resources__-2__upload\"; filename=\"a.csv\"")
                .contains("name=\"update__resources__-1__upload\"; filename=\"b.json\"")
                .contains("name=\"update__resources__" + oldFileId + "__upload\"; filename=\"c.csv\"");
    }

    @Test
    void oneFileRefusedByTheServerChangesNothing() throws Exception {
        CkanDataset before = datasetWithALinkAndAFile();
        Path ok = file("ok.csv", 1_000, 5);
        Path big = file("big.csv", 300_000, 6); // the client allows 1 MB, the portal 200 kB

        assertThatThrownBy(() -> ckan.packageReviseFiles(F.objectNode().put("id", before.id()), F.objectNode(),
                List.of(CkanFileUpload.newResource(CkanResourceWrite.builder().name("ok").build(), ok),
                        CkanFileUpload.newResource(CkanResourceWrite.builder().name("big").build(), big)),
                CkanUploadProgress.none()))
                .isInstanceOfSatisfying(CkanValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("upload"));

        CkanDataset now = ckan.packageShow(before.id());
        assertThat(now.metadataModified()).isEqualTo(before.metadataModified());
        assertThat(now.resources()).isEqualTo(before.resources());
    }

    @Test
    void filesOverTheClientLimitAreRefusedBeforeSending() throws Exception {
        CkanDataset before = datasetWithALinkAndAFile();
        Path huge = file("huge.bin", 1_000_001, 7);
        int requests = fake.requests().size();

        assertThatThrownBy(() -> ckan.packageReviseFiles(F.objectNode().put("id", before.id()), F.objectNode(),
                List.of(CkanFileUpload.replace(before.resources().get(1).id(), huge)), CkanUploadProgress.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("huge.bin")
                .hasMessageContaining("1000000");
        assertThat(fake.requests()).hasSize(requests);
    }

    @Test
    void aStaleMatchIsAValidationErrorOnMatch() throws Exception {
        CkanDataset before = datasetWithALinkAndAFile();
        ckan.packagePatch(CkanDatasetWrite.builder().id(before.id()).notes("someone else").build());

        assertThatThrownBy(() -> ckan.packageReviseFiles(F.objectNode().put("id", before.id())
                        .put("metadata_modified", before.metadataModified().raw()), F.objectNode(),
                List.of(CkanFileUpload.newResource(CkanResourceWrite.builder().name("x").build(),
                        file("x.csv", 10, 8))), CkanUploadProgress.none()))
                .isInstanceOfSatisfying(CkanValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("match"));
        assertThat(ckan.packageShow(before.id()).resources()).hasSize(2);
    }

    @Test
    void aTargetIsEitherANewResourceOrAnExistingOne() {
        Path p = dir.resolve("f.csv");
        assertThatThrownBy(() -> new CkanFileUpload(p, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CkanFileUpload(p, CkanResourceWrite.builder().build(), "abcdef"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ckan.packageReviseFiles(F.objectNode().put("name", "x"), F.objectNode(),
                List.of(CkanFileUpload.newResource(CkanResourceWrite.builder().url("http://e.org/x").build(),
                        p)), CkanUploadProgress.none()))
                .isInstanceOf(RuntimeException.class);
    }
}
