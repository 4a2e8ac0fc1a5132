package ua.opendata.core.publish;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.internal.mapping.DatasetNames;
import ua.opendata.core.internal.text.Catalog;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.text.Messages;
import ua.opendata.passport.Passport;
import ua.opendata.passport.io.AtomicFiles;
import ua.opendata.passport.json.PassportJson;
import ua.opendata.passport.json.PassportJsonException;

/**
 * Writes a {@link PublishPlan} as JSON, and reads it back so that it can be applied later
 * ({@code PortalPublisher.apply(client, PlanJson.read(file), options)} does what applying the original plan
 * does). The layout is stable: keys in a fixed order, {@code null} written for absent values, items in plan
 * order, each with its passport (the layout of {@link PassportJson}) and the {@code metadata_modified} the plan
 * read ({@code portalModified}, the compare-and-swap stamp of apply):
 * <pre>{@code
 * {"format":"ua-opendata-publish-plan/1","organization":…,"profile":…,"licenseId":…,
 *  "summary":{"CREATE":n,…},
 *  "items":[{"name":…,"identifier":…,"action":"UPDATE","reason":{"uk":…,"en":…}|null,
 *            "changes":[{"field":…,"old":…,"new":…}],
 *            "uploads":[{"distribution":…,"file":…,"sha256":…,"storedSha256":…}],
 *            "notes":[{"element":…,"kind":…,"uk":…,"en":…}],
 *            "blockingFindings":[{"ruleId":…,"path":…,"uk":…,"en":…,"severity":…,"datasetId":…,
 *                                 "fix":{"uk":…,"en":…},"excerpt":…}],
 *            "portalModified":…,"passport":{…}|null}]}
 * }</pre>
 *
 * <p>Reading is strict: the format must be {@value #FORMAT}; unknown or missing keys, values of the wrong
 * kind, unknown constants, a summary that does not match the items, a writing item without its passport and
 * invalid dataset names are {@link PlanJsonException}s naming the JSON path. Input is limited in size
 * ({@link #DEFAULT_MAX_BYTES} unless given), nesting depth and string length; duplicate keys and trailing
 * content are refused. A plan names local files to upload: apply only plans you made.
 */
public final class PlanJson {

    /** The value of the {@code format} key. */
    public static final String FORMAT = "ua-opendata-publish-plan/1";

    /** The default limit on the size of a plan read: 128 MiB (about 20,000 datasets with their passports). */
    public static final long DEFAULT_MAX_BYTES = 128L * 1024 * 1024;

    private static final String FORMAT_FAMILY = "ua-opendata-publish-plan/";
    private static final int MAX_DEPTH = 64;
    private static final int MAX_STRING = 1024 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private static final List<String> ROOT_KEYS = List.of("format", "organization", "profile", "licenseId", "summary",
            "items");
    private static final List<String> ITEM_KEYS = List.of("name", "identifier", "action", "reason", "changes",
            "uploads", "notes", "blockingFindings", "portalModified", "passport");
    private static final List<String> CHANGE_KEYS = List.of("field", "old", "new");
    private static final List<String> UPLOAD_KEYS = List.of("distribution", "file", "sha256", "storedSha256");
    private static final List<String> NOTE_KEYS = List.of("element", "kind", "uk", "en");
    private static final List<String> FINDING_KEYS = List.of("ruleId", "path", "uk", "en", "severity", "datasetId",
            "fix", "excerpt");
    private static final List<String> TEXT_KEYS = List.of("uk", "en");

    private PlanJson() {
    }

    /**
     * The plan as a JSON tree, as {@link #write} writes it.
     *
     * @param plan the plan
     * @return a new tree: the format tag, organization, profile, licence, summary and every item with its
     *         passport
     */
    public static ObjectNode toJson(PublishPlan plan) {
        Objects.requireNonNull(plan, "plan");
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("organization", plan.organization());
        root.put("profile", plan.profile().name());
        root.put("licenseId", plan.licenseId());
        ObjectNode summary = root.putObject("summary");
        plan.summary().forEach((a, n) -> summary.put(a.name(), n));
        ArrayNode items = root.putArray("items");
        for (PlanItem i : plan.items()) {
            ObjectNode o = items.addObject();
            o.put("name", i.name());
            o.put("identifier", i.identifier());
            o.put("action", i.action().name());
            if (i.reason() == null) {
                o.putNull("reason");
            } else {
                text(o.putObject("reason"), i.reason());
            }
            ArrayNode changes = o.putArray("changes");
            for (FieldChange c : i.changes()) {
                changes.addObject().put("field", c.field()).put("old", c.oldValue()).put("new", c.newValue());
            }
            ArrayNode uploads = o.putArray("uploads");
            for (PlannedUpload u : i.uploads()) {
                uploads.addObject().put("distribution", u.distribution()).put("file", u.file().toString())
                        .put("sha256", u.sha256()).put("storedSha256", u.storedSha256());
            }
            ArrayNode notes = o.putArray("notes");
            for (MappingNote n : i.notes()) {
                text(notes.addObject().put("element", n.element()).put("kind", n.kind().name()), n.message());
            }
            ArrayNode findings = o.putArray("blockingFindings");
            for (Finding f : i.blockingFindings()) {
                ObjectNode fo = findings.addObject().put("ruleId", f.ruleId()).put("path", f.path());
                text(fo, f.message());
                fo.put("severity", f.severity().name()).put("datasetId", f.datasetId());
                text(fo.putObject("fix"), f.fix());
                fo.put("excerpt", f.excerpt());
            }
            o.put("portalModified", i.portalModified());
            if (i.passport() == null) {
                o.putNull("passport");
            } else {
                o.set("passport", passportTree(i.passport()));
            }
        }
        return root;
    }

