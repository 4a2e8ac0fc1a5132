package ua.opendata.core.audit;

import java.time.Instant;
import java.util.ArrayDeque;
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
import java.util.concurrent.Semaphore;
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
import ua.opendata.core.LocalizedText;
import ua.opendata.core.internal.mapping.DatasetNames;
import ua.opendata.core.internal.mapping.PortalKeys;
import ua.opendata.core.internal.text.Catalog;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.mapping.PortalPassport;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.ProfileDetection;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.UpdateEvidence;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.core.text.Messages;
import ua.opendata.passport.EntryPassports;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;

/** Runs an audit (see {@link ua.opendata.core.audit.PortalAudit}). Not for public use. */
final class AuditEngine {

    private static final Logger LOG = LoggerFactory.getLogger(AuditEngine.class);
    private static final String X_IDENTIFIER = PortalKeys.X_IDENTIFIER;

    private AuditEngine() {
    }

    /** How many resource checks may wait or run at once (each holds its dataset's tree until it is done). */
    private static final int QUEUED_CHECKS_PER_THREAD = 4;

    /**
     * One harvested dataset on its way through the audit: only what the report needs (the summary row's facts,
     * the passport read from it, the update evidence); the dataset's tree is dropped once its files are checked.
     */
    private static final class Item {
        final String name;
        final @Nullable String id;
        final @Nullable String title;
        final @Nullable String organization;
        final @Nullable Instant metadataModified;
        final @Nullable String extraIdentifier;
        final Passport passport;
        final List<MappingNote> notes;
        final String identifier;
        final @Nullable UpdateEvidence evidence;
        final List<AuditFile> files;
        final boolean restricted;
        final List<Future<AuditFileStatus>> checks = new ArrayList<>();
        @Nullable AuditDataset row;
        @Nullable RegisterEntry matched;
        AuditDifference.@Nullable MatchedBy matchedBy;

        Item(CkanDataset d, String name, Passport passport, List<MappingNote> notes, String identifier,
             @Nullable UpdateEvidence evidence) {
            this.name = name;
            this.id = d.id();
            this.title = d.title();
            this.organization = d.organization() == null ? null : d.organization().name();
            this.metadataModified = instant(d.metadataModified());
            this.extraIdentifier = d.extra(X_IDENTIFIER).map(String::strip).orElse(null);
            this.passport = passport;
            this.notes = notes;
            this.identifier = identifier;
            this.evidence = evidence;
            this.restricted = AnnexPresence.restricted(d);
            List<AuditFile> fs = new ArrayList<>();
            for (CkanResource r : resources(d)) {
                fs.add(new AuditFile(r.id(), r.name(), r.url(), r.format(), r.size(), instant(r.lastModified()),
                        instant(r.created()), AuditFileStatus.NOT_CHECKED));
            }
            this.files = List.copyOf(fs);
        }

        AuditDataset row() {
            return java.util.Objects.requireNonNull(row, "row");
        }
    }

