package ua.opendata.core.internal.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanTimestamp;
import ua.opendata.core.internal.portal.DatasetMapper;
import ua.opendata.core.internal.portal.DatasetNames;
import ua.opendata.core.portal.AuditDataset;
import ua.opendata.core.portal.AuditDifference;
import ua.opendata.core.portal.AuditFile;
import ua.opendata.core.portal.AuditFileStatus;
import ua.opendata.core.portal.AuditOptions;
import ua.opendata.core.portal.AuditProgress;
import ua.opendata.core.portal.AuditResourceCheck;
import ua.opendata.core.portal.AuditResult;
import ua.opendata.core.portal.MappingNote;
import ua.opendata.core.portal.PortalPassport;
import ua.opendata.core.rules.LocalizedText;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.UpdateEvidence;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;

/** Runs an audit (see {@link ua.opendata.core.portal.PortalAudit}). Not for public use. */
public final class AuditEngine {

    private static final Logger LOG = LoggerFactory.getLogger(AuditEngine.class);
    private static final String X_IDENTIFIER = DatasetMapper.X_IDENTIFIER;

    private AuditEngine() {
    }

    /** One harvested dataset on its way through the audit. */
    private static final class Item {
        final CkanDataset dataset;
        final String name;
        final Passport passport;
        final List<MappingNote> notes;
        final String identifier;
        final @Nullable UpdateEvidence evidence;
        final List<AuditFileStatus> statuses = new ArrayList<>();
        @Nullable RegisterEntry matched;
        AuditDifference.@Nullable MatchedBy matchedBy;

        Item(CkanDataset dataset, String name, Passport passport, List<MappingNote> notes, String identifier,
             @Nullable UpdateEvidence evidence) {
            this.dataset = dataset;
            this.name = name;
            this.passport = passport;
            this.notes = notes;
            this.identifier = identifier;
            this.evidence = evidence;
        }
    }

    /** Runs the audit. */
    public static AuditResult run(CkanClient client, AuditOptions options) {
        Consumer<AuditProgress> progress = options.progress() == null ? p -> { } : options.progress();
        RulebookConfig config = options.rulebook();
        long t0 = System.nanoTime();

        List<CkanDataset> harvested = harvest(client, options, progress);
        harvested.sort(Comparator.comparing(AuditEngine::nameOf));
        List<Item> items = new ArrayList<>(harvested.size());
        List<MappingNote> resultNotes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CkanDataset d : harvested) {
            PortalPassport pp = options.profile().fromDataset(d);
            String name = nameOf(d);
            String pageUrl = options.datasetPageBase() + name;
            Passport passport = pp.passport().toBuilder().landingPage(pageUrl).build();
            String id = passport.identifier() == null || passport.identifier().isBlank() ? name : passport.identifier();
            if (!seen.add(id)) {
                resultNotes.add(new MappingNote("datasets[" + name + "].identifier", MappingNote.Kind.NOT_HELD,
                        new LocalizedText("Ідентифікатор «" + id + "» мають кілька наборів на порталі; у звіті "
                                + "паспорт і дата оновлення взяті з першого. Зробіть ідентифікатори (r835_identifier) "
                                + "унікальними.",
                                "The identifier '" + id + "' is shared by several datasets on the portal; the report "
                                + "takes the passport and update date of the first. Make the identifiers "
                                + "(r835_identifier) unique.")));
            }
            List<Instant> lastModified = new ArrayList<>();
            List<Instant> created = new ArrayList<>();
            for (CkanResource r : resources(d)) {
                add(lastModified, r.lastModified());
                add(created, r.created());
            }
            UpdateEvidence evidence = UpdateEvidence.fromResources(lastModified, created, config.zone()).orElse(null);
            items.add(new Item(d, name, passport, pp.notes(), id, evidence));
        }

        checkFiles(items, options, progress);

        Register register = options.register();
        List<AuditDifference> comparison = new ArrayList<>();
        if (register != null) {
            match(register, items);
        }

