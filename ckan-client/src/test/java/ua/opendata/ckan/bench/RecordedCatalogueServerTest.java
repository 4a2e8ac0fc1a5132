package ua.opendata.ckan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.HarvestOptions;
import ua.opendata.ckan.Fixtures;
import ua.opendata.ckan.model.CkanDataset;

/**
 * The benchmark server answers as the real CKAN did: the recorded pages come back byte for byte,
 * and the client's harvests (keyset, and parallel pages) read all 10,000 recorded datasets once.
 */
class RecordedCatalogueServerTest {
    private static final Path PAGES = Fixtures.dir("ckan-2.10-search-pages-10k");
    private static RecordedCatalogueServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RecordedCatalogueServer.startWithoutCost(PAGES);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRecordedPagesComeBackByteForByte() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int k : List.of(0, 4000, 9000)) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                    + "/api/3/action/package_search?fq=organization:perf-org&rows=1000&start=" + k
                    + "&sort=name%20asc")).build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] recorded;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(PAGES.resolve("page_" + k + ".json.gz")))) {
                recorded = in.readAllBytes();
            }
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).as("page %d", k).isEqualTo(recorded);
        }
    }

    @Test
    void unservedQueriesAreRefusedNotAnsweredWrongly() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                server.baseUrl() + "/api/3/action/package_search?q=title:x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Search Query Error");
    }

    @Test
    void organizationShowAnswersByNameAndIdFromTheEmbeddedOrganization() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> byName = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/api/3/action/organization_show?id=perf-org")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(byName.statusCode()).isEqualTo(200);
        var org = Fixtures.MAPPER.readTree(byName.body()).path("result");
        assertThat(org.path("name").asText()).isEqualTo("perf-org");
        assertThat(org.path("package_count").asInt()).isEqualTo(10_000);
        HttpResponse<String> byId = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/api/3/action/organization_show?id=" + org.path("id").asText())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(byId.body()).isEqualTo(byName.body());
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/api/3/action/organization_show?id=nobody")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void keysetAndParallelHarvestsReadEveryRecordedDatasetOnce() {
        try (CkanClient client = CkanClient.builder(server.baseUrl()).build()) {
            CkanSearchQuery q = CkanSearchQuery.builder().fq("organization:perf-org").build();
            for (int parallel : new int[] {1, 4}) {
                Set<String> names = new HashSet<>();
                int[] count = {0};
                try (var s = client.harvest(q, new HarvestOptions(1000, parallel))) {
                    s.forEach((CkanDataset d) -> {
                        names.add(d.name());
                        count[0]++;
                    });
                }
                assertThat(count[0]).as("parallel %d", parallel).isEqualTo(10_000);
                assertThat(names).hasSize(10_000).contains("perf-00001", "perf-10000");
            }
        }
    }
}
