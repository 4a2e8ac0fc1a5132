package ua.opendata.core.internal.portal;

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
import ua.opendata.ckan.CkanUploaded;
import ua.opendata.ckan.CkanValidationException;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.core.portal.ApplyOptions;
import ua.opendata.core.portal.ItemResult;
import ua.opendata.core.portal.ItemResult.Outcome;
import ua.opendata.core.portal.PlanItem;
import ua.opendata.core.portal.PlannedUpload;
import ua.opendata.core.portal.PublishPlan;
import ua.opendata.core.portal.PublishResult;
import ua.opendata.core.portal.PublishTarget;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.LocalizedText;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.Passport;

/** Carries out a plan: one task per dataset, bounded concurrency, paced starts, idempotent by dataset name. */
public final class ApplyEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyEngine.class);

    private final CkanClient client;
    private final DatasetMapper mapper;
    private final PublishPlan plan;
    private final ApplyOptions options;
    private final Object pace = new Object();
    private long nextStartNanos;

    private ApplyEngine(CkanClient client, DatasetMapper mapper, PublishPlan plan, ApplyOptions options) {
        this.client = client;
        this.mapper = mapper;
        this.plan = plan;
        this.options = options;
    }

    /** Applies the plan. */
    public static PublishResult apply(CkanClient client, DatasetMapper mapper, PublishPlan plan, ApplyOptions options) {
        return new ApplyEngine(client, mapper, plan, options).run();
    }

    private PublishResult run() {
        List<ItemResult> results = new ArrayList<>();
        if (options.isDryRun()) {
            for (PlanItem i : plan.items()) {
                ItemResult pre = precheck(i);
                results.add(pre != null ? pre : result(i, Outcome.SKIPPED, List.of(),
                        "Пробний запуск: буде виконано «" + i.action().label(LocalizedText.UKRAINIAN) + "».",
                        "Dry run: would " + i.action().label(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT) + "."));
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
                    results.add(result(i, Outcome.FAILED, List.of(), "Внутрішня помилка: " + e.getCause(),
                            "Internal failure: " + e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("apply was interrupted after " + k + " of " + futures.size()
                            + " datasets; rerun the plan to continue / публікацію перервано", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new PublishResult(results, false);
    }

    private @Nullable ItemResult precheck(PlanItem i) {
        if (!i.writes()) {
            LocalizedText why = i.reason() != null ? i.reason() : new LocalizedText("Змін немає.", "Nothing to change.");
            return new ItemResult(i.name(), i.action(), Outcome.SKIPPED, why, List.of());
        }
        if (!i.blockingFindings().isEmpty() && !options.isForce()) {
            StringBuilder uk = new StringBuilder("Заблоковано помилками перевірки (застосуйте з force, щоб обійти):");
            StringBuilder en = new StringBuilder("Blocked by validation errors (apply with force to override):");
            for (Finding f : i.blockingFindings()) {
                uk.append(' ').append(f.ruleId()).append(" [").append(f.path()).append("] ").append(f.message().uk());
                en.append(' ').append(f.ruleId()).append(" [").append(f.path()).append("] ").append(f.message().en());
            }
            return new ItemResult(i.name(), i.action(), Outcome.BLOCKED, new LocalizedText(uk.toString(), en.toString()),
                    List.of());
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
                return result(i, Outcome.FAILED, calls,
                        "Ім'я «" + name + "» тепер зайняте набором іншої організації; набір не змінено.",
                        "The name '" + name + "' is now taken by another organization's dataset; nothing was changed.");
            }
            if (current == null) {
                step = "package_create";
                current = client.packageCreate(plan.profile().toDataset(p, target, null));
                calls.add(step);
            } else {
                CkanDatasetWrite w = plan.profile().toDataset(p, target, current);
                Map<String, @Nullable Distribution> wanted = DatasetMapper.wanted(p);
                String structureUrl = p.structure() == null ? null : p.structure().url();
                if (!OwnedView.diff(OwnedView.of(current.toWrite(), mapper, wanted.keySet(), structureUrl),
                        OwnedView.of(w, mapper, wanted.keySet(), structureUrl)).isEmpty()) {
                    step = "package_update";
                    current = client.packageUpdate(w);
                    calls.add(step);
                }
            }
            for (PlannedUpload u : i.uploads()) {
                step = "resource_patch";
                CkanResource r = PlanEngine.resourceFor(current, u.distribution());
                if (r == null || r.id() == null) {
                    return result(i, Outcome.FAILED, calls,
                            "Ресурс для " + u.distribution() + " не знайдено після запису набору; файл не завантажено.",
                            "No resource for " + u.distribution() + " after writing the dataset; the file was not uploaded.");
                }
                String sha = FileDigest.sha256(u.file());
                if (sha.equals(PlanEngine.storedSha(current, u.distribution()))) {
                    continue; // already there (a rerun after a crash)
                }
                CkanUploaded up = client.uploadReplace(CkanResourceWrite.builder().id(r.id())
                        .field(DatasetMapper.R_SHA256, sha).build(), u.file(), null);
                calls.add(step);
                if (!up.sha256().isEmpty() && !up.sha256().equals(sha)) {
                    return result(i, Outcome.FAILED, calls,
                            "Файл " + fileName(u.file()) + " змінився під час завантаження; запустіть план знову.",
                            "The file " + fileName(u.file()) + " changed while it was uploaded; plan and apply again.");
                }
            }
            LOG.debug("apply {}: {} done ({})", name, i.action(), calls);
            return result(i, Outcome.DONE, calls, "Виконано: " + String.join(", ", calls) + ".",
                    "Done: " + String.join(", ", calls) + ".");
        } catch (CkanValidationException e) {
            return result(i, Outcome.FAILED, calls, step + ": портал відхилив значення полів " + e.fieldErrors()
                    + "; виправте паспорт.", step + ": the portal rejected fields " + e.fieldErrors() + "; correct the passport.");
        } catch (CkanApiException e) {
            return result(i, Outcome.FAILED, calls, step + ": " + e.errorType() + ": " + e.serverMessage(),
                    step + ": " + e.errorType() + ": " + e.serverMessage());
        } catch (CkanException | java.io.UncheckedIOException | IllegalArgumentException e) {
            return result(i, Outcome.FAILED, calls, step + ": " + e.getMessage(), step + ": " + e.getMessage());
        }
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

    private static ItemResult result(PlanItem i, Outcome outcome, List<String> calls, String uk, String en) {
        return new ItemResult(i.name(), i.action(), outcome, new LocalizedText(uk, en), calls);
    }
}
