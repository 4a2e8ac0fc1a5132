package ua.opendata.ckan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.Fixtures;

/**
 * Replays the recorded real CKAN 2.10.10 exchanges against the {@link FakeCkan}, in order, and
 * checks that the fake answers alike: the status; the envelope kind (success, CKAN error, bare
 * JSON string, other body); the {@code help} URL; the error {@code __type}, validation field keys
 * and (for not-found and authorization errors) the message; and for results the shape (every
 * key, recursively) and the values of the stable fields. Ids and timestamps differ between the
 * real server and the fake: ids and {@code metadata_modified} values seen in recorded results are
 * mapped to the fake's and substituted into later requests.
 *
 * <p>Every transcript directory is replayed, every file of it: {@code ckan-2.10-transcripts/}
 * (70), {@code ckan-2.10-transcripts-large/} (8; 10,000 seeded datasets, 33 organizations),
 * {@code ckan-2.10-dgua-like-transcripts/} (11) and {@code ckan-2.10-fidelity-transcripts/stock/}
 * and {@code dgua-like/} (21 each). Nothing is skipped. State the recorded scenarios created off
 * the record (25 datasets {@code nabir-4a47b3-*}, the data.gov.ua-like organization, {@code
 * lab_user} made an editor of the fidelity organizations) is set up before the replay. Results
 * whose content depends on other off-record state (lists of organizations, tags and API tokens,
 * search counts in the stock run) are compared by shape only; {@code
 * scheming_dataset_schema_show} is compared by its fields (names, order, required, choices),
 * not by labels or form snippets (the fake does not render forms).
 *
 * <p>The fidelity scenarios are also checked for time: every id and timestamp ({@code
 * metadata_modified}, {@code metadata_created}, {@code created}, {@code last_modified}) the real
 * server gave again must come back from the fake as the same value it gave then (it did not
 * move), every new one as a value not seen before (it moved), every null as null; and the
 * {@code metadata_modified} in search results must be the index's copy of the same moment
 * (millisecond precision): so a write that changes nothing moves {@code package_show}'s stamp
 * while search keeps the old one, as recorded.
 */
class FakeCkanTranscriptReplayTest {
    /** Keys the real server sends and the fake leaves out on purpose. */
    private static final Set<String> NOT_IMITATED = Set.of("apikey");
    /** Fields compared by value (after id and base URL substitution). */
    private static final Set<String> STABLE =
            Set.of("name", "title", "notes", "state", "private", "url_type", "format", "num_resources",
                    "num_tags", "license_id", "maintainer", "maintainer_email", "version", "type",
                    "description", "capacity", "key", "value", "ckan_version", "size", "url", "mimetype",
                    "position", "is_organization", "purpose_of_collecting_information",
                    "update_frequency", "language", "tag_string", "table_name", "role", "sort",
                    "isopen", "license_title");
    private static final Set<String> MAPPED_KEYS =
            Set.of("id", "package_id", "owner_org", "group_id", "table_id", "creator_user_id",
                    "metadata_modified", "metadata_created", "created", "last_modified");
    /** Values checked for moving or not in the fidelity scenarios. */
    private static final Set<String> TIMED =
            Set.of("id", "metadata_modified", "metadata_created", "created", "last_modified");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void stockTranscriptsReplayAlike() throws Exception {
        try (FakeCkan fake = FakeCkan.builder().start()) {
            Replay r = new Replay(fake, false);
            for (Path p : Fixtures.files("ckan-2.10-transcripts")) {
                if (p.getFileName().toString().startsWith("046-")) {
                    // off-record in the scenario: the 25 datasets nabir-4a47b3-0001..0025, as
                    // package_show later shows them
                    for (int i = 1; i <= 25; i++) {
                        createNabir(fake, i);
                    }
                }
                r.replay(p, false);
            }
            assertThat(r.replayed).isEqualTo(70);
        }
    }

