package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;

/**
 * Dataset writes that must not repeat blindly: {@code package_create} retried after an unknown
 * outcome only while its name is still free, and {@link CkanClient#safeUpdate}'s read, change,
 * compare-and-swap write, with its recognition of its own write after an unknown outcome.
 */
final class DatasetWrites {
    private final CkanClient client;
    private final RetryPolicy retry;
    private final Transport.Sleeper sleeper;

    DatasetWrites(CkanClient client, RetryPolicy retry, Transport.Sleeper sleeper) {
        this.client = client;
        this.retry = retry;
        this.sleeper = sleeper;
    }

    /** {@code package_patch}, sending a name as the id when no id is given. */
    CkanDataset patch(CkanDatasetWrite patch) {
        Results.requireIdOrName("package_patch", patch.id(), patch.name());
        ObjectNode body = patch.toJson();
        if (patch.id() == null || patch.id().isEmpty()) {
            body.put("id", patch.name());
        }
        return Results.object("package_patch", client.callTree("package_patch", body), client.zone(),
                CkanDataset::fromJson);
    }

    /** {@code package_revise} with a match and nested changes. */
    CkanDataset revise(ObjectNode match, ObjectNode update) {
        ObjectNode p = Results.params();
        p.set("match", match.deepCopy());
        p.set("update", update.deepCopy());
        JsonNode r = client.callTree("package_revise", p);
        return Results.object("package_revise", r.path("package"), client.zone(), CkanDataset::fromJson);
    }

    /** {@code package_create}; see {@link CkanClient#packageCreate}. */
    CkanDataset create(CkanDatasetWrite dataset) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Results.object("package_create", client.callTree("package_create", dataset.toJson()),
                        client.zone(), CkanDataset::fromJson);
            } catch (CkanTransportException | CkanUnexpectedResponseException e) {
                if (attempt >= retry.maxAttempts() || dataset.name() == null || !isTransient(e)
                        || Transport.nothingApplied(e)) {
                    throw e; // a proven "not applied" was already retried by the transport
                }
                // The create may have happened: retry only while the name is still free.
                boolean free;
                try {
                    client.packageShow(dataset.name());
                    free = false;
                } catch (CkanNotFoundException nf) {
                    free = true;
                }
                if (!free) {
                    String type = e.getClass().getSimpleName();
                    throw new CkanException("package_create", e.httpStatus(),
                            CkanMessages.en("client.createNameTaken", type, dataset.name()),
                            CkanMessages.uk("client.createNameTaken", type, dataset.name()), e);
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

    /** See {@link CkanClient#safeUpdate}. */
    CkanDataset safeUpdate(String idOrName, UnaryOperator<CkanDatasetWrite> change) {
        CkanDataset current = client.packageShow(idOrName);
        CkanDatasetWrite before = current.toWrite();
        CkanDatasetWrite wanted = change.apply(before);
        String stamp = current.metadataModified() == null ? null : current.metadataModified().raw();
        ObjectNode match = Results.params().put("id", current.id());
        if (stamp != null) {
            match.put("metadata_modified", stamp);
        }
        ObjectNode update = wanted.toJson();
        update.remove("id");
        try {
            return client.packageRevise(match, update);
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
        CkanDataset again = client.packageShow(idOrName);
        String now = again.metadataModified() == null ? null : again.metadataModified().raw();
        if (!Objects.equals(now, stamp)) {
            throw new CkanConflictException("package_update", idOrName, null);
        }
        try {
            return client.packageUpdate(wanted);
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
            now = client.packageShow(id);
        } catch (CkanException e) {
            failure.addSuppressed(e);
            throw failure;
        }
        String nowStamp = now.metadataModified() == null ? null : now.metadataModified().raw();
        if (Objects.equals(nowStamp, stamp) && stamp != null) {
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
}