    /**
     * Writes the plan as UTF-8 JSON; the stream is flushed, not closed.
     *
     * @param plan the plan
     * @param out  where the JSON goes
     * @throws UncheckedIOException when the stream fails
     */
    public static void write(PublishPlan plan, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            JSON.writeValue(out, toJson(plan));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(Catalog.bilingual(Messages.PUBLISH, "planJson.writeFailed", e.getMessage()),
                    e);
        }
    }

    /**
     * Writes the plan to a file atomically (a missing directory is created; on failure the file is unchanged).
     *
     * @param plan the plan
     * @param file the file to write or replace
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public static void write(PublishPlan plan, Path file) {
        Objects.requireNonNull(plan, "plan");
        AtomicFiles.write(file, out -> write(plan, out), (message, cause) -> new UncheckedIOException(
                Catalog.bilingual(Messages.PUBLISH, "planJson.writeFileFailed", file) + ": " + message,
                cause instanceof IOException io ? io
                        : cause instanceof UncheckedIOException u ? u.getCause() : new IOException(cause)));
    }

    /**
     * Reads a plan file written by {@link #write}, at most {@link #DEFAULT_MAX_BYTES}.
     *
     * @param file the plan file
     * @return the plan, as it was written
     * @throws PlanJsonException naming the file and the JSON path when the plan cannot be accepted
     * @throws UncheckedIOException when the file cannot be read
     */
    public static PublishPlan read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(Catalog.bilingual(Messages.PUBLISH, "planJson.readFailed", file,
                    e.getMessage()), e);
        }
    }

    /**
     * Reads a plan written by {@link #write}, at most {@link #DEFAULT_MAX_BYTES}; the stream is not closed.
     *
     * @param in         the UTF-8 JSON
     * @param sourceName the input's name for messages, e.g. a file name
     * @return the plan, as it was written
     * @throws PlanJsonException naming the source and the JSON path when the plan cannot be accepted
     */
    public static PublishPlan read(InputStream in, String sourceName) {
        return read(in, sourceName, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads a plan written by {@link #write}; the stream is not closed.
     *
     * @param in         the UTF-8 JSON
     * @param sourceName the input's name for messages, e.g. a file name
     * @param maxBytes   the most bytes read, at least 1; a larger input is refused
     * @return the plan, as it was written
     * @throws PlanJsonException naming the source and the JSON path when the plan cannot be accepted
     * @throws IllegalArgumentException when {@code maxBytes} is below 1
     */
    public static PublishPlan read(InputStream in, String sourceName, long maxBytes) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("PlanJson.read: maxBytes must be at least 1, got " + maxBytes);
        }
        In r = new In(sourceName);
        JsonNode root;
        try {
            root = mapper(maxBytes).readTree(in);
        } catch (StreamConstraintsException e) {
            throw r.fail("$", e, "planJson.tooLarge", e.getOriginalMessage(), maxBytes, MAX_DEPTH, MAX_STRING);
        } catch (JsonProcessingException e) {
            throw e.getLocation() == null ? r.fail("$", e, "planJson.notJson", e.getOriginalMessage())
                    : r.fail("$", e, "planJson.notJsonAt", e.getOriginalMessage(), e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new UncheckedIOException(Catalog.bilingual(Messages.PUBLISH, "planJson.readFailed", sourceName,
                    e.getMessage()), e);
        }
        if (root == null || root.isMissingNode()) {
            throw r.fail("$", "planJson.empty");
        }
        return r.plan(root);
    }

    private static ObjectMapper mapper(long maxBytes) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxBytes)
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING)
                        .maxNameLength(1024)
                        .maxNumberLength(32)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    private static JsonNode passportTree(Passport p) {
        try {
            return JSON.readTree(PassportJson.defaults().toJson(p));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the passport codec wrote JSON it cannot read back: " + e.getMessage(), e);
        }
    }

    private static void text(ObjectNode o, LocalizedText t) {
        o.put("uk", t.uk());
        o.put("en", t.en());
    }

    /** Reads one document, failing with the JSON path of the first problem. */
    private static final class In {

        private final String source;

        In(String source) {
            this.source = source;
        }

        PlanJsonException fail(String path, String key, Object... args) {
            return new PlanJsonException(source, path, PublishTexts.text(key, args));
        }

        PlanJsonException fail(String path, Throwable cause, String key, Object... args) {
            return new PlanJsonException(source, path, PublishTexts.text(key, args), cause);
        }

        PublishPlan plan(JsonNode root) {
            ObjectNode o = object(root, "$");
            JsonNode format = o.get("format");
            if (format == null || !format.isTextual()) {
                throw fail("$.format", "planJson.noFormat", FORMAT);
            }
            if (!FORMAT.equals(format.textValue())) {
                boolean ours = format.textValue().startsWith(FORMAT_FAMILY);
                throw fail("$.format", ours ? "planJson.otherVersion" : "planJson.notPlan", format.textValue(), FORMAT);
            }
            keys(o, "$", ROOT_KEYS);
            String organization = text(o, "$", "organization");
            if (organization.isBlank()) {
                throw fail("$.organization", "planJson.blankOrganization");
            }
            String profileName = text(o, "$", "profile");
            PortalProfile profile = switch (profileName) {
                case "data.gov.ua" -> PortalProfile.dataGovUa();
                case "stock-ckan" -> PortalProfile.stockCkan();
                default -> throw fail("$.profile", "planJson.unknownProfile", profileName);
            };
            String licenseId = text(o, "$", "licenseId");
            ArrayNode array = array(o, "$", "items");
            List<PlanItem> items = new ArrayList<>(array.size());
            for (int k = 0; k < array.size(); k++) {
                items.add(item(array.get(k), "$.items[" + k + "]"));
            }
            PublishPlan plan = new PublishPlan(organization, profile, licenseId, items);
            checkSummary(object(o.get("summary"), "$.summary"), plan.summary());
            return plan;
        }

        private void checkSummary(ObjectNode summary, Map<PlanAction, Long> actual) {
            List<String> names = new ArrayList<>();
            for (PlanAction a : PlanAction.values()) {
                names.add(a.name());
            }
            keys(summary, "$.summary", names);
            for (PlanAction a : PlanAction.values()) {
                JsonNode n = summary.get(a.name());
                String path = "$.summary." + a.name();
                if (!n.canConvertToLong() || !n.isIntegralNumber()) {
                    throw fail(path, "planJson.notWholeNumber");
                }
                if (n.longValue() != actual.get(a)) {
                    throw fail(path, "planJson.summaryMismatch", n.longValue(), actual.get(a));
                }
            }
        }

        private PlanItem item(JsonNode node, String path) {
            ObjectNode o = object(node, path);
            keys(o, path, ITEM_KEYS);
            String name = textOrNull(o, path, "name");
            if (name != null && !DatasetNames.isValid(name)) {
                throw fail(path + ".name", "planJson.badName", name);
            }
            String identifier = textOrNull(o, path, "identifier");
            PlanAction action = constant(o, path, "action", PlanAction.class);
            LocalizedText reason = o.get("reason").isNull() ? null : localized(o.get("reason"), path + ".reason");
            List<FieldChange> changes = new ArrayList<>();
            ArrayNode ca = array(o, path, "changes");
            for (int k = 0; k < ca.size(); k++) {
                String p = path + ".changes[" + k + "]";
                ObjectNode c = object(ca.get(k), p);
                keys(c, p, CHANGE_KEYS);
                changes.add(new FieldChange(text(c, p, "field"), textOrNull(c, p, "old"), textOrNull(c, p, "new")));
            }
            List<PlannedUpload> uploads = new ArrayList<>();
            ArrayNode ua = array(o, path, "uploads");
            for (int k = 0; k < ua.size(); k++) {
                uploads.add(upload(ua.get(k), path + ".uploads[" + k + "]"));
            }
            List<MappingNote> notes = new ArrayList<>();
            ArrayNode na = array(o, path, "notes");
            for (int k = 0; k < na.size(); k++) {
                String p = path + ".notes[" + k + "]";
                ObjectNode n = object(na.get(k), p);
                keys(n, p, NOTE_KEYS);
                notes.add(new MappingNote(text(n, p, "element"), constant(n, p, "kind", MappingNote.Kind.class),
                        new LocalizedText(text(n, p, "uk"), text(n, p, "en"))));
            }
            List<Finding> findings = new ArrayList<>();
            ArrayNode fa = array(o, path, "blockingFindings");
            for (int k = 0; k < fa.size(); k++) {
                findings.add(finding(fa.get(k), path + ".blockingFindings[" + k + "]"));
            }
            String portalModified = textOrNull(o, path, "portalModified");
            Passport passport = o.get("passport").isNull() ? null : passport(o.get("passport"), path + ".passport");
            PlanItem item = new PlanItem(name, identifier, action, changes, uploads, notes, findings, reason, passport,
                    portalModified);
            if (item.writes() && (name == null || passport == null)) {
                throw fail(path + (name == null ? ".name" : ".passport"), "planJson.itemIncomplete", action);
            }
            return item;
        }

        private PlannedUpload upload(JsonNode node, String path) {
            ObjectNode u = object(node, path);
            keys(u, path, UPLOAD_KEYS);
            String sha = text(u, path, "sha256");
            if (!SHA256.matcher(sha).matches()) {
                throw fail(path + ".sha256", "planJson.badSha256");
            }
            String stored = textOrNull(u, path, "storedSha256");
            String file = text(u, path, "file");
            Path filePath;
            try {
                filePath = Path.of(file);
            } catch (InvalidPathException e) {
                throw fail(path + ".file", e, "planJson.badPath", file, e.getReason());
            }
            return new PlannedUpload(text(u, path, "distribution"), filePath, sha, stored);
        }

        private Finding finding(JsonNode node, String path) {
            ObjectNode f = object(node, path);
            keys(f, path, FINDING_KEYS);
            return new Finding(text(f, path, "ruleId"), constant(f, path, "severity", Severity.class),
                    textOrNull(f, path, "datasetId"), text(f, path, "path"),
                    new LocalizedText(text(f, path, "uk"), text(f, path, "en")),
                    localized(f.get("fix"), path + ".fix"), textOrNull(f, path, "excerpt"));
        }

        private Passport passport(JsonNode node, String path) {
            object(node, path);
            try {
                return PassportJson.defaults().passportFromJson(node.toString(), source);
            } catch (PassportJsonException e) {
                PassportJsonException.Problem first = e.problems().get(0);
                String inner = first.path().startsWith("$") ? first.path().substring(1) : "." + first.path();
                throw new PlanJsonException(source, path + inner, new LocalizedText(first.messageUk(), first.messageEn()),
                        e);
            }
        }

        private LocalizedText localized(JsonNode node, String path) {
            ObjectNode t = object(node, path);
            keys(t, path, TEXT_KEYS);
            return new LocalizedText(text(t, path, "uk"), text(t, path, "en"));
        }

        private ObjectNode object(@Nullable JsonNode node, String path) {
            if (node instanceof ObjectNode o) {
                return o;
            }
            throw fail(path, "planJson.notObject", kind(node));
        }

        private ArrayNode array(ObjectNode o, String path, String key) {
            JsonNode n = o.get(key);
            if (n instanceof ArrayNode a) {
                return a;
            }
            throw fail(path + "." + key, "planJson.notArray", kind(n));
        }

        private String text(ObjectNode o, String path, String key) {
            String s = textOrNull(o, path, key);
            if (s == null) {
                throw fail(path + "." + key, "planJson.nullString");
            }
            return s;
        }

        private @Nullable String textOrNull(ObjectNode o, String path, String key) {
            JsonNode n = o.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isTextual()) {
                throw fail(path + "." + key, "planJson.notString", kind(n));
            }
            return n.textValue();
        }

        private <E extends Enum<E>> E constant(ObjectNode o, String path, String key, Class<E> type) {
            String s = text(o, path, key);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            List<String> known = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                known.add(e.name());
            }
            throw fail(path + "." + key, "planJson.notOneOf", s, String.join(", ", known));
        }

        /** Every key of the list present, no other. */
        private void keys(ObjectNode o, String path, List<String> expected) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!expected.contains(k)) {
                    String shown = k.length() > 64 ? k.substring(0, 64) + "…" : k;
                    throw fail(path + "." + shown, "planJson.unknownKey", String.join(", ", expected));
                }
            }
            for (String k : expected) {
                if (!o.has(k)) {
                    throw fail(path + "." + k, "planJson.missingKey");
                }
            }
        }

        private static String kind(@Nullable JsonNode n) {
            if (n == null) {
                return "nothing";
            }
            return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
