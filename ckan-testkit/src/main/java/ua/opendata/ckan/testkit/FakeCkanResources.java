package ua.opendata.ckan.testkit;

import static ua.opendata.ckan.testkit.FakeCkanEngine.F;
import static ua.opendata.ckan.testkit.FakeCkanErrors.*;

import static ua.opendata.ckan.testkit.FakeCkanEngine.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.testkit.FakeCkanEngine.Dataset;
import ua.opendata.ckan.testkit.FakeCkanEngine.User;

/**
 * Resources of the fake: the resource dict, {@code resource_*} actions, uploads (stored and
 * served back) and the MIME type guesses CKAN makes from file names and URLs.
 */
final class FakeCkanResources {
    private final FakeCkanEngine engine;
    private final Map<String, Dataset> datasets;
    private final Map<String, FakeCkanEngine.StoredFile> files;

    FakeCkanResources(FakeCkanEngine engine) {
        this.engine = engine;
        this.datasets = engine.datasets;
        this.files = engine.files;
    }

    ObjectNode resourceDict(Dataset d, ObjectNode in, @Nullable ObjectNode prev,
            int position, String stamp) {
        ObjectNode r = F.objectNode();
        r.putNull("cache_last_updated");
        r.putNull("cache_url");
        r.put("created", prev == null ? stamp : prev.path("created").asText());
        r.put("datastore_active", false);
        if (in.hasNonNull("description") || !engine.dguaSchema) {
            r.set("description", in.hasNonNull("description") ? in.get("description")
                    : NullNode.getInstance());
        }
        r.put("format", in.hasNonNull("format") ? in.get("format").asText() : "");
        r.put("hash", in.hasNonNull("hash") ? in.get("hash").asText() : "");
        r.put("id", prev != null ? prev.path("id").asText()
                : in.hasNonNull("id") ? in.get("id").asText() : uuid());
        r.set("last_modified", in.hasNonNull("last_modified") ? in.get("last_modified")
                : NullNode.getInstance());
        r.put("metadata_modified", stamp);
        r.set("mimetype", in.hasNonNull("mimetype") ? in.get("mimetype") : NullNode.getInstance());
        r.putNull("mimetype_inner");
        r.set("name", in.hasNonNull("name") ? in.get("name") : NullNode.getInstance());
        r.put("package_id", d.id);
        r.put("position", position);
        r.putNull("resource_type");
        r.set("size", in.hasNonNull("size") ? in.get("size") : NullNode.getInstance());
        r.put("state", "active");
        r.put("url", in.hasNonNull("url") ? in.get("url").asText() : "");
        r.set("url_type", in.hasNonNull("url_type") ? in.get("url_type") : NullNode.getInstance());
        Set<String> known = new TreeSet<>();
        r.fieldNames().forEachRemaining(known::add);
        known.add("package_id");
        for (Map.Entry<String, JsonNode> e : in.properties()) {
            if (!known.contains(e.getKey()) && !e.getKey().equals("upload")
                    && !e.getKey().equals("clear_upload")) {
                r.set(e.getKey(), e.getValue()); // unknown resource keys are kept top-level
            }
        }
        return r;
    }

    ObjectNode findResource(@Nullable String id, Dataset[] owner) {
        for (Dataset d : datasets.values()) {
            for (ObjectNode r : d.resources) {
                if (r.path("id").asText().equals(id)) {
                    owner[0] = d;
                    return r;
                }
            }
        }
        throw notFound();
    }

    JsonNode resourceShow(@Nullable User caller, ObjectNode params) {
        Dataset[] owner = new Dataset[1];
        ObjectNode r = findResource(text(params, "id"), owner);
        engine.visible(caller, owner[0]);
        return r.deepCopy();
    }

    Multipart.@Nullable Part upload(List<Multipart.Part> uploads) {
        for (Multipart.Part p : uploads) {
            if (p.name().equals("upload") && p.filename() != null) {
                if (p.data().length > engine.maxResourceSize) {
                    throw validation("upload", "File upload too large");
                }
                return p;
            }
        }
        return null;
    }