    @Test
    void largeTranscriptsReplayAlike() throws Exception {
        try (FakeCkan fake =
                FakeCkan.builder().clock(Clock.fixed(Instant.parse("2026-11-26T14:58:00Z"),
                        ZoneOffset.UTC)).start()) {
            fake.createOrganization("perf-org", "Perf org");
            for (int i = 1; i <= 32; i++) {
                fake.createOrganization("org-" + i, "Org " + i);
            }
            fake.seedDatasets("perf-org", "perf", 10_000, Map.of("license_id", "cc-by"));
            Replay r = new Replay(fake, true);
            for (Path p : Fixtures.files("ckan-2.10-transcripts-large")) {
                r.replay(p, true);
            }
            assertThat(r.replayed).isEqualTo(8);
        }
    }

    @Test
    void dataGovUaLikeTranscriptsReplayAlike() throws Exception {
        try (FakeCkan fake = FakeCkan.builder().dataGovUaSchema(true).start()) {
            fake.createOrganization("dgua-rada-f0a1c1", "Міська рада (тест)");
            fake.addMember("dgua-rada-f0a1c1", "lab_user", "editor");
            Replay r = new Replay(fake, false);
            for (Path p : Fixtures.files("ckan-2.10-dgua-like-transcripts")) {
                r.replay(p, false);
            }
            assertThat(r.replayed).isEqualTo(11);
        }
    }

    @Test
    void stockFidelityTranscriptsReplayAlike() throws Exception {
        try (FakeCkan fake = FakeCkan.builder().start()) {
            assertThat(replayFidelity(fake, "stock")).isEqualTo(21);
        }
    }

    @Test
    void dataGovUaLikeFidelityTranscriptsReplayAlike() throws Exception {
        try (FakeCkan fake = FakeCkan.builder().dataGovUaSchema(true).start()) {
            assertThat(replayFidelity(fake, "dgua-like")).isEqualTo(21);
        }
    }

    private int replayFidelity(FakeCkan fake, String scenario) throws Exception {
        Replay r = new Replay(fake, false);
        r.timed = true;
        r.subst.put("http://127.0.0.1:5001", fake.baseUrl());
        for (Path p : Fixtures.files("ckan-2.10-fidelity-transcripts/" + scenario)) {
            r.replay(p, false);
            if (p.getFileName().toString().startsWith("001-")) {
                // off-record: lab_user made an editor (organization_show shows it in 002)
                String org = Fixtures.read(p).path("request").path("body").path("name").asText();
                fake.addMember(org, "lab_user", "editor");
            }
        }
        return r.replayed;
    }

