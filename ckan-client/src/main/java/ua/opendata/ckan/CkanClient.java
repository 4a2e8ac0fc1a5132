package ua.opendata.ckan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.internal.HashingFileBody;
import ua.opendata.ckan.internal.Transport;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanLicense;
import ua.opendata.ckan.model.CkanOrganization;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.model.CkanRawDataset;
import ua.opendata.ckan.model.CkanSearchPage;
import ua.opendata.ckan.model.CkanStatus;
import ua.opendata.ckan.model.CkanUser;

/**
 * A client for the CKAN Action API. Immutable and thread-safe; close it to release the
 * connections it owns. Every action is sent as {@code POST} with a JSON body unless {@link
 * Builder#getForReads(boolean)} asks for {@code GET} on reads. Redirects are never followed.
 *
 * <pre>{@code
 * try (CkanClient ckan = CkanClient.builder("https://data.gov.ua").apiKey(key).build()) {
 *   CkanDataset d = ckan.packageShow("my-dataset");
 * }
 * }</pre>
 */
public final class CkanClient implements AutoCloseable {
    private static final Set<String> READS =
            Set.of("status_show", "package_show", "package_search", "package_list", "resource_show",
                    "organization_show", "organization_list", "organization_list_for_user", "group_list",
                    "group_show", "tag_list", "license_list", "user_show", "help_show",
                    "scheming_dataset_schema_show");

    private final Transport transport;
    private final CloseableHttpClient http;
    private final boolean ownsHttp;
    private final ObjectMapper mapper;
    private final ZoneId zone;
    private final boolean getForReads;
    private final boolean hasKey;
    private final RetryPolicy retry;
    private final long maxUploadBytes;
    private final Transport.Sleeper sleeper;
    private final long writePacingNanos;
    private final int maxConcurrent;
    private final Object paceLock = new Object();
    private long nextWriteNanos;

    private CkanClient(Builder b) {
        this.mapper =
                JsonMapper.builder()
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .build();
        this.zone = b.zone;
        this.getForReads = b.getForReads;
        this.hasKey = b.apiKey != null;
        this.retry = b.retry;
        this.maxUploadBytes = b.maxUploadBytes;
        this.sleeper = b.sleeper;
        this.writePacingNanos = b.writePacing.toNanos();
        this.maxConcurrent = b.maxConcurrent;
        if (b.httpClient != null) {
            this.http = b.httpClient;
            this.ownsHttp = false;
        } else {
            org.apache.hc.client5.http.impl.classic.HttpClientBuilder hb = HttpClients.custom();
            if (b.proxy != null) {
                hb.setProxy(b.proxy);
            }
            this.http =
                    hb
                            .disableCookieManagement()
                            .disableRedirectHandling()
                            .disableAutomaticRetries()
                            .setConnectionManager(
                                    PoolingHttpClientConnectionManagerBuilder.create()
                                            // HttpClient's header and wire logs, with the key redacted
                                            .setConnectionFactory(
                                                    new ua.opendata.ckan.internal.RedactingConnectionFactory(
                                                            b.apiKey, b.keyHeaders))
                                            .setMaxConnTotal(b.maxConcurrent)
                                            .setMaxConnPerRoute(b.maxConcurrent)
                                            .setDefaultConnectionConfig(
                                                    ConnectionConfig.custom()
                                                            .setConnectTimeout(Timeout.of(b.connectTimeout))
                                                            .setSocketTimeout(Timeout.of(b.responseTimeout))
                                                            .build())
                                            .build())
                            .build();
            this.ownsHttp = true;
        }
        this.transport =
                new Transport(b.baseUrl, b.apiKey, b.keyHeaders, b.userAgent, b.maxResponseBytes, http,
                        b.maxConcurrent, mapper, b.responseTimeout, b.retry, b.sleeper, b.callTimeout);
    }

    /**
     * A builder for a client of the portal at {@code baseUrl} (e.g. {@code https://data.gov.ua}).
     *
     * @param baseUrl the portal's base URL, without {@code /api/3}
     * @return a builder
     */
    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /**
     * The zone used for zone-less CKAN timestamps.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    // ---------------------------------------------------------------- generic

    /**
     * Calls any action (plugin actions included) and returns the {@code result} as a tree.
     *
     * @param action the action name
     * @param params the parameters
     * @return the result (a {@code NullNode} when CKAN returned null)
     */
    public JsonNode callTree(String action, ObjectNode params) {
        Objects.requireNonNull(action, "action");
        boolean read = READS.contains(action) || action.endsWith("_show") || action.endsWith("_list");
        if (!read) {
            pace(action);
        }
        return transport.call(action, params, read && getForReads, read || idempotent(action, params));
    }

    /**
     * Whether a write may be repeated after an unknown outcome: it must be in the policy's {@link
     * RetryPolicy#retryableWrites()}, carry no {@code __extend} key (which appends, so a repeat
     * adds twice), and, for {@code package_revise}, have a non-empty {@code match}.
     */
    private boolean idempotent(String action, ObjectNode params) {
        if (!retry.retryableWrites().contains(action) || hasExtendKey(params)) {
            return false;
        }
        if (!"package_revise".equals(action)) {
            return true;
        }
        java.util.Iterator<String> keys = params.fieldNames();
        while (keys.hasNext()) {
            if (keys.next().startsWith("match__")) {
                return true;
            }
        }
        return params.path("match").isObject() && !params.path("match").isEmpty();
    }

