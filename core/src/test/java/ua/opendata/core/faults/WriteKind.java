package ua.opendata.core.faults;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanFileUpload;
import ua.opendata.ckan.CkanNotFoundException;
import ua.opendata.ckan.CkanUploadProgress;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanResourceWrite;

/**
 * The kinds of write a client makes, for the fault matrix: how to prepare the dataset (directly on the
 * server, without the proxy), the write itself (through the proxy), and what the dataset looks like once the
 * write happened exactly once.
 */
enum WriteKind {
    /** {@code package_create} of a new dataset. */
    PACKAGE_CREATE("package_create", false, false) {
        @Override
        void call(Case c) {
            c.client().packageCreate(CkanDatasetWrite.builder().name(c.name()).title(AFTER).ownerOrg(c.orgId())
                    .notes("notes").build());
        }

        @Override
        Snapshot expected(Snapshot before, Case c) {
            return new Snapshot(true, AFTER, List.of());
        }
    },
    /** {@code package_update} of the whole dataset, read first. */
    PACKAGE_UPDATE("package_update", true, true) {
        @Override
        void call(Case c) {
            CkanDataset d = c.direct().packageShow(c.name());
            c.client().packageUpdate(d.toWrite().toBuilder().title(AFTER).build());
        }
    },
    /** {@code package_patch} of the title, by id. */
    PACKAGE_PATCH("package_patch", true, true) {
        @Override
        void call(Case c) {
            String id = c.direct().packageShow(c.name()).id();
            c.client().packagePatch(CkanDatasetWrite.builder().id(id).title(AFTER).build());
        }
    },
    /** {@code package_revise} of the title, matching the id and {@code metadata_modified}. */
    REVISE_MATCH("package_revise", true, false) {
        @Override
        void call(Case c) {
            CkanDataset d = c.direct().packageShow(c.name());
            ObjectNode match = JsonNodeFactory.instance.objectNode().put("id", d.id())
                    .put("metadata_modified", d.metadataModified().raw());
            c.client().packageRevise(match, JsonNodeFactory.instance.objectNode().put("title", AFTER));
        }
    },
    /** {@code package_revise} appending a link resource with {@code update__resources__extend}. */
    REVISE_EXTEND("package_revise", true, false) {
        @Override
        void call(Case c) {
            String id = c.direct().packageShow(c.name()).id();
            ObjectNode p = JsonNodeFactory.instance.objectNode();
            p.putObject("match").put("id", id);
            p.putArray("update__resources__extend").addObject().put("name", ADDED).put("url", ADDED_URL);
            c.client().callTree("package_revise", p);
        }

        @Override
        Snapshot expected(Snapshot before, Case c) {
            return before.withResource(ADDED + " link " + ADDED_URL);
        }
    },
    /** {@code resource_create} of a link. */
    RESOURCE_CREATE("resource_create", true, false) {
        @Override
        void call(Case c) {
            String id = c.direct().packageShow(c.name()).id();
            c.client().resourceCreate(CkanResourceWrite.builder().packageId(id).name(ADDED).url(ADDED_URL).build());
        }

        @Override
        Snapshot expected(Snapshot before, Case c) {
            return before.withResource(ADDED + " link " + ADDED_URL);
        }
    },
    /** {@code package_revise} with a file for a new resource (multipart, streamed). */
    REVISE_FILES("package_revise", true, false) {
        @Override
        void call(Case c) {
            String id = c.direct().packageShow(c.name()).id();
            c.client().packageReviseFiles(JsonNodeFactory.instance.objectNode().put("id", id),
                    JsonNodeFactory.instance.objectNode(),
                    List.of(CkanFileUpload.newResource(CkanResourceWrite.builder().name(ADDED).build(), c.file())),
                    CkanUploadProgress.none());
        }

        @Override
        Snapshot expected(Snapshot before, Case c) {
            return before.withResource(ADDED + " upload " + sha256(c.file()));
        }
    },
    /** {@code resource_create} with a file (multipart, streamed). */
    UPLOAD_NEW("resource_create", true, false) {
        @Override
        void call(Case c) {
            String id = c.direct().packageShow(c.name()).id();
            c.client().uploadNew(CkanResourceWrite.builder().packageId(id).name(ADDED).build(), c.file(),
                    CkanUploadProgress.none());
        }

        @Override
        Snapshot expected(Snapshot before, Case c) {
            return before.withResource(ADDED + " upload " + sha256(c.file()));
        }
    },
    /** {@code resource_patch} with a new file for an existing resource (as publish uploads). */
    UPLOAD_REPLACE("resource_patch", true, false) {
        @Override
        void call(Case c) {
            CkanResource keep = c.direct().packageShow(c.name()).resources().get(0);
            c.client().uploadReplace(CkanResourceWrite.builder().id(keep.id()).build(), c.file(),
                    CkanUploadProgress.none());
        }

        @Override
        Snapshot expected(Snapshot before, Case c) {
            return new Snapshot(true, BEFORE, List.of(KEEP + " upload " + sha256(c.file())));
        }
    },
    /** {@link CkanClient#safeUpdate}: read, change, {@code package_revise} matching the stamp. */
    SAFE_UPDATE("package_revise", true, false) {
        @Override
        void call(Case c) {
            c.client().safeUpdate(c.name(), w -> w.toBuilder().title(AFTER).build());
        }
    };

