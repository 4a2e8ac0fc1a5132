package ua.opendata.core.publish;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.opendata.ckan.CkanApiException;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.CkanUnexpectedResponseException;
import ua.opendata.ckan.CkanUploadProgress;
import ua.opendata.ckan.CkanUploaded;
import ua.opendata.ckan.CkanValidationException;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.internal.mapping.PortalKeys;
import ua.opendata.core.internal.text.Catalog;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.PublishTarget;
import ua.opendata.core.publish.ItemResult.Outcome;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.text.Messages;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.Passport;

/** Carries out a plan: one task per dataset, bounded concurrency, paced starts, idempotent by dataset name. */
final class ApplyEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyEngine.class);

    private final CkanClient client;
    private final List<String> ownedTopLevel;
    private final PublishPlan plan;
    private final ApplyOptions options;
    private final Object pace = new Object();
    private long nextStartNanos;
    private final Object capabilities = new Object();
    private @Nullable Boolean revise;

    private ApplyEngine(CkanClient client, PublishPlan plan, ApplyOptions options) {
        this.client = client;
        this.ownedTopLevel = PortalKeys.ownedTopLevel(PortalProfile.dataGovUa().equals(plan.profile()));
        this.plan = plan;
        this.options = options;
    }

    /** Applies the plan. */
    static PublishResult apply(CkanClient client, PublishPlan plan, ApplyOptions options) {
        return new ApplyEngine(client, plan, options).run();
    }

    private PublishResult run() {
        List<ItemResult> results = new ArrayList<>();
        if (options.isDryRun()) {
            for (PlanItem i : plan.items()) {
                ItemResult pre = precheck(i);
                results.add(pre != null ? pre : result(i, Outcome.SKIPPED, List.of(),
                        PublishTexts.text("apply.dryRun", PublishTexts.text("apply.dryRun." + i.action().name()))));
            }
            return new PublishResult(results, true);
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.maxConcurrency());
        try {
            List<Future<ItemResult>> futures = new ArrayList<>();
            for (PlanItem i : plan.items()) {
                futures.add(pool.submit(() -> one(i)));
            }
            for (int k = 0; k < futures.size(); k++) {
                try {
                    results.add(futures.get(k).get());
                } catch (ExecutionException e) {
                    PlanItem i = plan.items().get(k);
                    results.add(result(i, Outcome.FAILED, List.of(),
                            PublishTexts.text("apply.internalFailure", e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(Catalog.bilingual(Messages.PUBLISH, "apply.interrupted", k,
                            futures.size()), e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new PublishResult(results, false);
    }

    private @Nullable ItemResult precheck(PlanItem i) {
        if (!i.writes()) {
            LocalizedText why = i.reason() != null ? i.reason() : PublishTexts.text("apply.nothingToChange");
            return new ItemResult(i.name(), i.action(), Outcome.SKIPPED, why, List.of());
        }
        if (!i.blockingFindings().isEmpty() && !options.isForce()) {
            LocalizedText why = PublishTexts.text("apply.blocked");
            for (Finding f : i.blockingFindings()) {
                why = PublishTexts.text("apply.blocked.finding", why, f.ruleId(), f.path(), f.message());
            }
            return new ItemResult(i.name(), i.action(), Outcome.BLOCKED, why, List.of());
        }
        return null;
    }

    private ItemResult one(PlanItem i) throws InterruptedException {
        ItemResult pre = precheck(i);
        if (pre != null) {
            return pre;
        }
        awaitTurn();
        List<String> calls = new ArrayList<>();
        String name = java.util.Objects.requireNonNull(i.name());
        Passport p = java.util.Objects.requireNonNull(i.passport());
        String step = "package_show";
        try {
            PublishTarget target = new PublishTarget(plan.organization(), name, plan.licenseId());
            CkanDataset current = PlanEngine.show(client, name);
            if (current != null && !PlanEngine.sameOrganization(current, plan.organization())) {
                return takenNow(i, calls, name);
            }
            if (current == null) {
                step = "package_create";
                current = client.packageCreate(plan.profile().toDataset(p, target));
                calls.add(step);
            } else {
                CkanDatasetWrite w = plan.profile().toDataset(p, target, current);
                Map<String, @Nullable String> desired = owned(w, p);
                Map<String, @Nullable String> now = owned(current.toWrite(), p);
                if (!OwnedView.diff(now, desired).isEmpty()) {
                    // owned fields differ: write only if the dataset is as the plan saw it (compare-and-swap)
                    if (changedSincePlan(i, current)) {
                        return conflict(i, current, now);
                    }
                    String[] action = {"package_update"};
                    Written written;
                    try {
                        written = write(i, current, w, action);
                    } finally {
                        step = action[0]; // the write action that answered, for a failure's message
                    }
                    if (written.conflict != null) {
                        Map<String, @Nullable String> there = owned(written.conflict.toWrite(), p);
                        if (!OwnedView.diff(there, desired).isEmpty()) {
                            return conflict(i, written.conflict, there);
                        }
                        // the stamp moved, to exactly what this apply writes: its own revise landed on an attempt
                        // whose answer was lost, and the client's retry failed on the stamp that write moved
                        LOG.debug("apply {}: package_revise refused on match, but the dataset already holds the "
                                + "plan's values (an earlier attempt landed)", name);
                        written = new Written(written.action, written.conflict, null);
                    }
                    current = java.util.Objects.requireNonNull(written.dataset);
                    step = written.action;
                    calls.add(step);
                    List<FieldChange> lost = OwnedView.diff(desired, owned(current.toWrite(), p));
                    if (!lost.isEmpty()) {
                        return notKept(i, calls, step, lost);
                    }
                }
            }
            if (!i.uploads().isEmpty()) {
                step = "resource_patch";
                ItemResult failed = upload(i, current, calls);
                if (failed != null) {
                    return failed;
                }
            }
            LOG.debug("apply {}: {} done ({})", name, i.action(), calls);
            if (calls.isEmpty()) { // e.g. a rerun after a crash: an earlier apply already wrote it all
                return result(i, Outcome.DONE, calls, PublishTexts.text("apply.alreadyDone"));
            }
            return result(i, Outcome.DONE, calls, PublishTexts.text("apply.done", String.join(", ", calls)));
        } catch (CkanValidationException e) {
            return result(i, Outcome.FAILED, calls, PublishTexts.text("apply.rejected", step, e.fieldErrors()));
        } catch (CkanApiException e) {
            return result(i, Outcome.FAILED, calls, same(step + ": " + e.errorType() + ": " + e.serverMessage()));
        } catch (CkanException | java.io.UncheckedIOException | IllegalArgumentException e) {
            return result(i, Outcome.FAILED, calls, same(step + ": " + e.getMessage()));
        }
    }

    /** The failure of a dataset whose name another organization took after the plan. */
    private static ItemResult takenNow(PlanItem i, List<String> calls, String name) {
        return result(i, Outcome.FAILED, calls, PublishTexts.text("apply.nameTaken", name));
    }

    /** The failure of a write whose owned values the portal did not keep. */
    private static ItemResult notKept(PlanItem i, List<String> calls, String step, List<FieldChange> lost) {
        return result(i, Outcome.FAILED, calls, PublishTexts.text("apply.notKept", step, describe(lost)));
    }

    /**
     * Uploads the item's files ({@code resource_patch}), each unless the resource already carries its SHA-256
     * (a rerun after a crash); a failed result when a resource is missing or a file changed while it was sent,
     * else {@code null}. Client errors propagate to {@link #one}.
     */
    private @Nullable ItemResult upload(PlanItem i, CkanDataset current, List<String> calls) {
        for (PlannedUpload u : i.uploads()) {
            CkanResource r = PlanEngine.resourceFor(current, u.distribution());
            if (r == null || r.id() == null) {
                return result(i, Outcome.FAILED, calls, PublishTexts.text("apply.noResource", u.distribution()));
            }
            String sha = FileDigest.sha256(u.file());
            if (sha.equals(PlanEngine.storedSha(current, u.distribution()))) {
                continue; // already there (a rerun after a crash)
            }
            CkanUploaded up = client.uploadReplace(CkanResourceWrite.builder().id(r.id())
                    .field(PortalKeys.R_SHA256, sha).build(), u.file(), CkanUploadProgress.none());
            calls.add("resource_patch");
            if (!up.sha256().isEmpty() && !up.sha256().equals(sha)) {
                return result(i, Outcome.FAILED, calls, PublishTexts.text("apply.fileChanged", fileName(u.file())));
            }
        }
        return null;
    }

    /** The owned fields of a write shape for the passport's distributions. */
    private Map<String, @Nullable String> owned(CkanDatasetWrite w, Passport p) {
        Map<String, @Nullable Distribution> wanted = PortalKeys.wanted(p);
        String structureUrl = p.structure() == null ? null : p.structure().url();
        return OwnedView.of(w, ownedTopLevel, wanted.keySet(), structureUrl);
    }

    /**
     * Whether the dataset changed on the portal after the plan was made: a dataset the plan was to create
     * now exists (and differs), or its {@code metadata_modified} is not the one the plan read.
     */
    private static boolean changedSincePlan(PlanItem i, CkanDataset current) {
        if (i.action() == PlanAction.CREATE) {
            return true;
        }
        if (i.portalModified() == null) {
            LOG.debug("apply {}: the plan has no metadata_modified; the dataset is written without a stamp check",
                    i.name());
            return false;
        }
        return !i.portalModified().equals(PlanEngine.stamp(current));
    }

    /** A dataset write: the dataset as written, or the current dataset when the compare-and-swap failed. */
    private record Written(String action, @Nullable CkanDataset dataset, @Nullable CkanDataset conflict) {
    }

    /**
     * Writes the merged dataset (every field kept) only if it still carries the plan's stamp: with
     * {@code package_revise} matching {@code metadata_modified} where the portal has it (CKAN 2.9+), else with
     * {@code package_update} after the caller's re-read found the stamp unchanged, then re-reads it.
     */
    private Written write(PlanItem i, CkanDataset current, CkanDatasetWrite w, String[] action) {
        String name = java.util.Objects.requireNonNull(i.name());
        String stamp = PlanEngine.stamp(current);
        if (reviseSupported()) {
            ObjectNode match = JsonNodeFactory.instance.objectNode();
            match.put("id", current.id() != null ? current.id() : name);
            if (stamp != null) {
                match.put("metadata_modified", stamp);
            }
            ObjectNode update = w.toJson();
            update.remove("id");
            ObjectNode before = current.toWrite().toJson();
            for (String k : ownedTopLevel) {
                // revise merges: a key left out stays on the portal, so an owned field to clear is sent empty
                if ((!update.has(k) || update.get(k).isNull()) && before.hasNonNull(k)) {
                    update.put(k, "");
                }
            }
            try {
                action[0] = "package_revise";
                return new Written("package_revise", client.packageRevise(match, update), null);
            } catch (CkanValidationException e) {
                if (e.fieldErrors().containsKey("match")) {
                    CkanDataset again = PlanEngine.show(client, name);
                    return new Written("package_revise", null, again != null ? again : current);
                }
                throw e;
            } catch (CkanUnexpectedResponseException e) {
                if (!e.isUnknownAction()) {
                    throw e;
                }
                LOG.debug("apply: the portal has no package_revise; writing with package_update");
                synchronized (capabilities) {
                    revise = Boolean.FALSE;
                }
            }
        }
        action[0] = "package_update";
        client.packageUpdate(w);
        action[0] = "package_show";
        CkanDataset after = PlanEngine.show(client, name);
        if (after == null) {
            throw new IllegalStateException("package_show: dataset " + name + " is gone right after package_update");
        }
        return new Written("package_update", after, null);
    }

    private boolean reviseSupported() {
        synchronized (capabilities) {
            if (revise == null) {
                try {
                    revise = client.capabilities().supportsPackageRevise();
                } catch (CkanException e) {
                    LOG.debug("apply: status_show failed ({}); writing with package_update", e.toString());
                    revise = Boolean.FALSE;
                }
            }
            return revise;
        }
    }

    /** A CONFLICT result: what changed on the portal since the plan; nothing written. */
    private static ItemResult conflict(PlanItem i, CkanDataset current, Map<String, @Nullable String> now) {
        String name = String.valueOf(i.name());
        String stamp = PlanEngine.stamp(current);
        LocalizedText why;
        if (i.action() == PlanAction.CREATE) {
            why = PublishTexts.text("apply.conflict.appeared", name, stamp);
        } else {
            why = PublishTexts.text("apply.conflict.changed", name, i.portalModified(), stamp);
            List<FieldChange> changed = new ArrayList<>();
            for (FieldChange c : i.changes()) {
                String value = now.get(c.field());
                if (!java.util.Objects.equals(value, c.oldValue())) {
                    changed.add(new FieldChange(c.field(), c.oldValue(), value));
                }
            }
            why = PublishTexts.text("apply.conflict.then", why, changed.isEmpty()
                    ? PublishTexts.text("apply.conflict.otherFields")
                    : PublishTexts.text("apply.conflict.planFields", describe(changed)));
        }
        why = PublishTexts.text("apply.conflict.then", why, PublishTexts.text("apply.conflict.nothingWritten"));
        LOG.debug("apply {}: conflict, metadata_modified {} in the plan, {} now", name, i.portalModified(), stamp);
        return new ItemResult(i.name(), i.action(), Outcome.CONFLICT, why, List.of());
    }

    /** Fields as {@code field: «was» → «is»}, joined with {@code ; }. */
    private static LocalizedText describe(List<FieldChange> changes) {
        @Nullable LocalizedText all = null;
        for (FieldChange c : changes) {
            LocalizedText one = PublishTexts.text("apply.change", c.field(), shown(c.oldValue()), shown(c.newValue()));
            all = all == null ? one : PublishTexts.text("apply.change.more", all, one);
        }
        return all == null ? same("") : all;
    }

    private static Object shown(@Nullable String value) {
        if (value == null) {
            return PublishTexts.text("value.none");
        }
        String oneLine = value.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= 80 ? "«" + oneLine + "»" : "«" + oneLine.substring(0, 80) + "…»";
    }

    private static String fileName(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }

    private void awaitTurn() throws InterruptedException {
        long wait;
        synchronized (pace) {
            long now = System.nanoTime();
            long start = Math.max(now, nextStartNanos);
            Duration pacing = options.pacingInterval();
            nextStartNanos = start + pacing.toNanos();
            wait = start - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static ItemResult result(PlanItem i, Outcome outcome, List<String> calls, LocalizedText message) {
        return new ItemResult(i.name(), i.action(), outcome, message, calls);
    }

    /** A text that reads the same in every language (a server's message, a CKAN action's name). */
    private static LocalizedText same(String text) {
        return new LocalizedText(text, text);
    }
}