    private void createNabir(FakeCkan fake, int i) throws Exception {
        String body = String.format(java.util.Locale.ROOT,
                "{\"name\":\"nabir-4a47b3-%04d\",\"title\":\"Набір даних №%d\","
                        + "\"notes\":\"Тестовий набір\",\"owner_org\":\"misto-rada-4a47b3\","
                        + "\"extras\":[{\"key\":\"update_frequency\",\"value\":\"once a year\"}],"
                        + "\"resources\":[{\"name\":\"дані\",\"url\":\"http://example.org/%d.csv\","
                        + "\"format\":\"CSV\"}]}", i, i, i);
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/api/3/action/package_create"))
                        .header("Authorization", fake.userKey())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private final class Replay {
        final FakeCkan fake;
        final boolean exactLists;
        final Map<String, String> subst = new LinkedHashMap<>();
        boolean timed;
        int replayed;

        Replay(FakeCkan fake, boolean exactLists) {
            this.fake = fake;
            this.exactLists = exactLists;
            subst.put("http://127.0.0.1:5000", fake.baseUrl());
            subst.put("<SYSADMIN_KEY>", fake.sysadminKey());
            subst.put("<USER_KEY>", fake.userKey());
        }

        String apply(String s) {
            String out = s;
            for (Map.Entry<String, String> e : subst.entrySet()) {
                out = out.replace(e.getKey(), e.getValue());
            }
            return out;
        }

        void replay(Path file, boolean large) throws Exception {
            String name = file.getFileName().toString();
            ObjectNode t = Fixtures.read(file);
            JsonNode req = t.get("request");
            String method = req.get("method").asText();
            HttpRequest.Builder b =
                    HttpRequest.newBuilder(URI.create(fake.baseUrl() + apply(req.get("path").asText())));
            for (Map.Entry<String, JsonNode> h : req.get("headers").properties()) {
                if (!h.getKey().equalsIgnoreCase("Content-Type")) {
                    b.header(h.getKey(), apply(h.getValue().asText()));
                }
            }
            if (method.equals("GET")) {
                b.GET();
            } else if (req.has("multipart")) {
                String boundary = "replayBoundary7MA4YWxkTrZu0gW";
                b.header("Content-Type", "multipart/form-data; boundary=" + boundary);
                b.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(req.get("multipart"), boundary)));
            } else {
                String body = req.has("body") ? Fixtures.MAPPER.writeValueAsString(req.get("body"))
                        : req.get("body_text").asText();
                b.header("Content-Type", "application/json");
                b.POST(HttpRequest.BodyPublishers.ofString(apply(body)));
            }
            HttpResponse<String> got = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode recorded = t.get("response");
            String where = name + " (" + t.get("case").asText() + ")";

            assertThat(got.statusCode()).as(where + ": status").isEqualTo(recorded.get("status").asInt());
            JsonNode want = Fixtures.responseBody(t);
            if (want.isNull()) { // not JSON: the download of an uploaded file
                assertThat(got.body()).as(where).isEqualTo(recorded.get("body_text").asText());
                assertThat(got.headers().firstValue("Content-Type")).as(where)
                        .contains(recorded.get("content_type").asText());
                replayed++;
                return;
            }
            JsonNode have = Fixtures.MAPPER.readTree(got.body());
            if (want.isTextual()) {
                assertThat(have.isTextual()).as(where + ": bare JSON string").isTrue();
                assertThat(have.asText()).as(where).isEqualTo(want.asText());
                replayed++;
                return;
            }
            assertThat(have.path("success").asBoolean())
                    .as(where + ": success").isEqualTo(want.path("success").asBoolean());
            assertThat(have.path("help").asText()).as(where + ": help")
                    .isEqualTo(apply(want.path("help").asText()));
            if (!want.path("success").asBoolean()) {
                JsonNode we = want.get("error");
                JsonNode he = have.get("error");
                assertThat(he.path("__type").asText()).as(where + ": __type")
                        .isEqualTo(we.path("__type").asText());
                if (we.path("__type").asText().equals("Validation Error")) {
                    assertThat(keys(he)).as(where + ": validation fields").isEqualTo(keys(we));
                    if (we.has("match")) {
                        assertThat(he.get("match")).as(where).isEqualTo(we.get("match"));
                    }
                } else if (!we.path("__type").asText().startsWith("Search")) {
                    assertThat(he.path("message").asText()).as(where + ": message")
                            .isEqualTo(apply(we.path("message").asText()));
                }
                replayed++;
                return;
            }
            String action = Fixtures.action(t);
            JsonNode wr = want.get("result");
            JsonNode hr = have.get("result");
            if (action.equals("scheming_dataset_schema_show")) {
                compareSchema(where, wr, hr);
            } else if (wr.isArray()) {
                assertThat(hr.isArray()).as(where + ": a list").isTrue();
                if (exactLists || action.equals("group_list") || action.equals("license_list")
                        || action.equals("package_list")) {
                    assertThat(hr.size()).as(where + ": list size").isEqualTo(wr.size());
                }
                if (hr.size() > 0 && wr.size() > 0) {
                    shape(where, wr.get(0), hr.get(0));
                    if ((exactLists && action.equals("package_list")) || action.equals("license_list")) {
                        assertThat(hr).as(where + ": list").isEqualTo(wr);
                    }
                }
            } else if (action.equals("package_search")) {
                compareSearch(where, wr, hr, large);
            } else {
                if (timed) {
                    timed(where, "", wr, hr);
                }
                learn(wr, hr);
                shape(where, wr, hr);
                values(where, "", wr, hr);
            }
            replayed++;
        }