        progress.accept(new AuditProgress(AuditProgress.Stage.VALIDATE, 0, items.size()));
        List<RegisterEntry> entries = new ArrayList<>(items.size());
        Map<String, Passport> passports = new LinkedHashMap<>();
        Map<String, UpdateEvidence> evidence = new HashMap<>();
        boolean[] withEvidence = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            entries.add(entry(it));
            passports.putIfAbsent(it.identifier, it.passport);
            if (it.evidence != null) {
                evidence.putIfAbsent(it.identifier, it.evidence);
            }
            withEvidence[i] = it.evidence != null;
        }
        Register shown = Register.of(entries);
        ValidationReport raw = Rulebook.create(config).validate(shown, passports, evidence);
        ValidationReport report = TimelinessFix.apply(raw, shown, withEvidence, config);
        progress.accept(new AuditProgress(AuditProgress.Stage.VALIDATE, items.size(), items.size()));

        if (register != null) {
            progress.accept(new AuditProgress(AuditProgress.Stage.COMPARE, 0, register.size()));
            comparison.addAll(Comparison.compare(register, items.stream().map(it -> new Comparison.Portal(
                    it.identifier, it.name, it.passport, it.matched, it.matchedBy)).toList()));
            progress.accept(new AuditProgress(AuditProgress.Stage.COMPARE, register.size(), register.size()));
        }

        List<AuditDataset> datasets = new ArrayList<>(items.size());
        for (Item it : items) {
            List<AuditFile> files = new ArrayList<>();
            List<CkanResource> rs = resources(it.dataset);
            for (int k = 0; k < rs.size(); k++) {
                CkanResource r = rs.get(k);
                files.add(new AuditFile(r.id(), r.name(), r.url(), r.format(), r.size(), instant(r.lastModified()),
                        instant(r.created()), it.statuses.isEmpty() ? AuditFileStatus.NOT_CHECKED : it.statuses.get(k)));
            }
            String org = it.dataset.organization() == null ? null : it.dataset.organization().name();
            datasets.add(new AuditDataset(it.identifier, it.name, it.dataset.id(), it.dataset.title(),
                    options.datasetPageBase() + it.name, org, instant(it.dataset.metadataModified()), files,
                    it.evidence, it.notes));
        }
        progress.accept(new AuditProgress(AuditProgress.Stage.DONE, items.size(), items.size()));
        LOG.debug("audit of {}: {} datasets, {} differences, {} ms", options.organization() == null ? "the portal"
                : options.organization(), items.size(), comparison.size(), (System.nanoTime() - t0) / 1_000_000);
        return new AuditResult(options.datasetPageBase(), options.organization(), options.profile().name(), report,
                datasets, comparison, register != null, resultNotes);
    }

    private static List<CkanDataset> harvest(CkanClient client, AuditOptions options,
                                             Consumer<AuditProgress> progress) {
        CkanSearchQuery.Builder q = CkanSearchQuery.builder();
        if (options.organization() != null) {
            q.fq("organization:" + options.organization());
        }
        if (options.includePrivate()) {
            q.includePrivate(true);
        }
        progress.accept(new AuditProgress(AuditProgress.Stage.HARVEST, 0, -1));
        List<CkanDataset> out = new ArrayList<>();
        client.harvest(q.build(), options.pageSize()).forEach(d -> {
            out.add(d);
            if (out.size() % 100 == 0) {
                progress.accept(new AuditProgress(AuditProgress.Stage.HARVEST, out.size(), -1));
            }
        });
        progress.accept(new AuditProgress(AuditProgress.Stage.HARVEST, out.size(), out.size()));
        return out;
    }

    private static void checkFiles(List<Item> items, AuditOptions options, Consumer<AuditProgress> progress) {
        AuditResourceCheck check = options.resourceCheck();
        if (check == null) {
            return;
        }
        int total = items.stream().mapToInt(it -> resources(it.dataset).size()).sum();
        progress.accept(new AuditProgress(AuditProgress.Stage.CHECK_FILES, 0, total));
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.resourceCheckConcurrency(), r -> {
            Thread t = new Thread(r, "audit-check-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<List<Future<AuditFileStatus>>> futures = new ArrayList<>(items.size());
            for (Item it : items) {
                List<Future<AuditFileStatus>> fs = new ArrayList<>();
                for (CkanResource r : resources(it.dataset)) {
                    fs.add(pool.submit(() -> safeCheck(check, it.dataset, r)));
                }
                futures.add(fs);
            }
            int done = 0;
            for (int i = 0; i < items.size(); i++) {
                for (Future<AuditFileStatus> f : futures.get(i)) {
                    items.get(i).statuses.add(await(f));
                    done++;
                    if (done % 50 == 0 || done == total) {
                        progress.accept(new AuditProgress(AuditProgress.Stage.CHECK_FILES, done, total));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static AuditFileStatus safeCheck(AuditResourceCheck check, CkanDataset d, CkanResource r) {
        try {
            AuditFileStatus s = check.check(d, r);
            return s == null ? AuditFileStatus.NOT_CHECKED : s;
        } catch (RuntimeException e) {
            LOG.debug("file check of resource {} failed: {}", r.id(), e.toString());
            return new AuditFileStatus(AuditFileStatus.State.FAILED, new LocalizedText(
                    "Перевірка файлу завершилася збоєм (" + e.getClass().getSimpleName() + ").",
                    "The file check failed (" + e.getClass().getSimpleName() + ")."));
        }
    }

    private static AuditFileStatus await(Future<AuditFileStatus> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The audit was interrupted while checking files / перевірку файлів "
                    + "перервано", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A file check failed unexpectedly / перевірка файлу завершилася збоєм",
                    e.getCause());
        }
    }

    /** Matches each register entry with at most one unclaimed portal dataset. */
    private static void match(Register register, List<Item> items) {
        Map<String, Item> byExtra = new HashMap<>();
        Map<String, Item> byName = new HashMap<>();
        for (Item it : items) {
            it.dataset.extra(X_IDENTIFIER).ifPresent(x -> byExtra.putIfAbsent(x.strip(), it));
            byName.putIfAbsent(it.name, it);
        }
        Set<Item> claimed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (RegisterEntry e : register.entries()) {
            Item hit = null;
            AuditDifference.MatchedBy how = null;
            String id = e.identifier() == null ? null : e.identifier().strip();
            if (id != null && !id.isEmpty()) {
                Item c = byExtra.get(id);
                if (c != null && !claimed.contains(c)) {
                    hit = c;
                    how = AuditDifference.MatchedBy.IDENTIFIER;
                }
            }
            if (hit == null) {
                String fromPage = DatasetNames.fromLandingPage(e.landingPage());
                Item c = fromPage == null ? null : byName.get(fromPage);
                if (c != null && !claimed.contains(c)) {
                    hit = c;
                    how = AuditDifference.MatchedBy.LANDING_PAGE;
                }
            }
            if (hit == null && id != null && !id.isEmpty()) {
                Item c = byName.get(id);
                if (c == null) {
                    c = byName.get(DatasetNames.derive(id));
                }
                if (c != null && !claimed.contains(c)) {
                    hit = c;
                    how = AuditDifference.MatchedBy.NAME;
                }
            }
            if (hit != null) {
                claimed.add(hit);
                hit.matched = e;
                hit.matchedBy = how;
            }
        }
    }

    private static RegisterEntry entry(Item it) {
        Passport p = it.passport;
        RegisterEntry.Builder b = RegisterEntry.builder()
                .identifier(it.identifier)
                .title(p.title())
                .description(p.description())
                .accrualPeriodicity(p.updateFrequency())
                .keywords(p.keywords())
                .purpose(p.purpose())
                .landingPage(p.landingPage())
                .distributionFormats(p.formats())
                .status(EntryStatus.PUBLISHED);
        if (p.publisher() != null) {
            b.publisher(p.publisher());
        }
        if (p.responsiblePerson() != null) {
            b.contactPoint(ua.opendata.passport.ResponsiblePerson.of(p.responsiblePerson().fullName(),
                    p.responsiblePerson().email()));
        }
        RegisterEntry m = it.matched;
        if (m != null) {
            b.annexDataset(m.annexDataset()).responsiblePerson(m.responsiblePerson());
        }
        return b.build();
    }

    static List<CkanResource> resources(CkanDataset d) {
        return d.resources() == null ? List.of() : d.resources();
    }

    private static String nameOf(CkanDataset d) {
        return d.name() != null ? d.name() : d.id() != null ? d.id() : "";
    }

    private static void add(List<Instant> out, @Nullable CkanTimestamp t) {
        Instant i = instant(t);
        if (i != null) {
            out.add(i);
        }
    }

    private static @Nullable Instant instant(@Nullable CkanTimestamp t) {
        return t == null ? null : t.instant();
    }
}
