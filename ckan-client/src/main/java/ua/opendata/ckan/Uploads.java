package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanResourceWrite;

/**
 * File uploads: {@code resource_create}/{@code resource_patch} with one file and {@code
 * package_revise} with several, each file checked against {@code maxUploadBytes} before anything
 * is sent, streamed from disk in constant memory and hashed (SHA-256) while sent.
 */
final class Uploads {
    private static final ContentType TEXT = ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8);

    private final Transport transport;
    private final Pacer pacer;
    private final long maxUploadBytes;
    private final ZoneId zone;

    Uploads(Transport transport, Pacer pacer, long maxUploadBytes, ZoneId zone) {
        this.transport = transport;
        this.pacer = pacer;
        this.maxUploadBytes = maxUploadBytes;
        this.zone = zone;
    }

    /** One file with the resource's fields, as {@code action} ({@code resource_create/patch}). */
    CkanUploaded upload(String action, CkanResourceWrite resource, Path file,
            CkanUploadProgress progress) {
        Objects.requireNonNull(progress, "progress");
        long size = checkedSize(action, file);
        if (resource.url() != null && !resource.url().isEmpty()) {
            throw new IllegalArgumentException(CkanMessages.text("arg.uploadWithUrl", action));
        }
        ObjectNode fields = resource.toJson();
        pacer.pace(action);
        HashingFileBody[] part = new HashingFileBody[1];
        JsonNode result = transport.multipart(action, () -> {
            MultipartEntityBuilder mb = multipart();
            for (Map.Entry<String, JsonNode> e : fields.properties()) {
                JsonNode v = e.getValue();
                mb.addTextBody(e.getKey(), v.isTextual() ? v.textValue() : v.toString(), TEXT);
            }
            part[0] = new HashingFileBody(file, size, ContentType.APPLICATION_OCTET_STREAM, progress);
            mb.addPart("upload", part[0]);
            return mb.build();
        });
        CkanResource r = Results.object(action, result, zone, CkanResource::fromJson);
        return uploaded(r, part[0]);
    }

    /** {@code resource_patch} replacing the file of the resource {@code resource.id()}. */
    CkanUploaded replace(CkanResourceWrite resource, Path file, CkanUploadProgress progress) {
        Results.requireIdOrName("resource_patch", resource.id(), null);
        return upload("resource_patch", resource, file, progress);
    }

    private static MultipartEntityBuilder multipart() {
        return MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.EXTENDED)
                .setCharset(StandardCharsets.UTF_8);
    }

    private static CkanUploaded uploaded(CkanResource r, @Nullable HashingFileBody part) {
        String sha = part == null ? null : part.sha256();
        return new CkanUploaded(r, sha == null ? "" : sha, part == null ? 0 : part.sent());
    }

    /** {@code package_revise} with files; see {@link CkanClient#packageReviseFiles}. */
    CkanRevision reviseFiles(ObjectNode match, ObjectNode update,
            List<CkanFileUpload> files, CkanUploadProgress progress) {
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(progress, "progress");
        String action = "package_revise";
        if (!match.hasNonNull("id") && !match.hasNonNull("name")) {
            throw new IllegalArgumentException(CkanMessages.text("arg.reviseMatch", action));
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(CkanMessages.text("arg.reviseNoFiles", action));
        }
        long[] sizes = new long[files.size()];
        List<CkanFileUpload> added = checkFiles(action, files, sizes);
        ArrayNode extend = JsonNodeFactory.instance.arrayNode();
        for (CkanFileUpload f : added) {
            ObjectNode r = Objects.requireNonNull(f.newResource()).toJson();
            r.remove("package_id");
            extend.add(r);
        }
        String matchJson = match.toString();
        String updateJson = update.isEmpty() ? null : update.toString();
        pacer.pace(action);
        HashingFileBody[] parts = new HashingFileBody[files.size()];
        JsonNode result = transport.multipart(action, () -> {
            MultipartEntityBuilder mb = multipart();
            mb.addTextBody("match", matchJson, TEXT);
            if (updateJson != null) {
                mb.addTextBody("update", updateJson, TEXT);
            }
            if (!extend.isEmpty()) {
                mb.addTextBody("update__resources__extend", extend.toString(), TEXT);
            }
            addFileParts(mb, files, sizes, added.size(), parts, progress);
            return mb.build();
        });
        CkanDataset d = Results.object(action, result.path("package"), zone, CkanDataset::fromJson);
        return new CkanRevision(d, matchResources(action, d, files, added.size(), parts));
    }

    /** Checks sizes (into {@code sizes}) and new resources; returns the files of new resources. */
    private List<CkanFileUpload> checkFiles(String action, List<CkanFileUpload> files, long[] sizes) {
        List<CkanFileUpload> added = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            CkanFileUpload f = files.get(i);
            sizes[i] = checkedSize(action, f.file());
            if (f.newResource() != null) {
                CkanResourceWrite r = f.newResource();
                if (r.url() != null && !r.url().isEmpty() || r.id() != null) {
                    throw new IllegalArgumentException(
                            CkanMessages.text("arg.reviseNewResource", action, f.file()));
                }
                added.add(f);
            }
        }
        return added;
    }

    /**
     * The file parts: new resources' files through {@code update__resources__-k__upload} (counted
     * from the end, as CKAN applies the extend first), others through their resource id.
     */
    private static void addFileParts(MultipartEntityBuilder mb, List<CkanFileUpload> files,
            long[] sizes, int addedCount, HashingFileBody[] parts, CkanUploadProgress progress) {
        long total = 0;
        for (long s : sizes) {
            total += s;
        }
        long grandTotal = total;
        long offset = 0;
        int newIndex = 0;
        for (int i = 0; i < files.size(); i++) {
            CkanFileUpload f = files.get(i);
            long before = offset;
            CkanUploadProgress each = (sent, size) -> progress.progress(before + sent, grandTotal);
            parts[i] = new HashingFileBody(f.file(), sizes[i], ContentType.APPLICATION_OCTET_STREAM, each);
            String target = f.newResource() != null
                    ? "-" + (addedCount - newIndex++) : f.resourceId();
            mb.addPart("update__resources__" + target + "__upload", parts[i]);
            offset += sizes[i];
        }
    }

    /** Per file, its resource in the answer (new ones are the last, in order) and checksum. */
    private static List<CkanUploaded> matchResources(String action, CkanDataset d,
            List<CkanFileUpload> files, int addedCount, HashingFileBody[] parts) {
        List<CkanResource> resources = d.resources();
        List<CkanUploaded> out = new ArrayList<>();
        int newIndex = 0;
        for (int i = 0; i < files.size(); i++) {
            CkanFileUpload f = files.get(i);
            CkanResource r = null;
            if (f.newResource() != null) {
                int at = resources.size() - addedCount + newIndex++;
                r = at >= 0 && at < resources.size() ? resources.get(at) : null;
            } else {
                for (CkanResource x : resources) {
                    if (f.resourceId().equals(x.id())) {
                        r = x;
                    }
                }
            }
            if (r == null) {
                throw new CkanException(action, 200,
                        CkanMessages.en("upload.resourceMissing", action, f.file()),
                        CkanMessages.uk("upload.resourceMissing", action, f.file()), null);
            }
            out.add(uploaded(r, parts[i]));
        }
        return out;
    }

    private long checkedSize(String action, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new CkanTransportException(action, false,
                    CkanMessages.en("upload.unreadable", action, file, e.getMessage()),
                    CkanMessages.uk("upload.unreadable", action, file), e);
        }
        if (size > maxUploadBytes) {
            throw new IllegalArgumentException(
                    CkanMessages.text("arg.fileTooLarge", action, file, size, maxUploadBytes));
        }
        return size;
    }
}