        /** The fields of a scheming schema: names in order, required, choices, resource fields. */
        void compareSchema(String where, JsonNode wr, JsonNode hr) {
            for (String k : List.of("scheming_version", "dataset_type", "about_url")) {
                assertThat(hr.get(k)).as(where + "." + k).isEqualTo(wr.get(k));
            }
            assertThat(schemaFields(hr.get("dataset_fields"))).as(where + ": dataset fields")
                    .isEqualTo(schemaFields(wr.get("dataset_fields")));
            assertThat(schemaFields(hr.get("resource_fields"))).as(where + ": resource fields")
                    .isEqualTo(schemaFields(wr.get("resource_fields")));
        }

        List<String> schemaFields(JsonNode fields) {
            List<String> out = new ArrayList<>();
            for (JsonNode f : fields) {
                StringBuilder b = new StringBuilder(f.path("field_name").asText());
                b.append(f.path("required").asBoolean(false) ? " required" : "");
                b.append(" validators=").append(f.path("validators").asText(""));
                for (JsonNode c : f.path("choices")) {
                    b.append(' ').append(c.path("value").asText());
                }
                out.add(b.toString());
            }
            return out;
        }

        /**
         * Ids and timestamps: one given again by the real server is given again by the fake; a new
         * one is new in the fake too; null stays null.
         */
        void timed(String where, String key, JsonNode want, JsonNode have) {
            if (want.isObject()) {
                for (Iterator<String> it = want.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    if (have.has(k) && !k.equals("users") && !k.equals("packages")) {
                        timed(where + "." + k, k, want.get(k), have.get(k));
                    }
                }
            } else if (want.isArray()) {
                for (int i = 0; i < Math.min(want.size(), have.size()); i++) {
                    timed(where + "[" + i + "]", key, want.get(i), have.get(i));
                }
            } else if (TIMED.contains(key)) {
                if (want.isNull()) {
                    assertThat(have.isNull()).as(where + ": null, as recorded, not " + have).isTrue();
                } else if (subst.containsKey(want.asText())) {
                    assertThat(have.asText()).as(where + ": the same value again (did not move)")
                            .isEqualTo(subst.get(want.asText()));
                } else {
                    assertThat(subst.containsValue(have.asText()))
                            .as(where + ": a new value (moved), not the earlier " + have).isFalse();
                }
            }
        }

        /** A search result's stamp: the index's copy (to the millisecond) of a known moment. */
        void searchStamp(String where, String want, String have) {
            String moment = null;
            for (Map.Entry<String, String> e : subst.entrySet()) {
                if (e.getKey().length() == 26 && solr(e.getKey()).equals(want)) {
                    moment = e.getValue();
                }
            }
            assertThat(moment).as(where + ": recorded stamp " + want + " seen in package_show").isNotNull();
            assertThat(have).as(where + ": the index's stamp").isEqualTo(solr(moment));
        }

        String solr(String ckanTimestamp) {
            return ckanTimestamp.substring(0, 23) + "Z";
        }

        void compareSearch(String where, JsonNode wr, JsonNode hr, boolean large) {
            assertThat(keys(hr)).as(where + ": search keys").isEqualTo(keys(wr));
            assertThat(hr.get("sort")).as(where + ": sort").isEqualTo(wr.get("sort"));
            assertThat(keys(hr.get("facets"))).as(where + ": facets").isEqualTo(keys(wr.get("facets")));
            assertThat(keys(hr.get("search_facets"))).as(where)
                    .isEqualTo(keys(wr.get("search_facets")));
            if (wr.get("results").size() > 0) {
                assertThat(hr.get("results").size()).as(where + ": results").isPositive();
                shape(where, wr.get("results").get(0), hr.get("results").get(0));
            }
            if (timed) {
                assertThat(hr.get("count")).as(where + ": count").isEqualTo(wr.get("count"));
                for (int i = 0; i < wr.get("results").size(); i++) {
                    JsonNode w = wr.get("results").get(i);
                    JsonNode h = hr.get("results").get(i);
                    values(where + ".results[" + i + "]", "", w, h);
                    if (w.has("metadata_modified")) {
                        searchStamp(where + ".results[" + i + "]", w.get("metadata_modified").asText(),
                                h.path("metadata_modified").asText());
                    }
                }
            }
            if (large) {
                assertThat(hr.get("count")).as(where + ": count").isEqualTo(wr.get("count"));
                assertThat(hr.get("results").size()).as(where + ": page size (rows cap)")
                        .isEqualTo(wr.get("results").size());
                if (wr.get("sort").asText().startsWith("name")) {
                    assertThat(names(hr.get("results"))).as(where).isEqualTo(names(wr.get("results")));
                }
            } else {
                int rows = hr.get("results").size();
                assertThat(rows).as(where + ": page within count")
                        .isLessThanOrEqualTo(hr.get("count").asInt());
            }
        }