    private static boolean hasExtendKey(JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().contains("__extend") || hasExtendKey(e.getValue())) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode e : node) {
                if (hasExtendKey(e)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Calls any action and binds the {@code result} with Jackson (unknown properties ignored).
     *
     * @param action the action name
     * @param params the parameters
     * @param type the result type
     * @param <T> the result type
     * @return the result
     */
    public <T> T call(String action, ObjectNode params, Class<T> type) {
        JsonNode result = callTree(action, params);
        try {
            return mapper.treeToValue(result, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CkanException(action, 200,
                    action + ": the result cannot be read as " + type.getSimpleName() + ": "
                            + ua.opendata.ckan.internal.Texts.excerpt(String.valueOf(e.getMessage()), 200, null)
                            + ". Use callTree or a type that matches the result.",
                    action + ": результат не вдається прочитати як " + type.getSimpleName()
                            + ". Використайте callTree або тип, що відповідає результату.", e);
        }
    }

    /** Spaces writes at least {@code writePacing} apart, across all threads of this client. */
    private void pace(String action) {
        if (writePacingNanos <= 0) {
            return;
        }
        long wait;
        synchronized (paceLock) {
            long now = System.nanoTime();
            long at = nextWriteNanos == 0 ? now : Math.max(now, nextWriteNanos);
            nextWriteNanos = at + writePacingNanos;
            wait = at - now;
        }
        if (wait > 0) {
            try {
                sleeper.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CkanTransportException(action, false,
                        action + ": interrupted while pacing writes.",
                        action + ": перервано під час очікування між записами.", e);
            }
        }
    }

    private static ObjectNode params() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static ObjectNode id(String id) {
        return params().put("id", Objects.requireNonNull(id, "id"));
    }

    private <T> T object(String action, JsonNode result, BiFunction<ObjectNode, ZoneId, T> decoder) {
        if (!result.isObject()) {
            throw new CkanException(action, 200,
                    action + ": expected an object as result, got " + result.getNodeType()
                            + ". Is the base URL a CKAN portal?",
                    action + ": очікувався об'єкт як результат, отримано " + result.getNodeType()
                            + ". Чи базова адреса веде на портал CKAN?", null);
        }
        return decoder.apply((ObjectNode) result, zone);
    }

    private <T> List<T> objects(
            String action, JsonNode result, BiFunction<ObjectNode, ZoneId, T> decoder) {
        List<T> out = new ArrayList<>();
        for (JsonNode e : array(action, result)) {
            out.add(object(action, e, decoder));
        }
        return List.copyOf(out);
    }

    private static JsonNode array(String action, JsonNode result) {
        if (!result.isArray()) {
            throw new CkanException(action, 200,
                    action + ": expected a list as result, got " + result.getNodeType() + ".",
                    action + ": очікувався список як результат, отримано " + result.getNodeType() + ".",
                    null);
        }
        return result;
    }

    private static List<String> strings(String action, JsonNode result) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : array(action, result)) {
            out.add(e.asText());
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- typed calls

    /**
     * {@code status_show}: version and plugins.
     *
     * @return the status
     */
    public CkanStatus statusShow() {
        return object("status_show", callTree("status_show", params()), CkanStatus::fromJson);
    }

    /**
     * {@code package_show}.
     *
     * @param idOrName the dataset id or name
     * @return the dataset
     */
    public CkanDataset packageShow(String idOrName) {
        return object("package_show", callTree("package_show", id(idOrName)), CkanDataset::fromJson);
    }

    /**
     * {@code package_search}: one page. Advance {@code start} by the number of results received.
     *
     * @param query the query
     * @return the page
     */
    public CkanSearchPage<CkanDataset> packageSearch(CkanSearchQuery query) {
        // Streamed: a page of 1,000 full datasets is never held as bytes or as one tree.
        return transport.callStreaming("package_search", query.toJson(), getForReads, true,
                new ua.opendata.ckan.internal.SearchPageReader<>(zone, CkanDataset::fromJson));
    }

    /**
     * {@code package_create}. Never repeated blindly: when it is proven that nothing was applied
     * (connection refused, a 429, a 503 with {@code Retry-After}) it is retried as any write; after
     * an unknown outcome (a reset or timeout after sending, a proxy's 502, 503 or 504) it is retried
     * (per the retry policy) only while {@code package_show} of the name still answers "not found";
     * if the name now exists, a {@link CkanException} says so.
     *
     * <p>{@code name} is the natural key: publish idempotently by name, never by id. An {@code
     * id} is sent only when the write shape has one ({@link CkanDatasetWrite.Builder#id}); the
     * builder sets none, but {@link CkanDataset#toWrite()} keeps the id it read, so clear it
     * ({@code toBuilder().id(null)}) before creating a copy elsewhere. CKAN's create schema lets
     * only sysadmins set {@code id} ({@code empty_if_not_sysadmin}): anyone else gets a {@link
     * CkanValidationException} on field {@code id} ("The input field id was not expected."), as
     * CKAN 2.11 enforces it.
     *
     * @param dataset the dataset
     * @return the dataset as created
     */
    public CkanDataset packageCreate(CkanDatasetWrite dataset) {
        for (int attempt = 1; ; attempt++) {
            try {
                return object("package_create", callTree("package_create", dataset.toJson()),
                        CkanDataset::fromJson);
            } catch (CkanTransportException | CkanUnexpectedResponseException e) {
                if (attempt >= retry.maxAttempts() || dataset.name() == null || !isTransient(e)
                        || Transport.nothingApplied(e)) {
                    throw e; // a proven "not applied" was already retried by the transport
                }
                // The create may have happened: retry only while the name is still free.
                boolean free;
                try {
                    packageShow(dataset.name());
                    free = false;
                } catch (CkanNotFoundException nf) {
                    free = true;
                }
                if (!free) {
                    throw new CkanException("package_create", e.httpStatus(),
                            "package_create: the call failed (" + e.getClass().getSimpleName() + ") but a "
                                    + "dataset named " + dataset.name() + " now exists; it may be the one just "
                                    + "sent. Check it with package_show before creating again.",
                            "package_create: виклик не вдався, але набір " + dataset.name() + " тепер існує; "
                                    + "можливо, це щойно надісланий. Перевірте через package_show.", e);
                }
                sleepBeforeRetry(attempt, e);
            }
        }
    }

    private static boolean isTransient(CkanException e) {
        if (e instanceof CkanTransportException) {
            return true;
        }
        CkanUnexpectedResponseException u = (CkanUnexpectedResponseException) e;
        int s = u.httpStatus();
        return u.location() == null && (s == 429 || s == 502 || s == 503 || s == 504);
    }

    private void sleepBeforeRetry(int attempt, CkanException cause) {
        long ms = Math.min(retry.maxDelay().toMillis(),
                retry.initialDelay().toMillis() << Math.min(attempt - 1, 20));
        try {
            sleeper.sleep(Duration.ofMillis(ms));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    /**
     * {@code package_update}: REPLACES the dataset; omitted resources, tags, groups, extras and
     * custom fields are deleted. Start from {@link CkanDataset#toWrite()}.
     *
     * @param dataset the complete dataset (with id or name)
     * @return the dataset as updated
     */
    public CkanDataset packageUpdate(CkanDatasetWrite dataset) {
        requireIdOrName("package_update", dataset.id(), dataset.name());
        return object("package_update", callTree("package_update", dataset.toJson()),
                CkanDataset::fromJson);
    }

    /**
     * {@code package_patch}: a shallow merge; a list sent (resources, tags) replaces the whole list.
     * CKAN finds the dataset by {@code id} only (a patch with a {@code name} and no {@code id} is
     * refused: "Missing id, can not get Package object"), so when only a name is given it is sent
     * as the {@code id} too (CKAN takes a name there).
     *
     * @param patch the fields to change (with id or name)
     * @return the dataset as patched
     */
    public CkanDataset packagePatch(CkanDatasetWrite patch) {
        requireIdOrName("package_patch", patch.id(), patch.name());
        ObjectNode body = patch.toJson();
        if (patch.id() == null || patch.id().isEmpty()) {
            body.put("id", patch.name());
        }
        return object("package_patch", callTree("package_patch", body), CkanDataset::fromJson);
    }

    /**
     * {@code package_revise} (CKAN 2.9+): change a dataset only if it still matches {@code match}
     * (compare-and-swap, e.g. on {@code metadata_modified}); a stale match fails with a {@link
     * CkanValidationException} on field {@code match}.
     *
     * @param match the fields the current dataset must have (include {@code id} or {@code name})
     * @param update the nested changes to merge
     * @return the dataset as revised
     */
    public CkanDataset packageRevise(ObjectNode match, ObjectNode update) {
        ObjectNode p = params();
        p.set("match", match.deepCopy());
        p.set("update", update.deepCopy());
        JsonNode r = callTree("package_revise", p);
        return object("package_revise", r.path("package"), CkanDataset::fromJson);
    }

    /**
     * {@code package_revise} (CKAN 2.9+) with several files in one atomic multipart call: new
     * resources are added with {@code update__resources__extend} and get their files through
     * {@code update__resources__-k__upload} (counted from the end, as CKAN applies the extend
     * first); files of existing resources are replaced through {@code
     * update__resources__<id>__upload}. CKAN validates and saves the dataset and stores every
     * file in one transaction: if one file is refused (e.g. over {@code ckan.max_resource_size}),
     * nothing changes. Each file is checked against {@link Builder#maxUploadBytes(long)} before
     * anything is sent, streamed from disk in constant memory, and hashed (SHA-256) while sent.
     * Never retried (the body is a stream); a stale {@code match} fails with a {@link
     * CkanValidationException} on field {@code match}.
     *
     * @param match the fields the current dataset must have (include {@code id} or {@code name};
     *     add {@code metadata_modified} for compare-and-swap)
     * @param update other changes to merge, or null
     * @param files the files, at least one
     * @param progress told of the bytes sent over all files (and their total), or null
     * @return the dataset and, per file, its resource and checksum
     */
    public CkanRevision packageReviseFiles(ObjectNode match, @Nullable ObjectNode update,
            List<CkanFileUpload> files, @Nullable CkanUploadProgress progress) {
        String action = "package_revise";
        if (!match.hasNonNull("id") && !match.hasNonNull("name")) {
            throw new IllegalArgumentException(action + ": match needs the id or name of the dataset "
                    + "/ вкажіть id або name набору в match");
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(action + ": give at least one file, or use packageRevise "
                    + "/ додайте хоча б один файл");
        }
        long[] sizes = new long[files.size()];
        long total = 0;
        List<CkanFileUpload> added = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            CkanFileUpload f = files.get(i);
            sizes[i] = checkedSize(action, f.file());
            total += sizes[i];
            if (f.newResource() != null) {
                CkanResourceWrite r = f.newResource();
                if (r.url() != null && !r.url().isEmpty() || r.id() != null) {
                    throw new IllegalArgumentException(action + ": a new resource with a file takes no url "
                            + "and no id (CKAN sets them), for " + f.file() + " / не вказуйте url та id");
                }
                added.add(f);
            }
        }
        com.fasterxml.jackson.databind.node.ArrayNode extend = JsonNodeFactory.instance.arrayNode();
        for (CkanFileUpload f : added) {
            ObjectNode r = java.util.Objects.requireNonNull(f.newResource()).toJson();
            r.remove("package_id");
            extend.add(r);
        }
        String matchJson = match.toString();
        String updateJson = update == null || update.isEmpty() ? null : update.toString();
        long grandTotal = total;
        pace(action);
        HashingFileBody[] parts = new HashingFileBody[files.size()];
        JsonNode result = transport.multipart(action, () -> {
            MultipartEntityBuilder mb = MultipartEntityBuilder.create().setMode(HttpMultipartMode.EXTENDED)
                    .setCharset(StandardCharsets.UTF_8);
            ContentType text = ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8);
            mb.addTextBody("match", matchJson, text);
            if (updateJson != null) {
                mb.addTextBody("update", updateJson, text);
            }
            if (!extend.isEmpty()) {
                mb.addTextBody("update__resources__extend", extend.toString(), text);
            }
            long offset = 0;
            int newIndex = 0;
            for (int i = 0; i < files.size(); i++) {
                CkanFileUpload f = files.get(i);
                long before = offset;
                CkanUploadProgress each = progress == null ? null
                        : (sent, size) -> progress.progress(before + sent, grandTotal);
                parts[i] = new HashingFileBody(f.file(), sizes[i], ContentType.APPLICATION_OCTET_STREAM, each);
                String target = f.newResource() != null
                        ? "-" + (added.size() - newIndex++) : f.resourceId();
                mb.addPart("update__resources__" + target + "__upload", parts[i]);
                offset += sizes[i];
            }
            return mb.build();
        });
        CkanDataset d = object(action, result.path("package"), CkanDataset::fromJson);
        List<CkanResource> resources = d.resources();
        List<CkanUploaded> out = new ArrayList<>();
        int newIndex = 0;
        for (int i = 0; i < files.size(); i++) {
            CkanFileUpload f = files.get(i);
            CkanResource r = null;
            if (f.newResource() != null) {
                int at = resources.size() - added.size() + newIndex++;
                r = at >= 0 && at < resources.size() ? resources.get(at) : null;
            } else {
                for (CkanResource x : resources) {
                    if (f.resourceId().equals(x.id())) {
                        r = x;
                    }
                }
            }
            if (r == null) {
                throw new CkanException(action, 200, action + ": the answer lacks the resource of " + f.file()
                        + "; check the dataset with package_show.",
                        action + ": у відповіді немає ресурсу для " + f.file() + "; перевірте набір.", null);
            }
            String sha = parts[i] == null ? null : parts[i].sha256();
            out.add(new CkanUploaded(r, sha == null ? "" : sha, parts[i] == null ? 0 : parts[i].sent()));
        }
        return new CkanRevision(d, out);
    }

    private long checkedSize(String action, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new CkanTransportException(action, false,
                    action + ": cannot read the file to upload " + file + ": " + e.getMessage(),
                    action + ": не вдається прочитати файл для завантаження " + file, e);
        }
        if (size > maxUploadBytes) {
            throw new IllegalArgumentException(action + ": the file " + file + " has " + size
                    + " bytes, over the limit of " + maxUploadBytes + " (CKAN's default "
                    + "ckan.max_resource_size is 10 MB); raise maxUploadBytes if the portal allows more / "
                    + "файл завеликий для порталу");
        }
        return size;
    }

    /**
     * Changes a dataset through a function of its current state without dropping any field, and
     * only if nobody changed it meanwhile: reads it, applies {@code change} to {@link
     * CkanDataset#toWrite()}, then writes with {@code package_revise} matching {@code
     * metadata_modified} (compare-and-swap). Where the server has no {@code package_revise}
     * (before 2.9), it re-reads, compares {@code metadata_modified}, writes with {@code
     * package_update} and verifies. Keys the change removes are not removed on the server
     * (revise merges); set them to empty values instead.
     *
     * <p>When the write's outcome is unknown (a reset or timeout after sending, a proxy's 502 or
     * 504, or a retried revise refused because the first attempt already moved the stamp), it
     * reads the dataset again: if every field the change changed has the value written, the write
     * landed and the re-read dataset is returned; if the stamp did not move, the original failure
     * is thrown (nothing was written); otherwise someone else changed it: a {@link
     * CkanConflictException}.
     *
     * @param idOrName the dataset
     * @param change the change, given the complete write shape
     * @return the dataset as written
     * @throws CkanConflictException when someone else changed the dataset first
     */
    public CkanDataset safeUpdate(String idOrName, java.util.function.UnaryOperator<CkanDatasetWrite>
            change) {
        CkanDataset current = packageShow(idOrName);
        CkanDatasetWrite before = current.toWrite();
        CkanDatasetWrite wanted = change.apply(before);
        String stamp = current.metadataModified() == null ? null : current.metadataModified().raw();
        ObjectNode match = params().put("id", current.id());
        if (stamp != null) {
            match.put("metadata_modified", stamp);
        }
        ObjectNode update = wanted.toJson();
        update.remove("id");
        try {
            return packageRevise(match, update);
        } catch (CkanValidationException e) {
            if (e.fieldErrors().containsKey("match")) {
                // a retry of a revise that landed fails on its own new stamp
                return ownWriteOrConflict("package_revise", idOrName, current.id(), stamp, before, wanted, e);
            }
            throw e;
        } catch (CkanUnexpectedResponseException e) {
            if (e.isUnknownAction()) {
                return updateWithoutRevise(idOrName, current.id(), stamp, before, wanted);
            }
            if (!e.outcomeUnknown()) {
                throw e;
            }
            return ownWriteOrConflict("package_revise", idOrName, current.id(), stamp, before, wanted, e);
        } catch (CkanException e) {
            if (!e.outcomeUnknown()) {
                throw e;
            }
            return ownWriteOrConflict("package_revise", idOrName, current.id(), stamp, before, wanted, e);
        }
    }

    /** Before CKAN 2.9 (no package_revise): check, update, verify (a small race window remains). */
    private CkanDataset updateWithoutRevise(String idOrName, String id, @Nullable String stamp,
            CkanDatasetWrite before, CkanDatasetWrite wanted) {
        CkanDataset again = packageShow(idOrName);
        String now = again.metadataModified() == null ? null : again.metadataModified().raw();
        if (!java.util.Objects.equals(now, stamp)) {
            throw new CkanConflictException("package_update", idOrName, null);
        }
        try {
            return packageUpdate(wanted);
        } catch (CkanException e) {
            if (!e.outcomeUnknown()) {
                throw e;
            }
            return ownWriteOrConflict("package_update", idOrName, id, stamp, before, wanted, e);
        }
    }

    /**
     * After an unknown outcome (or a stale match that a retry of a landed write causes): reads the
     * dataset again. Its stamp unchanged: nothing was written, the failure is thrown. Stamp moved
     * and every field the change changed now has the value written: the write landed, the dataset
     * is returned. Stamp moved otherwise: someone else changed it, a {@link CkanConflictException}.
     */
    private CkanDataset ownWriteOrConflict(String action, String idOrName, String id,
            @Nullable String stamp, CkanDatasetWrite before, CkanDatasetWrite wanted, CkanException failure) {
        CkanDataset now;
        try {
            now = packageShow(id);
        } catch (CkanException e) {
            failure.addSuppressed(e);
            throw failure;
        }
        String nowStamp = now.metadataModified() == null ? null : now.metadataModified().raw();
        if (java.util.Objects.equals(nowStamp, stamp) && stamp != null) {
            throw failure;
        }
        ObjectNode was = before.toJson();
        ObjectNode want = wanted.toJson();
        ObjectNode got = now.toWrite().toJson();
        for (Map.Entry<String, JsonNode> e : want.properties()) {
            String k = e.getKey();
            boolean changed = !e.getValue().equals(was.get(k));
            if (changed && !e.getValue().equals(got.get(k))) {
                throw new CkanConflictException(action, idOrName, failure);
            }
        }
        return now;
    }

    /**
     * {@code package_delete}: a soft delete (state {@code deleted}; the name stays taken).
     *
     * @param idOrName the dataset
     */
    public void packageDelete(String idOrName) {
        callTree("package_delete", id(idOrName));
    }

    /**
     * {@code resource_show}.
     *
     * @param id the resource id
     * @return the resource
     */
    public CkanResource resourceShow(String id) {
        return object("resource_show", callTree("resource_show", id(id)), CkanResource::fromJson);
    }

    /**
     * {@code resource_create} of a link (or a resource without file).
     *
     * @param resource the resource, with {@code packageId}
     * @return the resource as created
     */
    public CkanResource resourceCreate(CkanResourceWrite resource) {
        return object("resource_create", callTree("resource_create", resource.toJson()),
                CkanResource::fromJson);
    }

    /**
     * {@code resource_create} with a file, streamed as multipart (constant memory). The size is
     * checked against {@link Builder#maxUploadBytes(long)} before sending.
     *
     * @param resource the resource fields, with {@code packageId}; no {@code url}
     * @param file the file
     * @return the resource as created
     */
    public CkanResource resourceCreate(CkanResourceWrite resource, Path file) {
        return upload("resource_create", resource, file);
    }

    /**
     * {@code resource_patch} replacing the file, streamed as multipart.
     *
     * @param resource the resource fields, with {@code id}
     * @param file the new file
     * @return the resource as patched
     */
    public CkanResource resourcePatch(CkanResourceWrite resource, Path file) {
        return upload("resource_patch", resource, file);
    }

    /**
     * {@code resource_update}: replaces the resource.
     *
     * @param resource the resource, with {@code id}
     * @return the resource as updated
     */
    public CkanResource resourceUpdate(CkanResourceWrite resource) {
        requireIdOrName("resource_update", resource.id(), null);
        return object("resource_update", callTree("resource_update", resource.toJson()),
                CkanResource::fromJson);
    }

    /**
     * {@code resource_patch}. To turn an upload into a link, set {@code urlType("")}.
     *
     * @param resource the fields to change, with {@code id}
     * @return the resource as patched
     */
    public CkanResource resourcePatch(CkanResourceWrite resource) {
        requireIdOrName("resource_patch", resource.id(), null);
        return object("resource_patch", callTree("resource_patch", resource.toJson()),
                CkanResource::fromJson);
    }

    /**
     * {@code resource_delete}.
     *
     * @param id the resource id
     */
    public void resourceDelete(String id) {
        callTree("resource_delete", id(id));
    }

    /**
     * {@code organization_show} without its datasets.
     *
     * @param idOrName the organization
     * @return the organization
     */
    public CkanOrganization organizationShow(String idOrName) {
        return object("organization_show",
                callTree("organization_show", id(idOrName).put("include_datasets", false)),
                CkanOrganization::fromJson);
    }

    /**
     * {@code organization_list}: all names (no {@code all_fields}, which CKAN cuts to 25).
     *
     * @return the names
     */
    public List<String> organizationList() {
        return strings("organization_list", callTree("organization_list", params()));
    }

    /**
     * Every organization with its fields. CKAN silently cuts {@code organization_list} with {@code
     * all_fields} to 25 ({@code ckan.group_and_organization_list_all_fields_max}) whatever {@code
     * limit} asks, so this pages with {@code offset}, advancing by the number received, until an
     * empty page.
     *
     * @return the organizations, in the server's order (by name)
     */
    public List<CkanOrganization> organizationListAllFields() {
        List<CkanOrganization> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (true) {
            List<CkanOrganization> page = objects("organization_list",
                    callTree("organization_list", params().put("all_fields", true).put("limit", 1000)
                            .put("offset", out.size())), CkanOrganization::fromJson);
            int fresh = 0;
            for (CkanOrganization o : page) {
                if (seen.add(String.valueOf(o.id() == null ? o.name() : o.id()))) {
                    out.add(o);
                    fresh++;
                }
            }
            if (page.isEmpty() || fresh == 0) {
                return List.copyOf(out);
            }
        }
    }

    /**
     * {@code organization_list_for_user}: where the caller has {@code permission}. Returns an empty
     * list for an anonymous caller, including one whose key the server ignored.
     *
     * @param permission e.g. {@code create_dataset}
     * @return the organizations
     */
    public List<CkanOrganization> organizationListForUser(String permission) {
        return objects("organization_list_for_user",
                callTree("organization_list_for_user", params().put("permission", permission)),
                CkanOrganization::fromJson);
    }

    /**
     * {@code group_list}: all names.
     *
     * @return the names
     */
    public List<String> groupList() {
        return strings("group_list", callTree("group_list", params()));
    }

    /**
     * {@code tag_list}: all tag names.
     *
     * @return the names
     */
    public List<String> tagList() {
        return strings("tag_list", callTree("tag_list", params()));
    }

    /**
     * {@code license_list}.
     *
     * @return the licenses
     */
    public List<CkanLicense> licenseList() {
        return objects("license_list", callTree("license_list", params()), CkanLicense::fromJson);
    }

    /**
     * {@code user_show}.
     *
     * @param idOrName the user
     * @return the user
     */
    public CkanUser userShow(String idOrName) {
        return object("user_show", callTree("user_show", id(idOrName)), CkanUser::fromJson);
    }

    /**
     * Checks that the server honours the key. CKAN runs a call with an invalid key as anonymous
     * and never says so; this asks {@code user_show} for the key's user, whose private fields
     * ({@code email}) are only shown to that user or a sysadmin, and lists the organizations where
     * the caller may create datasets.
     *
     * @param userName the name of the key's user
     * @return the outcome
     */
    public CkanCredentials verifyCredentials(String userName) {
        List<CkanOrganization> orgs = organizationListForUser("create_dataset");
        boolean accepted = false;
        if (hasKey) {
            try {
                accepted = userShow(userName).other().containsKey("email");
            } catch (CkanNotFoundException | CkanAuthorizationException e) {
                accepted = false;
            }
        }
        return new CkanCredentials(hasKey, accepted, orgs);
    }

    /**
     * What the portal offers ({@code status_show}: version and plugins).
     *
     * @return the capabilities
     */
    public CkanCapabilities capabilities() {
        CkanStatus s = statusShow();
        return new CkanCapabilities(s.ckanVersion(),
                s.extensions() == null ? List.of() : s.extensions());
    }

    /**
     * Whether the portal knows an action (a plugin's, for instance), asked through {@code
     * help_show}; an unknown action is answered cleanly, not as an error.
     *
     * @param action the action name
     * @return true when the server has it
     */
    public boolean supportsAction(String action) {
        try {
            callTree("help_show", params().put("name", action));
            return true;
        } catch (CkanNotFoundException e) {
            return false;
        } catch (CkanUnexpectedResponseException e) {
            if (e.httpStatus() == 400 && e.bareMessage() != null) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Every dataset matching the query, lazily, however many: keyset paging on {@code
     * metadata_modified asc, id asc} with pages up to the server's cap, one page after the other,
     * robust to datasets changing during the crawl (each returned once, none skipped),
     * de-duplicated by id. The same as {@link #harvest(CkanSearchQuery, HarvestOptions)} with a
     * parallelism of 1; use that method to fetch pages in parallel. The query's {@code sort},
     * {@code rows} and {@code start} are ignored; {@code fl}, if set, must include {@code id} and
     * {@code metadata_modified}. {@code metadata_modified} is read as UTC here (CKAN stores and
     * indexes it so), whatever {@link Builder#zone(ZoneId)} says. The stream holds no resource.
     *
     * @param query the query (e.g. {@code fq=organization:name}; empty for the whole portal)
     * @return a sequential stream of datasets
     */
    public java.util.stream.Stream<CkanDataset> harvest(CkanSearchQuery query) {
        return harvest(query, 1000);
    }

    /**
     * Like {@link #harvest(CkanSearchQuery)} with a chosen page size.
     *
     * @param query the query
     * @param pageSize rows asked per page (the server may give fewer)
     * @return a sequential stream of datasets
     */
    public java.util.stream.Stream<CkanDataset> harvest(CkanSearchQuery query, int pageSize) {
        return harvest(query, new HarvestOptions(pageSize, 1));
    }

    /**
     * Every dataset matching the query, lazily, with up to {@link HarvestOptions#parallelism()}
     * pages fetched at the same time (never more than {@link Builder#maxConcurrentRequests(int)}).
     * With a parallelism of 1 this is keyset paging, one page after the other.
     *
     * <p>With more, the first page (sorted {@code metadata_modified asc, id asc}) gives the count
     * and the server's page size {@code r}; the following offset pages, each overlapping its
     * predecessor by one result, are fetched in parallel and delivered in order, de-duplicated
     * by id. Where two neighbouring pages do not join (a dataset before them was changed or
     * deleted between the two reads, which shifts offsets), the key range between them is read
     * again with keyset paging; at the end a keyset pass from the last {@code metadata_modified}
     * delivered catches what changed during the crawl. Guaranteed, with either parallelism:
     * every dataset that existed unchanged during the whole crawl is delivered exactly once; a
     * dataset changed or added during the crawl is delivered once (in one of its versions); one
     * deleted during the crawl may or may not be. Results come in ascending {@code
     * metadata_modified}, except datasets changed during the crawl. The search index can lag
     * behind writes (CKAN commits to Solr asynchronously on some sites): "during the crawl"
     * means as the index sees it.
     *
     * <p>Memory: the ids delivered, at most {@code parallelism} pages fetched ahead, each page
     * stream-parsed. Worker threads are daemon threads, stopped when the stream is exhausted,
     * fails, or is closed: close the stream (try-with-resources) if you stop reading early. An
     * error on any page ends the stream with that page's exception and cancels the others.
     *
     * @param query the query; its {@code sort}, {@code rows} and {@code start} are ignored, and
     *     {@code fl}, if set, must include {@code id} and {@code metadata_modified}
     * @param options the page size and the parallelism
     * @return a sequential stream of datasets; close it if you stop early
     */
    public java.util.stream.Stream<CkanDataset> harvest(CkanSearchQuery query, HarvestOptions options) {
        return harvest(query, options, this::packageSearch,
                ua.opendata.ckan.internal.HarvestKeys.TYPED);
    }

    /**
     * Every dataset matching the query as the portal sent it, without decoding it into a model:
     * the same pages, order, guarantees, threads and memory bounds as {@link
     * #harvest(CkanSearchQuery, HarvestOptions)}, but each result is the bytes of its JSON object
     * as received (every field, the portal's key order and escaping), with only {@code id},
     * {@code name} and {@code metadata_modified} read out of it. Use it to copy a catalogue
     * (e.g. to JSON Lines: {@link CkanRawDataset#writeTo} and a line break per dataset); it costs
     * a fraction of the typed harvest's CPU. {@link CkanRawDataset#toDataset(ZoneId)} decodes one
     * result when typed values are needed.
     *
     * @param query the query; its {@code sort}, {@code rows} and {@code start} are ignored, and
     *     {@code fl}, if set, must include {@code id} and {@code metadata_modified}
     * @param options the page size and the parallelism
     * @return a sequential stream of raw datasets; close it if you stop early
     */
    public java.util.stream.Stream<CkanRawDataset> harvestRaw(CkanSearchQuery query,
            HarvestOptions options) {
        return harvest(query, options, q -> transport.callStreaming("package_search", q.toJson(),
                getForReads, true, new ua.opendata.ckan.internal.RawSearchPageReader()),
                ua.opendata.ckan.internal.HarvestKeys.RAW);
    }

    private <T> java.util.stream.Stream<T> harvest(CkanSearchQuery query, HarvestOptions options,
            java.util.function.Function<CkanSearchQuery, CkanSearchPage<T>> search,
            ua.opendata.ckan.internal.HarvestKeys<T> keys) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        int parallelism = Math.min(options.parallelism(), maxConcurrent);
        java.util.Iterator<T> it;
        Runnable onClose;
        if (parallelism <= 1) {
            it = new ua.opendata.ckan.internal.KeysetHarvest<>(search, query, options.pageSize(), keys);
            onClose = () -> { };
        } else {
            ua.opendata.ckan.internal.ParallelHarvest<T> p = new ua.opendata.ckan.internal.ParallelHarvest<>(
                    search, query, options.pageSize(), parallelism, keys);
            it = p;
            onClose = p::close;
        }
        return java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(it,
                        java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL | java.util.Spliterator.DISTINCT),
                false).onClose(onClose);
    }

    /**
     * {@code resource_create} with a file, streamed in constant memory, with progress and a
     * SHA-256 computed while sending.
     *
     * @param resource the resource fields, with {@code packageId}; no {@code url}
     * @param file the file
     * @param progress told of the bytes sent, or null
     * @return the resource and the checksum
     */
    public CkanUploaded uploadNew(CkanResourceWrite resource, Path file,
            @Nullable CkanUploadProgress progress) {
        return upload("resource_create", resource, file, progress);
    }

    /**
     * {@code resource_patch} replacing the file, streamed like {@link #uploadNew}.
     *
     * @param resource the resource fields, with {@code id}
     * @param file the new file
     * @param progress told of the bytes sent, or null
     * @return the resource and the checksum
     */
    public CkanUploaded uploadReplace(CkanResourceWrite resource, Path file,
            @Nullable CkanUploadProgress progress) {
        requireIdOrName("resource_patch", resource.id(), null);
        return upload("resource_patch", resource, file, progress);
    }

    private CkanResource upload(String action, CkanResourceWrite resource, Path file) {
        return upload(action, resource, file, null).resource();
    }

    private CkanUploaded upload(String action, CkanResourceWrite resource, Path file,
            @Nullable CkanUploadProgress progress) {
        long size = checkedSize(action, file);
        if (resource.url() != null && !resource.url().isEmpty()) {
            throw new IllegalArgumentException(action + ": do not send a url with an upload (CKAN sets "
                    + "it); remove url from the resource / не надсилайте url разом із файлом");
        }
        ObjectNode fields = resource.toJson();
        pace(action);
        HashingFileBody[] part = new HashingFileBody[1];
        JsonNode result = transport.multipart(action, () -> {
            MultipartEntityBuilder mb =
                    MultipartEntityBuilder.create()
                            .setMode(HttpMultipartMode.EXTENDED)
                            .setCharset(StandardCharsets.UTF_8);
            for (Map.Entry<String, JsonNode> e : fields.properties()) {
                JsonNode v = e.getValue();
                mb.addTextBody(e.getKey(), v.isTextual() ? v.textValue() : v.toString(),
                        ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8));
            }
            part[0] = new HashingFileBody(file, size, ContentType.APPLICATION_OCTET_STREAM, progress);
            mb.addPart("upload", part[0]);
            return mb.build();
        });
        CkanResource r = object(action, result, CkanResource::fromJson);
        String sha = part[0] == null ? null : part[0].sha256();
        return new CkanUploaded(r, sha == null ? "" : sha, part[0] == null ? 0 : part[0].sent());
    }

    private static void requireIdOrName(String action, @Nullable String id, @Nullable String name) {
        if ((id == null || id.isEmpty()) && (name == null || name.isEmpty())) {
            throw new IllegalArgumentException(action + ": set id or name of the object to change / "
                    + "вкажіть id або name об'єкта");
        }
    }

    /** Closes the HTTP client if the client created it. */
    @Override
    public void close() {
        if (ownsHttp) {
            http.close(CloseMode.GRACEFUL);
        }
    }

    /**
     * The portal's base URL as given to the builder (without {@code /api/3}), e.g. for links to dataset pages.
     *
     * @return the base URL
     */
    public URI baseUrl() {
        return transport.base();
    }

    @Override
    public String toString() {
        return "CkanClient[" + transport.base() + ", key=" + (hasKey ? "***" : "none") + ", zone="
                + zone + "]";
    }

    /** Builds a {@link CkanClient}; fails fast on bad values. */
    public static final class Builder {
        private final URI baseUrl;
        private @Nullable String apiKey;
        private List<String> keyHeaders = List.of("Authorization", "X-CKAN-API-Key");
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(60);
        private String userAgent = "ua-opendata-ckan-client/0.1";
        private @Nullable CloseableHttpClient httpClient;
        private int maxConcurrent = 4;
        private long maxResponseBytes = 64L * 1024 * 1024;
        private long maxUploadBytes = 10L * 1024 * 1024;
        private ZoneId zone = ZoneOffset.UTC;
        private boolean getForReads;
        private RetryPolicy retry = RetryPolicy.defaults();
        private Duration writePacing = Duration.ZERO;
        private @Nullable Duration callTimeout;
        private org.apache.hc.core5.http.@Nullable HttpHost proxy;
        private Transport.Sleeper sleeper = d -> Thread.sleep(d.toMillis());

        private Builder(String baseUrl) {
            URI u;
            try {
                u = URI.create(Objects.requireNonNull(baseUrl, "baseUrl"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("CkanClient.builder: the base URL is not a URL: "
                        + baseUrl, e);
            }
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new IllegalArgumentException("CkanClient.builder: the base URL must be http(s) "
                        + "with a host, like https://data.gov.ua, got " + baseUrl);
            }
            this.baseUrl = u;
        }

        /**
         * Sets the API key or token, sent raw (no {@code Bearer}) in every key header.
         *
         * @param value the key, or null for anonymous calls
         * @return this builder
         */
        public Builder apiKey(@Nullable String value) {
            apiKey = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        /**
         * Sets the headers carrying the key (default {@code Authorization} and {@code
         * X-CKAN-API-Key}; CKAN 2.11 reads only its configured {@code apitoken_header_name}).
         *
         * @param names the header names
         * @return this builder
         */
        public Builder keyHeaders(List<String> names) {
            if (names.isEmpty()) {
                throw new IllegalArgumentException("CkanClient.keyHeaders: give at least one header name");
            }
            keyHeaders = List.copyOf(names);
            return this;
        }

        /**
         * Sets the connect timeout (used when the client creates its HTTP client).
         *
         * @param value the timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration value) {
            connectTimeout = positive("connectTimeout", value);
            return this;
        }

        /**
         * Sets the response timeout (time without data from the server).
         *
         * @param value the timeout
         * @return this builder
         */
        public Builder responseTimeout(Duration value) {
            responseTimeout = positive("responseTimeout", value);
            return this;
        }

        /**
         * Bounds one call as a whole: every attempt, the waits between retries and the reading
         * of the answer (default: no bound; each attempt is still bounded by the connect and
         * response timeouts, which only bound silences). When the time is up the request is
         * aborted and the call fails with a {@link CkanTransportException} whose {@code
         * isTimeout()} is true and whose message names the action and this timeout. It also
         * bounds uploads: leave it unset, or generous, for large files. A {@code package_create}
         * retried after checking its name gives each attempt its own bound.
         *
         * @param value the total time of one call
         * @return this builder
         */
        public Builder callTimeout(Duration value) {
            callTimeout = positive("callTimeout", value);
            return this;
        }

        /**
         * Sends every request through an HTTP proxy, e.g. {@code http://proxy.example:3128} (an
         * {@code https} portal is reached through it with {@code CONNECT}). Proxy
         * authentication is not built in: give the client your own {@link #httpClient} for that.
         *
         * @param value the proxy's URL ({@code http://host:port})
         * @return this builder
         */
        public Builder proxy(URI value) {
            Objects.requireNonNull(value, "proxy");
            if (!"http".equals(value.getScheme()) || value.getHost() == null || value.getPort() < 1
                    || value.getUserInfo() != null
                    || !(value.getRawPath() == null || value.getRawPath().isEmpty()
                            || value.getRawPath().equals("/"))) {
                throw new IllegalArgumentException("CkanClient.proxy: give http://host:port without "
                        + "user, path or query, got " + (value.getUserInfo() == null ? value : "(a URL with "
                        + "credentials)") + " / вкажіть проксі як http://вузол:порт");
            }
            proxy = new org.apache.hc.core5.http.HttpHost("http", value.getHost(), value.getPort());
            return this;
        }

        /**
         * Sets the user agent.
         *
         * @param value the user agent
         * @return this builder
         */
        public Builder userAgent(String value) {
            userAgent = Objects.requireNonNull(value, "userAgent");
            return this;
        }

        /**
         * Uses an HTTP client supplied (and closed) by the caller. Give it no cookie store; the
         * client disables redirects per request. The client's own HTTP client keeps the key out of
         * HttpClient's header and wire logs ({@code org.apache.hc.client5.http.headers}, {@code
         * .wire}); one supplied here logs what its connections log: keep those loggers below DEBUG.
         *
         * @param value the HTTP client
         * @return this builder
         */
        public Builder httpClient(CloseableHttpClient value) {
            httpClient = Objects.requireNonNull(value, "httpClient");
            return this;
        }

        /**
         * Sets the maximum number of calls in flight (default 4).
         *
         * @param value the limit
         * @return this builder
         */
        public Builder maxConcurrentRequests(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("CkanClient.maxConcurrentRequests must be >= 1, got "
                        + value);
            }
            maxConcurrent = value;
            return this;
        }

        /**
         * Sets the largest response body accepted (default 64 MiB).
         *
         * @param value the limit in bytes
         * @return this builder
         */
        public Builder maxResponseBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("CkanClient.maxResponseBytes must be >= 1, got "
                        + value);
            }
            maxResponseBytes = value;
            return this;
        }

        /**
         * Sets the largest file uploaded (default 10 MiB, CKAN's default {@code
         * ckan.max_resource_size}).
         *
         * @param value the limit in bytes
         * @return this builder
         */
        public Builder maxUploadBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("CkanClient.maxUploadBytes must be >= 1, got " + value);
            }
            maxUploadBytes = value;
            return this;
        }

        /**
         * Sets the zone of the server's zone-less timestamps (default UTC).
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /**
         * Sends reads as {@code GET} with query parameters instead of {@code POST} JSON.
         *
         * @param value whether to use GET for reads
         * @return this builder
         */
        public Builder getForReads(boolean value) {
            getForReads = value;
            return this;
        }

        /**
         * Sets the retry policy (default {@link RetryPolicy#defaults()}).
         *
         * @param value the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy value) {
            retry = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /**
         * Spaces write calls at least this far apart (default none). Portals throttle writes: a
         * large CKAN saw errors at 5 creations per second.
         *
         * @param value the minimum interval between writes
         * @return this builder
         */
        public Builder writePacing(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("CkanClient.writePacing must not be negative, got "
                        + value);
            }
            writePacing = value;
            return this;
        }

        /** For tests: replaces the sleep between retry attempts and between paced writes. */
        Builder sleeper(Transport.Sleeper value) {
            sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         */
        public CkanClient build() {
            if (httpClient != null && proxy != null) {
                throw new IllegalStateException("CkanClient.builder: a proxy cannot be added to an "
                        + "HttpClient you supply; configure the proxy on that client, or do not supply one "
                        + "/ налаштуйте проксі у власному HttpClient");
            }
            return new CkanClient(this);
        }

        @Override
        public String toString() {
            return "CkanClient.Builder[" + baseUrl + ", key=" + (apiKey == null ? "none" : "***") + "]";
        }

        private static Duration positive(String name, Duration d) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("CkanClient." + name + " must be positive, got " + d);
            }
            return d;
        }
    }
}