    static final String BEFORE = "Before";
    static final String AFTER = "After";
    static final String KEEP = "keep";
    static final String KEEP_URL = "https://example.org/keep.csv";
    static final String ADDED = "added";
    static final String ADDED_URL = "https://example.org/added.csv";

    /** The write action the fault is injected into. */
    final String action;
    /** Whether the dataset exists before the write. */
    final boolean existing;
    /**
     * Whether sending the write twice leaves the dataset as sending it once does (the same values set
     * again), so that the client may repeat it after an unknown outcome; every other write must never land
     * twice.
     */
    final boolean idempotent;

    WriteKind(String action, boolean existing, boolean idempotent) {
        this.action = action;
        this.existing = existing;
        this.idempotent = idempotent;
    }

    /** One case of the matrix: the clients, the organization, the dataset's name and a file to upload. */
    record Case(CkanClient client, CkanClient direct, String orgId, String name, Path file) {
    }

    /**
     * What the test can see of the dataset on the server: whether it exists, its title, and its resources
     * as {@code name link url} or {@code name upload sha256-of-the-stored-file}, in order.
     */
    record Snapshot(boolean exists, @Nullable String title, List<String> resources) {
        Snapshot withResource(String r) {
            List<String> out = new ArrayList<>(resources);
            out.add(r);
            return new Snapshot(exists, title, out);
        }
    }

    /** Creates the dataset the write starts from, directly on the server. */
    void prepare(Case c) {
        if (existing) {
            c.direct().packageCreate(CkanDatasetWrite.builder().name(c.name()).title(BEFORE).ownerOrg(c.orgId())
                    .notes("notes").resource(CkanResourceWrite.builder().name(KEEP).url(KEEP_URL).build()).build());
        }
    }

    /** The write, through the proxy. */
    abstract void call(Case c);

    /** The dataset once the write happened exactly once (by default: the title changed). */
    Snapshot expected(Snapshot before, Case c) {
        return new Snapshot(before.exists(), AFTER, before.resources());
    }

    /** The dataset as the server has it now (read directly, stored files downloaded and hashed). */
    static Snapshot observe(CkanClient direct, String name) {
        CkanDataset d;
        try {
            d = direct.packageShow(name);
        } catch (CkanNotFoundException e) {
            return new Snapshot(false, null, List.of());
        }
        List<String> resources = new ArrayList<>();
        for (CkanResource r : d.resources() == null ? List.<CkanResource>of() : d.resources()) {
            resources.add("upload".equals(r.urlType()) ? r.name() + " upload " + downloadSha256(r.url())
                    : r.name() + " link " + r.url());
        }
        return new Snapshot(true, d.title(), resources);
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String downloadSha256(@Nullable String url) {
        if (url == null) {
            return "(no url)";
        }
        try (InputStream in = URI.create(url).toURL().openStream()) {
            return sha256(in);
        } catch (IOException e) {
            return "(download failed: " + e + ")";
        }
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[8192];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