        List<String> names(JsonNode results) {
            List<String> out = new ArrayList<>();
            results.forEach(r -> out.add(r.path("name").asText()));
            return out;
        }

        void shape(String where, JsonNode want, JsonNode have) {
            if (want.isObject()) {
                assertThat(have.isObject()).as(where + ": object").isTrue();
                Set<String> wk = keys(want);
                wk.removeAll(NOT_IMITATED);
                assertThat(keys(have)).as(where + ": keys").isEqualTo(wk);
                for (String k : wk) {
                    shape(where + "." + k, want.get(k), have.get(k));
                }
            } else if (want.isArray()) {
                assertThat(have.isArray()).as(where + ": list").isTrue();
                if (want.size() > 0 && have.size() > 0) {
                    shape(where + "[0]", want.get(0), have.get(0));
                }
            }
        }

        void values(String where, String key, JsonNode want, JsonNode have) {
            if (want.isObject()) {
                for (Iterator<String> it = want.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    if (have.has(k)) {
                        values(where + "." + k, k, want.get(k), have.get(k));
                    }
                }
            } else if (want.isArray()) {
                boolean deterministic = !key.equals("users") && !key.equals("packages");
                if (deterministic) {
                    assertThat(have.size()).as(where + ": size").isEqualTo(want.size());
                    for (int i = 0; i < want.size(); i++) {
                        values(where + "[" + i + "]", key, want.get(i), have.get(i));
                    }
                }
            } else if (STABLE.contains(key)) {
                JsonNode w = want.isTextual() ? Fixtures.MAPPER.getNodeFactory().textNode(apply(
                        want.asText())) : want;
                assertThat(have).as(where).isEqualTo(w);
            }
        }

        /** Maps recorded ids and timestamps to the fake's ones. */
        void learn(JsonNode want, JsonNode have) {
            if (want.isObject() && have.isObject()) {
                for (Iterator<String> it = want.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    JsonNode w = want.get(k);
                    JsonNode h = have.get(k);
                    if (h == null) {
                        continue;
                    }
                    if (MAPPED_KEYS.contains(k) && w.isTextual() && h.isTextual()
                            && !w.asText().isEmpty() && !subst.containsKey(w.asText())) {
                        subst.put(w.asText(), h.asText());
                    } else {
                        learn(w, h);
                    }
                }
            } else if (want.isArray() && have.isArray()) {
                for (int i = 0; i < Math.min(want.size(), have.size()); i++) {
                    learn(want.get(i), have.get(i));
                }
            }
        }

        byte[] multipart(JsonNode parts, String boundary) throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (JsonNode p : parts) {
                out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
                if (p.has("filename")) {
                    out.write(("Content-Disposition: form-data; name=\"" + p.get("name").asText()
                            + "\"; filename=\"" + p.get("filename").asText() + "\"\r\nContent-Type: "
                            + p.get("content_type").asText() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    if (p.get("content_text").isNull()) {
                        out.write(new byte[p.get("size").asInt()]);
                    } else {
                        out.write(p.get("content_text").asText().getBytes(StandardCharsets.UTF_8));
                    }
                } else {
                    out.write(("Content-Disposition: form-data; name=\"" + p.get("name").asText()
                            + "\"\r\n\r\n" + apply(p.get("value").asText())).getBytes(StandardCharsets.UTF_8));
                }
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    private static Set<String> keys(JsonNode n) {
        Set<String> out = new HashSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
