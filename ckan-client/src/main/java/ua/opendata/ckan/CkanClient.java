package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.internal.RawSearchPageReader;
import ua.opendata.ckan.internal.SearchPageReader;
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
    private final Transport transport;
    private final CloseableHttpClient http;
    private final boolean ownsHttp;
    private final ZoneId zone;
    private final boolean getForReads;
    private final boolean hasKey;
    private final RetryPolicy retry;
    private final Pacer pacer;
    private final Uploads uploads;
    private final DatasetWrites writes;
    private final Harvests harvests;
    private final ObjectMapper mapper;

    CkanClient(ClientSettings b) {
        this.mapper = Results.mapper();
        this.zone = b.zone;
        this.getForReads = b.getForReads;
        this.hasKey = b.apiKey != null;
        this.retry = b.retry;
        this.ownsHttp = b.httpClient == null;
        this.http = b.httpClient != null ? b.httpClient : HttpClientFactory.create(b);
        this.transport = new Transport(b.transportSettings(), http, mapper);
        this.pacer = new Pacer(b.writePacing, b.sleeper);
        this.uploads = new Uploads(transport, pacer, b.maxUploadBytes, zone);
        this.writes = new DatasetWrites(this, b.retry, b.sleeper);
        this.harvests = new Harvests(b.maxConcurrent);
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

    /**
     * Calls any action (plugin actions included) and returns the {@code result} as a tree.
     *
     * @param action the action name
     * @param params the parameters
     * @return the result (a {@code NullNode} when CKAN returned null)
     */
    public JsonNode callTree(String action, ObjectNode params) {
        Objects.requireNonNull(action, "action");
        boolean read = ActionKinds.isRead(action);
        if (!read) {
            pacer.pace(action);
        }
        return transport.call(action, params, read && getForReads,
                read || ActionKinds.idempotent(retry, action, params));
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
        return Results.bind(mapper, action, callTree(action, params), type);
    }

    /**
     * {@code status_show}: version and plugins.
     *
     * @return the status
     */
    public CkanStatus statusShow() {
        return one("status_show", Results.params(), CkanStatus::fromJson);
    }

    /**
     * {@code package_show}.
     *
     * @param idOrName the dataset id or name
     * @return the dataset
     */
    public CkanDataset packageShow(String idOrName) {
        return one("package_show", Results.id(idOrName), CkanDataset::fromJson);
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
                new SearchPageReader<>(zone, CkanDataset::fromJson));
    }

    /**
     * {@code package_create}. Never repeated blindly: retried as any write when nothing was
     * applied; after an unknown outcome (a reset or timeout after sending, a proxy's 502, 503 or
     * 504) only while {@code package_show} of the name still answers "not found" ({@link
     * RetryPolicy}); if the name now exists, a {@link CkanException} says so.
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
        return writes.create(dataset);
    }

    /**
     * {@code package_update}: REPLACES the dataset; omitted resources, tags, groups, extras and
     * custom fields are deleted. Start from {@link CkanDataset#toWrite()}.
     *
     * @param dataset the complete dataset (with id or name)
     * @return the dataset as updated
     */
    public CkanDataset packageUpdate(CkanDatasetWrite dataset) {
        Results.requireIdOrName("package_update", dataset.id(), dataset.name());
        return one("package_update", dataset.toJson(), CkanDataset::fromJson);
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
        return writes.patch(patch);
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
        return writes.revise(match, update);
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
     * @param update other changes to merge (an empty object for none)
     * @param files the files, at least one
     * @param progress told of the bytes sent over all files and their total ({@link
     *     CkanUploadProgress#none()} for nobody)
     * @return the dataset and, per file, its resource and checksum
     */
    public CkanRevision packageReviseFiles(ObjectNode match, ObjectNode update,
            List<CkanFileUpload> files, CkanUploadProgress progress) {
        return uploads.reviseFiles(match, update, files, progress);
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
    public CkanDataset safeUpdate(String idOrName, UnaryOperator<CkanDatasetWrite>
            change) {
        return writes.safeUpdate(idOrName, change);
    }

    /**
     * {@code package_delete}: a soft delete (state {@code deleted}; the name stays taken).
     *
     * @param idOrName the dataset
     */
    public void packageDelete(String idOrName) {
        callTree("package_delete", Results.id(idOrName));
    }

    /**
     * {@code resource_show}.
     *
     * @param id the resource id
     * @return the resource
     */
    public CkanResource resourceShow(String id) {
        return one("resource_show", Results.id(id), CkanResource::fromJson);
    }

    /**
     * {@code resource_create} of a link (or a resource without file).
     *
     * @param resource the resource, with {@code packageId}
     * @return the resource as created
     */
    public CkanResource resourceCreate(CkanResourceWrite resource) {
        return one("resource_create", resource.toJson(), CkanResource::fromJson);
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
        return uploads.upload("resource_create", resource, file, CkanUploadProgress.none()).resource();
    }

    /**
     * {@code resource_patch} replacing the file, streamed as multipart.
     *
     * @param resource the resource fields, with {@code id}
     * @param file the new file
     * @return the resource as patched
     */
    public CkanResource resourcePatch(CkanResourceWrite resource, Path file) {
        return uploads.upload("resource_patch", resource, file, CkanUploadProgress.none()).resource();
    }

    /**
     * {@code resource_update}: replaces the resource.
     *
     * @param resource the resource, with {@code id}
     * @return the resource as updated
     */
    public CkanResource resourceUpdate(CkanResourceWrite resource) {
        Results.requireIdOrName("resource_update", resource.id(), null);
        return one("resource_update", resource.toJson(), CkanResource::fromJson);
    }

    /**
     * {@code resource_patch}. To turn an upload into a link, set {@code urlType("")}.
     *
     * @param resource the fields to change, with {@code id}
     * @return the resource as patched
     */
    public CkanResource resourcePatch(CkanResourceWrite resource) {
        Results.requireIdOrName("resource_patch", resource.id(), null);
        return one("resource_patch", resource.toJson(), CkanResource::fromJson);
    }

    /**
     * {@code resource_delete}.
     *
     * @param id the resource id
     */
    public void resourceDelete(String id) {
        callTree("resource_delete", Results.id(id));
    }

    /**
     * {@code organization_show} without its datasets.
     *
     * @param idOrName the organization
     * @return the organization
     */
    public CkanOrganization organizationShow(String idOrName) {
        return one("organization_show", Results.id(idOrName).put("include_datasets", false),
                CkanOrganization::fromJson);
    }

    /**
     * {@code organization_list}: all names (no {@code all_fields}, which CKAN cuts to 25).
     *
     * @return the names
     */
    public List<String> organizationList() {
        return Results.strings("organization_list", callTree("organization_list", Results.params()));
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
        return Results.allPages(offset -> many("organization_list", Results.params().put("all_fields", true)
                .put("limit", 1000).put("offset", offset), CkanOrganization::fromJson),
                o -> String.valueOf(o.id() == null ? o.name() : o.id()));
    }

    /**
     * {@code organization_list_for_user}: where the caller has {@code permission}. Returns an empty
     * list for an anonymous caller, including one whose key the server ignored.
     *
     * @param permission e.g. {@code create_dataset}
     * @return the organizations
     */
    public List<CkanOrganization> organizationListForUser(String permission) {
        return many("organization_list_for_user", Results.params().put("permission", permission),
                CkanOrganization::fromJson);
    }

    /**
     * {@code group_list}: all names.
     *
     * @return the names
     */
    public List<String> groupList() {
        return Results.strings("group_list", callTree("group_list", Results.params()));
    }

    /**
     * {@code tag_list}: all tag names.
     *
     * @return the names
     */
    public List<String> tagList() {
        return Results.strings("tag_list", callTree("tag_list", Results.params()));
    }

    /**
     * {@code license_list}.
     *
     * @return the licenses
     */
    public List<CkanLicense> licenseList() {
        return many("license_list", Results.params(), CkanLicense::fromJson);
    }

    /**
     * {@code user_show}.
     *
     * @param idOrName the user
     * @return the user
     */
    public CkanUser userShow(String idOrName) {
        return one("user_show", Results.id(idOrName), CkanUser::fromJson);
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
        return PortalChecks.verifyCredentials(this, hasKey, userName);
    }

    /**
     * What the portal offers ({@code status_show}: version and plugins).
     *
     * @return the capabilities
     */
    public CkanCapabilities capabilities() {
        return PortalChecks.capabilities(statusShow());
    }

    /**
     * Whether the portal knows an action (a plugin's, for instance), asked through {@code
     * help_show}; an unknown action is answered cleanly, not as an error.
     *
     * @param action the action name
     * @return true when the server has it
     */
    public boolean supportsAction(String action) {
        return PortalChecks.supportsAction(this, action);
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
    public Stream<CkanDataset> harvest(CkanSearchQuery query) {
        return harvest(query, 1000);
    }

    /**
     * Like {@link #harvest(CkanSearchQuery)} with a chosen page size.
     *
     * @param query the query
     * @param pageSize rows asked per page (the server may give fewer)
     * @return a sequential stream of datasets
     */
    public Stream<CkanDataset> harvest(CkanSearchQuery query, int pageSize) {
        return harvest(query, new HarvestOptions(pageSize, 1));
    }

    /**
     * Every dataset matching the query, lazily, with up to {@link HarvestOptions#parallelism()}
     * pages fetched at the same time (never more than {@link Builder#maxConcurrentRequests(int)}).
     * With a parallelism of 1 this is keyset paging, one page after the other.
     *
     * How parallel pages are joined, what is guaranteed (every dataset unchanged during the crawl
     * exactly once), the order, memory and threads: see {@link HarvestOptions}. Close the stream
     * (try-with-resources) if you stop reading early.
     *
     * @param query the query; its {@code sort}, {@code rows} and {@code start} are ignored, and
     *     {@code fl}, if set, must include {@code id} and {@code metadata_modified}
     * @param options the page size and the parallelism
     * @return a sequential stream of datasets; close it if you stop early
     */
    public Stream<CkanDataset> harvest(CkanSearchQuery query, HarvestOptions options) {
        return harvests.harvest(query, options, this::packageSearch, HarvestKeys.TYPED);
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
    public Stream<CkanRawDataset> harvestRaw(CkanSearchQuery query,
            HarvestOptions options) {
        return harvests.harvest(query, options, q -> transport.callStreaming("package_search", q.toJson(),
                getForReads, true, new RawSearchPageReader()), HarvestKeys.RAW);
    }

    /**
     * {@code resource_create} with a file, streamed in constant memory, with progress and a
     * SHA-256 computed while sending.
     *
     * @param resource the resource fields, with {@code packageId}; no {@code url}
     * @param file the file
     * @param progress told of the bytes sent ({@link CkanUploadProgress#none()} for nobody)
     * @return the resource and the checksum
     */
    public CkanUploaded uploadNew(CkanResourceWrite resource, Path file,
            CkanUploadProgress progress) {
        return uploads.upload("resource_create", resource, file, progress);
    }

    /**
     * {@code resource_patch} replacing the file, streamed like {@link #uploadNew}.
     *
     * @param resource the resource fields, with {@code id}
     * @param file the new file
     * @param progress told of the bytes sent ({@link CkanUploadProgress#none()} for nobody)
     * @return the resource and the checksum
     */
    public CkanUploaded uploadReplace(CkanResourceWrite resource, Path file,
            CkanUploadProgress progress) {
        return uploads.replace(resource, file, progress);
    }

    private <T> T one(String action, ObjectNode params, BiFunction<ObjectNode, ZoneId, T> decoder) {
        return Results.object(action, callTree(action, params), zone, decoder);
    }

    private <T> List<T> many(String action, ObjectNode params, BiFunction<ObjectNode, ZoneId, T> decoder) {
        return Results.objects(action, callTree(action, params), zone, decoder);
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

    /**
     * Builds a {@link CkanClient}; fails fast on bad values: the key and its headers, timeouts, a
     * proxy or your own HTTP client, limits, the zone, the retry policy and write pacing.
     */
    public static final class Builder extends ClientSettings {
        private Builder(String baseUrl) {
            super(baseUrl);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