    /** Runs the audit. */
    public static AuditResult run(CkanClient client, AuditOptions given) {
        AnnexPresence.Binding binding = AnnexPresence.bind(client, given);
        AuditOptions options = given.toBuilder().rulebook(binding.config()).build();
        Consumer<AuditProgress> progress = options.progress() == null ? p -> { } : options.progress();
        AuditListener listener = options.listener() == null ? new AuditListener() { } : options.listener();
        long t0 = System.nanoTime();
        ProfileDetection detection = options.profile() != null ? options.profile()
                : ProfileDetector.detect(client, options.organization());
        Context cx = new Context(detection.profile(), options.datasetPageBase() != null ? options.datasetPageBase()
                : pageBase(client), new OrganizationFacts(client));
        LOG.debug("audit: profile {} ({}), pages {}", detection.profile().name(), detection.source(), cx.pageBase);

        List<Item> items = harvestAndCheck(client, options, cx, listener, progress);
        items.sort(Comparator.comparing((Item it) -> it.name));
        List<MappingNote> resultNotes = sharedIdentifierNotes(items);

        Register register = options.register();
        List<AuditDifference> comparison = new ArrayList<>();
        if (register != null) {
            match(register, items);
        }

        progress.accept(new AuditProgress(AuditProgress.Stage.VALIDATE, 0, items.size()));
        Rulebook rules = Rulebook.create(options.rulebook());
        Validated validated = validate(items, options, cx, rules);
        PortalFindings.Split split = validated.split();
        // without a register the validated register is the portal's datasets alone, and the rulebook's
        // matching of it is reused; with one, its annex-only entries follow and the datasets are matched apart
        Register datasetsOnly = register == null ? validated.all()
                : Register.of(items.stream().map(AuditEngine::entry).toList());
        AuditAnnex annex = AnnexPresence.judge(binding, rules, datasetsOnly,
                items.stream().map(it -> it.name).toList(), items.stream().map(it -> it.restricted).toList());
        ValidationReport report = AnnexPresence.withRestricted(split.report(), annex);
        List<Finding> portalFindings = split.portal();
        progress.accept(new AuditProgress(AuditProgress.Stage.VALIDATE, items.size(), items.size()));

        if (register != null) {
            progress.accept(new AuditProgress(AuditProgress.Stage.COMPARE, 0, register.size()));
            comparison.addAll(Comparison.compare(register, items.stream().map(it -> new Comparison.Portal(
                    it.identifier, it.name, it.passport, it.matched, it.matchedBy)).toList()));
            progress.accept(new AuditProgress(AuditProgress.Stage.COMPARE, register.size(), register.size()));
        }

        List<AuditDataset> datasets = new ArrayList<>(items.size());
        for (Item it : items) {
            datasets.add(it.row());
        }
        items.clear(); // the passports are no longer needed
        if (options.listener() != null) {
            tellVerdicts(listener, report, datasets);
        }
        progress.accept(new AuditProgress(AuditProgress.Stage.DONE, datasets.size(), datasets.size()));
        LOG.debug("audit of {}: {} datasets, {} differences, {} ms", options.organization() == null ? "the portal"
                : options.organization(), datasets.size(), comparison.size(), (System.nanoTime() - t0) / 1_000_000);
        return new AuditResult(cx.pageBase, options.organization(), cx.profile.name(), report, datasets, comparison,
                register != null, resultNotes, detection.source(), portalFindings, annex);
    }

    /**
     * Harvests the datasets into items (in portal order), submitting each to the file checks when they are on,
     * and emits every row to the listener as soon as it is complete; returns when all files are checked.
     */
    private static List<Item> harvestAndCheck(CkanClient client, AuditOptions options, Context cx,
            AuditListener listener, Consumer<AuditProgress> progress) {
        RulebookConfig config = options.rulebook();
        List<Item> items = new ArrayList<>();
        try (FileChecks checks = FileChecks.start(options)) {
            ArrayDeque<Item> waiting = new ArrayDeque<>();
            progress.accept(new AuditProgress(AuditProgress.Stage.HARVEST, 0, -1));
            harvest(client, options).forEach(d -> {
                Item it = read(d, cx, config);
                items.add(it);
                if (checks != null) {
                    checks.submit(it, d);
                }
                waiting.add(it);
                emit(waiting, listener, cx, false, null);
                if (items.size() % 100 == 0) {
                    progress.accept(new AuditProgress(AuditProgress.Stage.HARVEST, items.size(), -1));
                }
            });
            progress.accept(new AuditProgress(AuditProgress.Stage.HARVEST, items.size(), items.size()));
            if (checks != null) {
                progress.accept(new AuditProgress(AuditProgress.Stage.CHECK_FILES, checks.done(), checks.submitted()));
            }
            emit(waiting, listener, cx, true, checks == null ? null : () -> progress.accept(new AuditProgress(
                    AuditProgress.Stage.CHECK_FILES, checks.done(), checks.submitted())));
        }
        return items;
    }

