package ua.opendata.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanUploaded;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.testkit.FakeCkan;

/** {@link UploadLargeFileExample} sends a 4 MiB file to a fake CKAN, printing progress and the SHA-256. */
class UploadLargeFileExampleTest {
    private static final int SIZE = 4 * 1024 * 1024 + 123;

    @TempDir
    Path dir;

    private FakeCkan ckan;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void start() {
        ckan = FakeCkan.builder().start();
        ckan.createOrganization("city", "City council");
        try (CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            client.packageCreate(CkanDatasetWrite.builder().name("big-data").title("Великий набір")
                    .notes("Опис").ownerOrg("city").licenseId("cc-by").build());
        }
    }

    @AfterEach
    void stop() {
        ckan.close();
    }

    private Path bigFile() throws IOException {
        Path file = dir.resolve("big.csv");
        Random random = new Random(42);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream o = Files.newOutputStream(file)) {
            int left = SIZE;
            while (left > 0) {
                random.nextBytes(chunk);
                int n = Math.min(left, chunk.length);
                o.write(chunk, 0, n);
                left -= n;
            }
        }
        return file;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void uploadsWithProgressAndTheChecksum() throws Exception {
        Path file = bigFile();
        CkanUploaded uploaded = UploadLargeFileExample.run(ckan.baseUrl(), ckan.sysadminKey(), "big-data", file,
                Locale.ENGLISH, out);

        String expected = sha256(file);
        assertThat(uploaded.sha256()).isEqualToIgnoringCase(expected);
        assertThat(uploaded.bytes()).isEqualTo(SIZE);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> progress = lines.stream().filter(l -> l.startsWith("Uploaded: ")).toList();
        // strictly rising tenths, ending at 100 %
        assertThat(progress).hasSizeGreaterThan(1).doesNotHaveDuplicates().last().isEqualTo("Uploaded: 100 %");
        assertThat(progress).isSortedAccordingTo((a, b) -> Integer.compare(percent(a), percent(b)));
        assertThat(lines).contains("SHA-256: " + uploaded.sha256(), "Bytes sent: " + SIZE,
                "Resource: " + uploaded.resource().id());
        try (CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            CkanResource onPortal = client.resourceShow(uploaded.resource().id());
            assertThat(onPortal.name()).isEqualTo("big.csv");
            assertThat(client.packageShow("big-data").resources()).extracting(CkanResource::id)
                    .contains(uploaded.resource().id());
        }
        assertThat(ckan.requests()).filteredOn(r -> r.path().endsWith("resource_create"))
                .singleElement().satisfies(r -> assertThat(r.bodyLength()).isGreaterThan(SIZE));
    }

    @Test
    void mainUploadsWithTheKeyFromTheEnvironment() throws Exception {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, "id,name\n1,Kyiv\n2,Lviv\n");
        Captured main = Captured.withKey(ckan.sysadminKey(), Locale.ENGLISH);
        int exit = UploadLargeFileExample.launch(new String[] {ckan.baseUrl(), "big-data", file.toString()},
                main.console);

        assertThat(exit).isZero();
        assertThat(main.out()).contains("Uploaded: 100 %").contains("SHA-256: " + sha256(file))
                .contains("Bytes sent: " + Files.size(file)).doesNotContain(ckan.sysadminKey());
        try (CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            assertThat(client.packageShow("big-data").resources()).extracting(CkanResource::name).contains("data.csv");
        }
    }

    @Test
    void mainWithoutAKeyIsWrongUsageAndSendsNothing() throws IOException {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, "id\n1\n");
        int before = ckan.requests().size();
        Captured main = Captured.withoutKey(Locale.ENGLISH);
        assertThat(UploadLargeFileExample.launch(new String[] {ckan.baseUrl(), "big-data", file.toString()},
                main.console)).isEqualTo(2);
        assertThat(main.err()).startsWith("Usage / Використання: OPENDATA_API_KEY=... UploadLargeFileExample");
        assertThat(ckan.requests()).hasSize(before);
    }

    @Test
    void speaksUkrainian() throws Exception {
        Path file = dir.resolve("small.csv");
        Files.writeString(file, "id,назва\n1,Київ\n");
        CkanUploaded uploaded = UploadLargeFileExample.run(ckan.baseUrl(), ckan.sysadminKey(), "big-data", file,
                Locale.forLanguageTag("uk"), out);
        assertThat(uploaded.sha256()).isEqualToIgnoringCase(sha256(file));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Вивантажено: 100 %")
                .contains("Надіслано байтів: " + Files.size(file)).contains("SHA-256: " + uploaded.sha256())
                .doesNotContain("Uploaded:");
    }

    private static int percent(String line) {
        return Integer.parseInt(line.replaceAll("\\D", ""));
    }
}