    void store(ObjectNode r, Dataset d, Multipart.Part file) {
        String id = r.path("id").asText();
        String filename = file.filename() == null ? "file" : file.filename();
        String mime = file.contentType() == null
                || file.contentType().startsWith("application/octet-stream")
                ? guessMime(filename) : file.contentType();
        files.put(id, new FakeCkanEngine.StoredFile(mime, file.data()));
        r.put("url", engine.baseUrl + "/dataset/" + d.id + "/resource/" + id + "/download/"
                + lastSegment(filename));
        r.put("url_type", "upload");
        r.put("size", file.data().length);
        r.put("mimetype", mime);
        r.put("last_modified", engine.now()); // the file's time, then the resource's save
        r.put("metadata_modified", engine.now());
    }

    static @Nullable String guessMimeOrNull(String url) {
        String m = guessMime(lastSegment(url));
        return m.equals("application/octet-stream") ? null : m;
    }

    static String guessMime(String filename) {
        String f = filename.toLowerCase(Locale.ROOT);
        if (f.endsWith(".csv")) {
            return "text/csv";
        } else if (f.endsWith(".json")) {
            return "application/json";
        } else if (f.endsWith(".xml")) {
            return "application/xml";
        }
        return "application/octet-stream";
    }

    static String lastSegment(String url) {
        String u = url;
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        return u.substring(u.lastIndexOf('/') + 1);
    }

    JsonNode resourceCreate(@Nullable User caller, ObjectNode params,
            List<Multipart.Part> uploads) {
        String pid = text(params, "package_id");
        if (pid == null || pid.isEmpty()) {
            throw validation("package_id", "Missing value");
        }
        Dataset d = engine.editable(caller, pid);
        Multipart.@Nullable Part file = upload(uploads);
        String stamp = engine.now();
        engine.storeFlags(d, stamp);
        ObjectNode r = resourceDict(d, params, null, d.resources.size(), engine.now());
        r.put("created", engine.now());
        engine.newResource(r, params);
        if (file != null) {
            store(r, d, file);
        }
        d.resources.add(r);
        d.modified = stamp;
        engine.reindex(d);
        return r.deepCopy();
    }

    JsonNode resourceUpdate(@Nullable User caller, ObjectNode params,
            List<Multipart.Part> uploads, boolean patch) {
        Dataset[] owner = new Dataset[1];
        ObjectNode current = findResource(text(params, "id"), owner);
        Dataset d = owner[0];
        if (!engine.canEdit(caller, d.ownerOrg)) {
            throw denied("User " + userName(caller) + " not authorized to edit resource "
                    + current.path("id").asText());
        }
        Multipart.@Nullable Part file = upload(uploads);
        ObjectNode in = patch ? current.deepCopy() : F.objectNode();
        in.setAll(params);
        boolean wasUpload = "upload".equals(current.path("url_type").asText(null));
        boolean urlTypeSent = params.has("url_type");
        if (!urlTypeSent && wasUpload && file == null) {
            in.put("url_type", "upload");
        }
        String stamp = engine.now();
        ObjectNode r = resourceDict(d, in, current, current.path("position").asInt(), engine.now());
        if (file != null) {
            store(r, d, file);
        } else if (!urlTypeSent && wasUpload) {
            // CKAN keeps url_type=upload and keeps only the last segment of the new URL.
            r.put("url", engine.baseUrl + "/dataset/" + d.id + "/resource/" + r.path("id").asText()
                    + "/download/" + lastSegment(r.path("url").asText()));
            r.set("size", current.get("size"));
            r.set("mimetype", current.get("mimetype"));
            r.set("last_modified", current.get("last_modified"));
        } else if (wasUpload) {
            r.set("size", current.get("size"));
            r.set("mimetype", current.get("mimetype"));
            r.set("last_modified", current.get("last_modified"));
        }
        if (file == null) {
            engine.settle(r, current, in);
        }
        d.resources.set(d.resources.indexOf(current), r);
        engine.storeFlags(d, stamp);
        d.modified = stamp;
        engine.reindex(d);
        return r.deepCopy();
    }

    JsonNode resourceDelete(@Nullable User caller, ObjectNode params) {
        Dataset[] owner = new Dataset[1];
        ObjectNode current = findResource(text(params, "id"), owner);
        if (!engine.canEdit(caller, owner[0].ownerOrg)) {
            throw denied("User " + userName(caller) + " not authorized to delete resource");
        }
        owner[0].resources.remove(current);
        for (int i = 0; i < owner[0].resources.size(); i++) {
            owner[0].resources.get(i).put("position", i);
        }
        owner[0].modified = engine.now();
        engine.storeFlags(owner[0], owner[0].modified);
        files.remove(current.path("id").asText());
        engine.reindex(owner[0]);
        return NullNode.getInstance();
    }
}