    /** A note for every item (sorted by name) whose identifier an earlier item already has. */
    private static List<MappingNote> sharedIdentifierNotes(List<Item> items) {
        List<MappingNote> notes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Item it : items) {
            if (!seen.add(it.identifier)) {
                notes.add(new MappingNote("datasets[" + it.name + "].identifier", MappingNote.Kind.NOT_HELD,
                        LocalizedText.of(Messages.AUDIT, "identifier.shared", it.identifier)));
            }
        }
        return notes;
    }

    /**
     * Validates the items (matched to the register, if any) with the rulebook, the register's annex-only entries
     * after them, and splits the portal's own findings from the report.
     */
    /** The validation's result and the register it validated (the datasets, then the annex-only entries). */
    private record Validated(PortalFindings.Split split, Register all) {
    }

    private static Validated validate(List<Item> items, AuditOptions options, Context cx, Rulebook rules) {
        RulebookConfig config = options.rulebook();
        Register register = options.register();
        List<RegisterEntry> entries = new ArrayList<>(items.size());
        Map<String, Passport> passports = new LinkedHashMap<>();
        Map<String, UpdateEvidence> evidence = new HashMap<>();
        List<Set<String>> notHeld = new ArrayList<>(items.size());
        for (Item it : items) {
            entries.add(entry(it));
            RegisterEntry m = it.matched;
            Passport own = m == null || m.identifier() == null ? null : options.passports().get(m.identifier());
            // as deep as the register goes: a register entry without a passport is checked, like validate
            // checks it, on its entry's elements only
            if (m == null || own != null) {
                passports.putIfAbsent(it.identifier, it.passport);
            }
            if (it.evidence != null) {
                evidence.putIfAbsent(it.identifier, it.evidence);
            }
            notHeld.add(m == null ? Set.of() : notHeld(cx.profile, own != null ? own : EntryPassports.toPassport(m)));
        }
        int shown = entries.size();
        if (register != null) {
            entries.addAll(annexOnly(register, items));
        }
        boolean[] withEvidence = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            withEvidence[i] = i >= shown || items.get(i).evidence != null;
        }
        Register all = Register.of(entries);
        ValidationReport raw = rules.validate(all, passports, evidence);
        return new Validated(PortalFindings.split(TimelinessFix.apply(raw, all, withEvidence, config), shown, notHeld),
                all);
    }

    /** Tells the listener each row's verdict with the row's findings, in the report's order. */
    private static void tellVerdicts(AuditListener listener, ValidationReport report, List<AuditDataset> datasets) {
        Map<String, List<Finding>> byDataset = new HashMap<>();
        for (Finding f : report.findings()) {
            if (f.datasetId() != null) {
                byDataset.computeIfAbsent(f.datasetId(), k -> new ArrayList<>()).add(f);
            }
        }
        for (int i = 0; i < datasets.size() && i < report.datasets().size(); i++) {
            AuditDataset row = datasets.get(i);
            listener.verdict(row, report.datasets().get(i), List.copyOf(byDataset.getOrDefault(row.identifier(),
                    List.of())));
        }
    }

    /** Reads one harvested dataset into an item (the passport with its page link, identifier, evidence). */
    private static Item read(CkanDataset d, Context cx, RulebookConfig config) {
        PortalPassport pp = cx.profile.fromDataset(d);
        String name = nameOf(d);
        String pageUrl = cx.pageBase + name;
        Passport.Builder pb = pp.passport().toBuilder().landingPage(pageUrl);
        Publisher publisher = pp.passport().publisher();
        if (publisher == null || publisher.edrpou() == null) {
            String code = cx.organizations.edrpou(d); // kept on the organization (data.gov.ua)
            if (code != null) {
                pb.publisher(new Publisher(publisher == null ? null : publisher.name(), code));
            }
        }
        Passport passport = pb.build();
        String id = passport.identifier() == null || passport.identifier().isBlank() ? name : passport.identifier();
        List<Instant> lastModified = new ArrayList<>();
        List<Instant> created = new ArrayList<>();
        for (CkanResource r : resources(d)) {
            add(lastModified, r.lastModified());
            add(created, r.created());
        }
        UpdateEvidence evidence = UpdateEvidence.fromResources(lastModified, created, config.zone()).orElse(null);
        return new Item(d, name, passport, pp.notes(), id, evidence);
    }

    /**
     * Makes the summary rows of the waiting items whose files are all checked, in harvest order, and tells the
     * listener; with {@code all}, waits for every check.
     */
    private static void emit(ArrayDeque<Item> waiting, AuditListener listener, Context cx, boolean all,
                             @Nullable Runnable onCheck) {
        int awaited = 0;
        while (!waiting.isEmpty()) {
            Item it = waiting.peekFirst();
            if (!all && !it.checks.stream().allMatch(Future::isDone)) {
                return;
            }
            List<AuditFile> files = it.files;
            if (!it.checks.isEmpty()) {
                List<AuditFile> checked = new ArrayList<>(files.size());
                for (int k = 0; k < files.size(); k++) {
                    AuditFile f = files.get(k);
                    checked.add(new AuditFile(f.id(), f.name(), f.url(), f.format(), f.size(), f.lastModified(),
                            f.created(), await(it.checks.get(k))));
                    if (onCheck != null && ++awaited % 50 == 0) {
                        onCheck.run();
                    }
                }
                files = checked;
                it.checks.clear();
            }
            it.row = new AuditDataset(it.identifier, it.name, it.id, it.title, cx.pageBase + it.name,
                    it.organization, it.metadataModified, files, it.evidence, it.notes);
            waiting.pollFirst();
            listener.dataset(it.row);
        }
        if (onCheck != null) {
            onCheck.run();
        }
    }

    private static java.util.stream.Stream<CkanDataset> harvest(CkanClient client, AuditOptions options) {
        CkanSearchQuery.Builder q = CkanSearchQuery.builder();
        if (options.organization() != null) {
            q.fq("organization:" + options.organization());
        }
        if (options.includePrivate()) {
            q.includePrivate(true);
        }
        return client.harvest(q.build(), options.pageSize());
    }

    /**
     * The file checks of an audit: a pool of {@link AuditOptions#resourceCheckConcurrency()} threads fed while
     * the harvest goes on; at most {@value #QUEUED_CHECKS_PER_THREAD} checks per thread wait or run at once, so
     * the harvest waits for the checks rather than keeping every dataset's tree in a queue.
     */
    private static final class FileChecks implements AutoCloseable {
        private final AuditResourceCheck check;
        private final ExecutorService pool;
        private final Semaphore room;
        private final AtomicInteger done = new AtomicInteger();
        private int submitted;

        private FileChecks(AuditResourceCheck check, int threads) {
            this.check = check;
            AtomicInteger threadNo = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "audit-check-" + threadNo.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            this.room = new Semaphore(threads * QUEUED_CHECKS_PER_THREAD);
        }

        static @Nullable FileChecks start(AuditOptions options) {
            AuditResourceCheck check = options.resourceCheck();
            return check == null ? null : new FileChecks(check, options.resourceCheckConcurrency());
        }

        void submit(Item it, CkanDataset d) {
            for (CkanResource r : resources(d)) {
                try {
                    room.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(Catalog.bilingual(Messages.AUDIT, "audit.interrupted"), e);
                }
                submitted++;
                it.checks.add(pool.submit(() -> {
                    try {
                        return safeCheck(check, d, r);
                    } finally {
                        done.incrementAndGet();
                        room.release();
                    }
                }));
            }
        }

        int submitted() {
            return submitted;
        }

        int done() {
            return done.get();
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }
    private static AuditFileStatus safeCheck(AuditResourceCheck check, CkanDataset d, CkanResource r) {
        try {
            AuditFileStatus s = check.check(d, r);
            return s == null ? AuditFileStatus.NOT_CHECKED : s;
        } catch (RuntimeException e) {
            LOG.debug("file check of resource {} failed: {}", r.id(), e.toString());
            return new AuditFileStatus(AuditFileStatus.State.FAILED, LocalizedText.of(Messages.AUDIT,
                    "file.checkCrashed", e.getClass().getSimpleName()));
        }
    }

    private static AuditFileStatus await(Future<AuditFileStatus> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(Catalog.bilingual(Messages.AUDIT, "audit.interrupted"), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(Catalog.bilingual(Messages.AUDIT, "audit.checkFailed"), e.getCause());
        }
    }

    /** Matches each register entry with at most one unclaimed portal dataset. */
    private static void match(Register register, List<Item> items) {
        Map<String, Item> byExtra = new HashMap<>();
        Map<String, Item> byName = new HashMap<>();
        for (Item it : items) {
            if (it.extraIdentifier != null) {
                byExtra.putIfAbsent(it.extraIdentifier, it);
            }
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

    /** The profile, the page base and the organizations' facts of one audit. */
    private record Context(PortalProfile profile, String pageBase, OrganizationFacts organizations) {
    }

    /** The dataset pages of the audited portal: {@code <base URL>/dataset/}. */
    private static String pageBase(CkanClient client) {
        String base = client.baseUrl().toString();
        return (base.endsWith("/") ? base : base + "/") + "dataset/";
    }

    /** The passport elements the profile cannot hold or would refuse, as publishing reports them. */
    private static Set<String> notHeld(PortalProfile profile, Passport p) {
        Set<String> out = new HashSet<>();
        for (MappingNote n : profile.cannotHold(p)) {
            if (n.kind() != MappingNote.Kind.NORMALISED) {
                out.add(n.element());
            }
        }
        return out;
    }

    /**
     * The register's entries that are not on the portal and stand for an annex dataset without being
     * published (planned, restricted): they count in the annex coverage as the register says, and get no
     * verdict of their own.
     */
    private static List<RegisterEntry> annexOnly(Register register, List<Item> items) {
        Set<RegisterEntry> matched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Item it : items) {
            if (it.matched != null) {
                matched.add(it.matched);
            }
        }
        List<RegisterEntry> out = new ArrayList<>();
        for (RegisterEntry e : register.entries()) {
            if (!matched.contains(e) && e.annexDataset() != null && e.status() != null
                    && e.status() != EntryStatus.PUBLISHED) {
                out.add(e.toBuilder().extraColumns(Map.of()).build());
            }
        }
        return out;
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
