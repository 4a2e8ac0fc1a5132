package ua.opendata.ckan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Benchmark server that answers {@code package_search} from the real CKAN 2.10.10 catalogue of
 * 10,000 datasets recorded in {@code ../shared/fixtures/ckan-2.10-search-pages-10k/} (copied to
 * {@code src/test/resources/fixtures/ckan-2.10-search-pages-10k/}), in the bytes the real server
 * sent: every result is the recorded JSON object, unchanged (CKAN's {@code \\uXXXX} escapes
 * included), and the envelope is the real one. Any query our clients send is answered from those
 * datasets: {@code fq} with {@code organization:NAME} and {@code metadata_modified:[A TO B]} terms
 * joined by {@code AND}, {@code sort} over {@code metadata_modified}, {@code id}, {@code name} and
 * {@code metadata_created}, {@code rows} (capped at 1,000 as CKAN caps it) and {@code start}; other
 * query forms are refused with a 400 so that a benchmark never measures a wrong answer.
 *
 * <p>Costs as measured on the real server (the fixture's README): a page of 1,000 results takes
 * 0.25 s of server time (median), a deep page the same as the first, and two pages are served at a
 * time (two gunicorn workers); every answer carries {@code Connection: close}. A page of {@code n}
 * results is modelled as {@code 15 ms + n × 0.235 ms} inside one of two worker permits (the small
 * fixed part is an assumption for count probes; the real log only gives full pages).
 *
 * <p>{@code main(dir|-, [copies])}: serves the catalogue (repeated {@code copies} times with
 * renamed names and ids for a synthetic 40,000-dataset catalogue), prints the base URL, and serves
 * until standard input closes. Not run by {@code ./mvnw verify}.
 */
public final class RecordedCatalogueServer implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HELP = "http://127.0.0.1:5000/api/3/action/help_show?name=";
    private static final String STATUS = "{\"help\": \"" + HELP + "status_show\", \"success\": true, "
            + "\"result\": {\"site_title\": \"CKAN\", \"site_description\": \"\", \"site_url\": "
            + "\"http://127.0.0.1:5000\", \"error_emails_to\": \"\", \"locale_default\": \"en\", "
            + "\"extensions\": [\"activity\", \"datastore\", \"datatables_view\", \"image_view\"], "
            + "\"ckan_version\": \"2.10.10\"}}";

    /** One recorded search result: its exact bytes and the fields queries use. */
    record Doc(byte[] json, String id, String name, long modified, long created, String org) {
    }

    private final List<Doc> docs;
    /** The {@code organization_show} answers by organization name and id, built once at start. */
    private final Map<String, byte[]> organizations = new HashMap<>();
    private final Semaphore workers = new Semaphore(2, true);
    private final double msPerRow;
    private final long msPerPage;
    private final HttpServer server;

    private RecordedCatalogueServer(List<Doc> docs, long msPerPage, double msPerRow) throws IOException {
        this.docs = docs;
        this.msPerPage = msPerPage;
        this.msPerRow = msPerRow;
        for (Doc d : docs) {
            if (!organizations.containsKey(d.org())) {
                addOrganization(MAPPER.readTree(d.json()).path("organization"));
            }
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts a server over the recorded pages with the measured costs.
     *
     * @param pagesDir the folder holding {@code page_*.json.gz}
     * @param copies how many times the catalogue is served (1 for the recorded 10,000 datasets)
     * @return the running server
     * @throws IOException when the pages cannot be read
     */
    public static RecordedCatalogueServer start(Path pagesDir, int copies) throws IOException {
        return new RecordedCatalogueServer(load(pagesDir, copies), 15, 0.235);
    }

    /**
     * Starts a server without any cost per page (for tests of the query logic).
     *
     * @param pagesDir the folder holding {@code page_*.json.gz}
     * @return the running server
     * @throws IOException when the pages cannot be read
     */
    static RecordedCatalogueServer startWithoutCost(Path pagesDir) throws IOException {
        return new RecordedCatalogueServer(load(pagesDir, 1), 0, 0);
    }

    /** @return the base URL, e.g. {@code http://127.0.0.1:40123} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** @return how many datasets are served */
    public int size() {
        return docs.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static List<Doc> load(Path dir, int copies) throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.getFileName().toString().matches("page_\\d+\\.json\\.gz")).sorted().toList();
        }
        if (pages.isEmpty()) {
            throw new IOException("no page_*.json.gz in " + dir);
        }
        List<Doc> base = new ArrayList<>();
        for (Path p : pages) {
            byte[] body;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                body = in.readAllBytes();
            }
            for (byte[] obj : ResultSlicer.results(body)) {
                base.add(doc(obj));
            }
        }
        List<Doc> all = new ArrayList<>(base.size() * copies);
        all.addAll(base);
        for (int c = 2; c <= copies; c++) {
            for (Doc d : base) {
                all.add(copy(d, c));
            }
        }
        return List.copyOf(all);
    }

    private static Doc doc(byte[] json) throws IOException {
        JsonNode n = MAPPER.readTree(json);
        return new Doc(json, n.path("id").asText(), n.path("name").asText(),
                millis(n.path("metadata_modified").asText()), millis(n.path("metadata_created").asText()),
                n.path("organization").path("name").asText());
    }

    /** A renamed copy for a larger synthetic catalogue: name and id changed in place, same length. */
    private static Doc copy(Doc d, int c) throws IOException {
        String text = new String(d.json(), StandardCharsets.UTF_8);
        String suffix = String.format(Locale.ROOT, "%02d", c);
        String id = d.id().substring(0, d.id().length() - 2) + suffix;
        String name = d.name() + "-" + suffix;
        text = text.replace("\"id\": \"" + d.id() + "\"", "\"id\": \"" + id + "\"")
                .replace("\"package_id\": \"" + d.id() + "\"", "\"package_id\": \"" + id + "\"")
                .replace("\"name\": \"" + d.name() + "\"", "\"name\": \"" + name + "\"");
        return doc(text.getBytes(StandardCharsets.UTF_8));
    }

    /** CKAN's zone-less UTC timestamp with microseconds, as Solr indexes it: milliseconds. */
    static long millis(String ckan) {
        return LocalDateTime.parse(ckan).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            Map<String, String> params = params(ex);
            if (path.endsWith("/action/status_show")) {
                send(ex, 200, STATUS.getBytes(StandardCharsets.UTF_8));
            } else if (path.endsWith("/action/package_search")) {
                search(ex, params);
            } else if (path.endsWith("/action/organization_show")) {
                organization(ex, params.getOrDefault("id", ""));
            } else {
                send(ex, 400, ("\"Bad request - Action name not known: " + path + "\"")
                        .getBytes(StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            send(ex, 500, ("\"" + e + "\"").getBytes(StandardCharsets.UTF_8));
        }
    }

    private void search(HttpExchange ex, Map<String, String> params) throws IOException {
        Query q;
        try {
            q = Query.of(params);
        } catch (IllegalArgumentException e) {
            String body = "{\"help\": \"" + HELP + "package_search\", \"success\": false, \"error\": "
                    + "{\"__type\": \"Search Query Error\", \"message\": "
                    + MAPPER.writeValueAsString("benchmark server: " + e.getMessage()) + "}}";
            send(ex, 400, body.getBytes(StandardCharsets.UTF_8));
            return;
        }
        List<Doc> hits = docs.stream().filter(q.filter()).sorted(q.order()).toList();
        int from = Math.min(q.start(), hits.size());
        int to = Math.min(hits.size(), from + q.rows());
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, (to - from) * 7600));
        out.writeBytes(("{\"help\": \"" + HELP + "package_search\", \"success\": true, \"result\": {\"count\": "
                + hits.size() + ", \"facets\": {}, \"results\": [").getBytes(StandardCharsets.UTF_8));
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.writeBytes(", ".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(hits.get(i).json());
        }
        out.writeBytes(("], \"sort\": " + MAPPER.writeValueAsString(q.sortText())
                + ", \"search_facets\": {}}}").getBytes(StandardCharsets.UTF_8));
        long cost = msPerPage + Math.round((to - from) * msPerRow);
        workers.acquireUninterruptibly();
        try {
            if (cost > 0) {
                Thread.sleep(cost);
            }
            send(ex, 200, out.toByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.release();
        }
    }

    /**
     * {@code organization_show}, not recorded: built from the organization object the recorded
     * results embed, with the keys CKAN 2.10 adds ({@code display_name}, {@code package_count},
     * empty {@code extras}, {@code users}, {@code groups}, {@code tags}).
     */
    private void addOrganization(JsonNode org) throws IOException {
        String name = org.path("name").asText();
        com.fasterxml.jackson.databind.node.ObjectNode o = org.deepCopy();
        o.put("display_name", org.path("title").asText());
        o.put("package_count", docs.stream().filter(x -> x.org().equals(name)).count());
        o.put("num_followers", 0);
        o.putArray("extras");
        o.putArray("users");
        o.putArray("groups");
        o.putArray("tags");
        byte[] answer = ("{\"help\": \"" + HELP + "organization_show\", \"success\": true, \"result\": "
                + MAPPER.writeValueAsString(o) + "}").getBytes(StandardCharsets.UTF_8);
        organizations.put(name, answer);
        organizations.put(org.path("id").asText(), answer);
    }

    private void organization(HttpExchange ex, String idOrName) throws IOException {
        byte[] answer = organizations.get(idOrName);
        if (answer != null) {
            send(ex, 200, answer);
            return;
        }
        send(ex, 404, ("{\"help\": \"" + HELP + "organization_show\", \"success\": false, \"error\": "
                + "{\"message\": \"Not found\", \"__type\": \"Not Found Error\"}}").getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> params(HttpExchange ex) throws IOException {
        Map<String, String> params = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        if (body.length > 0) {
            JsonNode n = MAPPER.readTree(body);
            n.fields().forEachRemaining(e -> params.put(e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        }
        return params;
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        ex.getResponseHeaders().set("Connection", "close");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** A parsed {@code package_search}: the filter, the order, and the window. */
    record Query(Predicate<Doc> filter, Comparator<Doc> order, String sortText, int start, int rows) {
        static Query of(Map<String, String> p) {
            String q = p.getOrDefault("q", "*:*").trim();
            if (!q.isEmpty() && !q.equals("*:*")) {
                throw new IllegalArgumentException("only q=*:* is served, not " + q);
            }
            if (p.containsKey("fl")) {
                throw new IllegalArgumentException("fl is not served");
            }
            String sort = p.getOrDefault("sort", "score desc, metadata_modified desc");
            int rows = Math.min(1000, Integer.parseInt(p.getOrDefault("rows", "10")));
            int start = Integer.parseInt(p.getOrDefault("start", "0"));
            return new Query(filter(p.getOrDefault("fq", "")), order(sort), sort, start, rows);
        }

        private static Predicate<Doc> filter(String fq) {
            Predicate<Doc> all = d -> true;
            String flat = fq.replace("(", " ").replace(")", " ").trim();
            if (flat.isEmpty()) {
                return all;
            }
            for (String term : flat.split("\\s+AND\\s+")) {
                term = term.trim();
                if (term.startsWith("+")) {
                    term = term.substring(1);
                }
                if (term.startsWith("organization:")) {
                    String org = term.substring("organization:".length()).replace("\"", "");
                    all = all.and(d -> d.org().equals(org));
                } else if (term.startsWith("metadata_modified:[") && term.endsWith("]")) {
                    String[] ends = term.substring("metadata_modified:[".length(), term.length() - 1)
                            .split("\\s+TO\\s+");
                    long lo = ends[0].equals("*") ? Long.MIN_VALUE : instant(ends[0]);
                    long hi = ends[1].equals("*") ? Long.MAX_VALUE : instant(ends[1]);
                    all = all.and(d -> d.modified() >= lo && d.modified() <= hi);
                } else if (!term.isEmpty()) {
                    throw new IllegalArgumentException("fq term not served: " + term);
                }
            }
            return all;
        }

        private static long instant(String solr) {
            return java.time.Instant.parse(solr).toEpochMilli();
        }

        private static Comparator<Doc> order(String sort) {
            Comparator<Doc> c = null;
            for (String part : sort.split(",")) {
                String[] f = part.trim().split("\\s+");
                boolean desc = f.length > 1 && f[1].equalsIgnoreCase("desc");
                Comparator<Doc> one = switch (f[0]) {
                    case "score" -> (a, b) -> 0;
                    case "metadata_modified" -> Comparator.comparingLong(Doc::modified);
                    case "metadata_created" -> Comparator.comparingLong(Doc::created);
                    case "id" -> Comparator.comparing(Doc::id);
                    case "name" -> Comparator.comparing(Doc::name);
                    default -> throw new IllegalArgumentException("sort not served: " + f[0]);
                };
                one = desc ? one.reversed() : one;
                c = c == null ? one : c.thenComparing(one);
            }
            return c;
        }
    }

    /**
     * Serves the recorded catalogue until standard input closes.
     *
     * @param args the pages folder (default: the copy in test resources), and the number of copies
     * @throws Exception when the pages cannot be read or the server cannot start
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 && !args[0].equals("-") ? args[0]
                : "src/test/resources/fixtures/ckan-2.10-search-pages-10k");
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        try (RecordedCatalogueServer s = start(dir, copies)) {
            System.out.println(s.baseUrl());
            System.out.flush();
            System.in.read();
        }
        System.exit(0);
    }
}
