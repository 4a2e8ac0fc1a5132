package ua.opendata.core.rules;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.FormatClass;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.UpdateFrequency;
import ua.opendata.passport.annex.AnnexCandidate;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.annex.AnnexDataset;
import ua.opendata.passport.annex.AnnexMatch;
import ua.opendata.passport.annex.AnnexMatcher;
import ua.opendata.passport.annex.AnnexMatching;
import ua.opendata.passport.annex.AnnexSection;
import ua.opendata.passport.annex.MatchMethod;

/** Applies the standard rules. Thread-safe: all state of a run lives in its {@link Emitter}. */
final class RulebookEngine {

    private static final class Holder {
        // Built once: bootstrapping Hibernate Validator is costly. No Jakarta EL needed.
        static final ValidatorFactory FACTORY = build();

        private static ValidatorFactory build() {
            ValidatorLog.quiet();
            return Validation.byProvider(HibernateValidator.class).configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
        }
    }

    private static final int ANNEX_CACHE_MAX = 10_000;

    private final RulebookConfig config;
    private final Validator validator;
    private final TimelinessRules timeliness;
    /** Annex references resolved so far; the catalogue is immutable, so answers never change. */
    private final Map<String, Optional<AnnexDataset>> annexCache = new java.util.concurrent.ConcurrentHashMap<>();

    public RulebookEngine(RulebookConfig config) {
        this.config = config;
        this.validator = Holder.FACTORY.getValidator();
        this.timeliness = new TimelinessRules(config);
    }

    public ValidationReport validate(Register register, Map<String, Passport> passports,
                                     Map<String, UpdateEvidence> evidence, ValidationSources sources) {
        Emitter out = new Emitter(config, sources);
        LocalDate today = config.timeliness().today();
        List<DatasetResult> results = new ArrayList<>(register.size());
        List<RegisterEntry> entries = register.entries();
        for (int i = 0; i < entries.size(); i++) {
            RegisterEntry e = entries.get(i);
            out.resetCounts();
            out.at(i);
            checkEntry(e, today, out);
            Passport p = e.identifier() == null ? null : passports.get(e.identifier());
            if (p != null) {
                checkPassport(p, e, out);
            }
            UpdateEvidence ev = e.identifier() == null ? null : evidence.get(e.identifier());
            if (ev == null && p != null) {
                ev = timeliness.evidence(p);
            }
            TimelinessVerdict verdict = timeliness.judge(e, p, ev, out);
            String responsible = e.responsiblePerson() != null ? e.responsiblePerson() : e.contactPoint().fullName();
            results.add(new DatasetResult(i, e.identifier(), e.title(), e.status(), out.errors(), out.warnings(),
                    out.infos(), verdict, responsible));
        }
        out.resetCounts();
        out.atRegister();
        List<AnnexCoverage> coverage = checkRegister(register, results, out);
        return new ValidationReport(config.clock().instant(), out.findings(), results, config.kpiTarget(), coverage,
                config.asOf().orElse(null));
    }

    public ValidationReport validate(Passport passport) {
        Emitter out = new Emitter(config);
        checkPassport(passport, null, out);
        TimelinessVerdict verdict = timeliness.judge(passport, out);
        String responsible = passport.responsiblePerson() == null ? null : passport.responsiblePerson().fullName();
        DatasetResult result = new DatasetResult(0, passport.identifier(), passport.title(), null, out.errors(),
                out.warnings(), out.infos(), verdict, responsible);
        return new ValidationReport(config.clock().instant(), out.findings(), List.of(result), config.kpiTarget(),
                List.of(), config.asOf().orElse(null));
    }

    // ---------------------------------------------------------------- register entries

    private void checkEntry(RegisterEntry e, LocalDate today, Emitter out) {
        String id = e.identifier();
        constraints(validator.validate(e), id, "", out);
        checkFrequency(e.accrualPeriodicity(), id, "accrualPeriodicity", out);
        checkFormats(e.distributionFormats(), id, "distributionFormats", isText(e), out);
        if (e.status() == EntryStatus.PUBLISHED && e.landingPage() == null) {
            out.emit(StandardRule.LANDING_PAGE_REQUIRED, id, "landingPage", null);
        }
        if (e.status() == EntryStatus.RESTRICTED && e.restriction() == null) {
            out.emit(StandardRule.RESTRICTION_BASIS, id, "restriction", null);
        }
        LocalDate due = e.nextUpdateDue();
        if (due != null && e.status() == EntryStatus.PUBLISHED && today.isAfter(due)) {
            out.emit(StandardRule.NEXT_UPDATE_OVERDUE, id, "nextUpdateDue", due.toString(),
                    String.valueOf(ChronoUnit.DAYS.between(due, today)));
        }
        checkDesignated(e.contactPoint(), id, "contactPoint", out);
    }

    private boolean isText(RegisterEntry e) {
        Set<String> text = config.textDatasets();
        if (e.identifier() != null && text.contains(e.identifier())) {
            return true;
        }
        if (e.annexDataset() != null) {
            Optional<AnnexDataset> ds = resolveAnnex(e.annexDataset());
            return ds.isPresent() && text.contains(ds.get().ref());
        }
        return false;
    }

    private Optional<AnnexDataset> resolveAnnex(String ref) {
        Optional<AnnexDataset> cached = annexCache.get(ref);
        if (cached != null) {
            return cached;
        }
        Optional<AnnexDataset> ds = config.annex().resolve(ref);
        if (annexCache.size() < ANNEX_CACHE_MAX) {
            annexCache.put(ref, ds);
        }
        return ds;
    }

    // ---------------------------------------------------------------- passports

    private void checkPassport(Passport p, @Nullable RegisterEntry entry, Emitter out) {
        String id = p.identifier();
        constraints(validator.validate(p), id, entry == null ? "" : "passport.", out);
        String prefix = entry == null ? "" : "passport.";
        checkFrequency(p.updateFrequency(), id, prefix + "updateFrequency", out);
        List<DataFormat> all = new ArrayList<>(p.formats());
        for (Distribution d : p.distributions()) {
            if (d.format() != null) {
                all.add(d.format());
            }
        }
        boolean text = entry != null ? isText(entry) : id != null && config.textDatasets().contains(id);
        checkFormats(p.formats(), id, prefix + "formats", text, out);
        boolean archive = all.stream().anyMatch(f -> f.formatClass() == FormatClass.ARCHIVE);
        boolean compressionGiven = p.compression() != null
                || p.distributions().stream().anyMatch(d -> d.compression() != null);
        if (archive && !compressionGiven) {
            String archives = all.stream().filter(f -> f.formatClass() == FormatClass.ARCHIVE)
                    .map(DataFormat::label).distinct().reduce((a, b) -> a + ", " + b).orElse("");
            out.emit(StandardRule.COMPRESSION_REQUIRED, id, prefix + "compression", archives);
        }
        boolean published = entry != null ? entry.status() == EntryStatus.PUBLISHED : p.landingPage() != null;
        if (published && p.firstPublished() == null) {
            out.emit(StandardRule.FIRST_PUBLISHED_REQUIRED, id, prefix + "firstPublished", null);
        }
        OffsetDateTime first = p.firstPublished();
        OffsetDateTime last = p.lastModified();
        if (first != null && last != null && last.isBefore(first)) {
            out.emit(StandardRule.DATES_ORDER, id, prefix + "lastModified", last.toString(), first.toString());
        }
        if (p.dataAsOf() != null && last != null
                && p.dataAsOf().isAfter(last.atZoneSameInstant(config.zone()).toLocalDate())) {
            out.emit(StandardRule.AS_OF_ORDER, id, prefix + "dataAsOf", p.dataAsOf().toString(),
                    last.toString());
        }
        boolean tabular = !text && all.stream().anyMatch(f -> f.formatClass() == FormatClass.STRUCTURED);
        boolean structureGiven = p.structure() != null
                && (p.structure().url() != null || !p.structure().fields().isEmpty());
        if (tabular && !structureGiven) {
            out.emit(StandardRule.STRUCTURE_REQUIRED, id, prefix + "structure", null);
        }
        if (p.responsiblePerson() != null) {
            checkDesignated(p.responsiblePerson(), id, prefix + "responsiblePerson", out);
            if (entry != null && !samePerson(entry.contactPoint(), p.responsiblePerson())) {
                out.emit(StandardRule.PERSON_MATCHES_PASSPORT, id, prefix + "responsiblePerson",
                        describe(entry.contactPoint()), describe(p.responsiblePerson()));
            }
        }
    }

    // ---------------------------------------------------------------- shared checks

    private void constraints(Set<? extends ConstraintViolation<?>> violations, @Nullable String id, String prefix,
                             Emitter out) {
        if (violations.isEmpty()) {
            return;
        }
        // Sorted for a stable report; de-duplicated by rule and path.
        List<ConstraintViolation<?>> sorted = new ArrayList<>(violations);
        sorted.sort((a, b) -> ConstraintMapping.path(a).compareTo(ConstraintMapping.path(b)));
        Set<String> seen = new HashSet<>();
        for (ConstraintViolation<?> v : sorted) {
            StandardRule rule = ConstraintMapping.rule(v);
            if (rule == null) {
                throw new IllegalStateException("No rule maps the model constraint " + v.getMessageTemplate()
                        + " at " + v.getPropertyPath() + "; add it to ConstraintMapping");
            }
            String path = prefix + ConstraintMapping.path(v);
            if (!seen.add(rule.id() + '|' + path)) {
                continue;
            }
            Object value = v.getInvalidValue();
            String text = value instanceof CharSequence cs ? cs.toString() : null;
            String length = text == null ? "" : String.valueOf(text.codePointCount(0, text.length()));
            out.emit(rule, id, path, text != null && !text.isBlank() ? text
                    : value instanceof Number ? value : null, length);
        }
    }

    private void checkFrequency(@Nullable UpdateFrequency f, @Nullable String id, String path, Emitter out) {
        if (f != null && !f.isKnown()) {
            out.emit(StandardRule.FREQUENCY_UNKNOWN, id, path, f.raw());
        }
    }

    private void checkFormats(List<DataFormat> formats, @Nullable String id, String path, boolean text,
                              Emitter out) {
        boolean allUnstructured = !formats.isEmpty();
        for (int i = 0; i < formats.size(); i++) {
            DataFormat f = formats.get(i);
            if (!f.isKnown()) {
                out.emit(StandardRule.FORMAT_UNKNOWN, id, path + "[" + i + "]", f.raw());
            }
            if (f.formatClass() != FormatClass.UNSTRUCTURED) {
                allUnstructured = false;
            }
        }
        if (allUnstructured && !text) {
            out.emit(StandardRule.FORMAT_MACHINE_READABLE, id, path,
                    String.join(", ", formats.stream().map(DataFormat::label).toList()));
        }
    }

    private void checkDesignated(ResponsiblePerson person, @Nullable String id, String path, Emitter out) {
        List<ResponsiblePerson> designated = config.designatedPersons();
        if (designated.isEmpty() || (person.fullName() == null && person.email() == null)) {
            return;
        }
        for (ResponsiblePerson d : designated) {
            if (same(d.email(), person.email()) || same(d.fullName(), person.fullName())) {
                return;
            }
        }
        out.emit(StandardRule.PERSON_DESIGNATED, id, path,
                person.fullName() != null ? person.fullName() : person.email());
    }

    /** The same person: the same e-mail when both give one, else the same name. */
    private static boolean samePerson(ResponsiblePerson a, ResponsiblePerson b) {
        if (a.email() != null && b.email() != null) {
            return same(a.email(), b.email());
        }
        return a.fullName() == null || b.fullName() == null || same(a.fullName(), b.fullName());
    }

    private static String describe(ResponsiblePerson p) {
        String name = p.fullName() == null ? "" : p.fullName();
        return p.email() == null ? name : (name + " <" + p.email() + ">").strip();
    }

    private static boolean same(@Nullable String a, @Nullable String b) {
        return a != null && b != null
                && a.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
                .equals(b.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    // ---------------------------------------------------------------- the register as a whole

    /** Each identifier used by more than one entry, once, located at its second use. */
    private static void checkUniqueIds(Register register, Emitter out) {
        // per identifier: {uses, index of the second use}
        Map<String, int[]> ids = new LinkedHashMap<>();
        List<RegisterEntry> entries = register.entries();
        for (int i = 0; i < entries.size(); i++) {
            String id = entries.get(i).identifier();
            if (id != null && !id.isBlank()) {
                int[] seen = ids.computeIfAbsent(id, k -> new int[] {0, -1});
                if (++seen[0] == 2) {
                    seen[1] = i;
                }
            }
        }
        ids.forEach((id, seen) -> {
            if (seen[0] > 1) {
                out.at(seen[1]);
                out.emit(StandardRule.REGISTER_ID_UNIQUE, id, "identifier", id, String.valueOf(seen[0]));
            }
        });
        out.atRegister();
    }

    private List<AnnexCoverage> checkRegister(Register register, List<DatasetResult> results, Emitter out) {
        checkUniqueIds(register, out);
        AnnexCatalogue annex = config.annex();
        AnnexMatching matching = matching(register);
        Map<AnnexDataset, List<RegisterEntry>> byAnnex = new LinkedHashMap<>();
        for (AnnexMatch m : matching.matches()) {
            RegisterEntry e = register.entries().get(m.index());
            String unknownRef = matching.unknownRefs().get(m.index());
            out.at(m.index());
            if (unknownRef != null) {
                out.emit(StandardRule.ANNEX_REF_UNKNOWN, e.identifier(), "annexDataset", unknownRef);
            }
            AnnexDataset ds = m.position();
            if (ds == null) {
                continue;
            }
            if (m.taken()) {
                byAnnex.computeIfAbsent(ds, k -> new ArrayList<>()).add(e);
            } else {
                out.emit(StandardRule.ANNEX_MATCH_UNSURE, e.identifier(), "title", m.candidate().title(), ds.ref(),
                        ds.nameUk(), String.format(java.util.Locale.ROOT, "%.2f", m.score()),
                        m.method() == MatchMethod.AMBIGUOUS
                                ? String.join(", ", m.alternatives().stream().map(AnnexDataset::ref).toList())
                                : m.method().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        out.atRegister();
        Map<RegisterEntry, DatasetResult> resultOf = new java.util.IdentityHashMap<>();
        for (DatasetResult r : results) {
            resultOf.put(register.entries().get(r.index()), r);
        }
        annex.resolve(AnnexCatalogue.REGISTER_OF_DATASETS_REF).ifPresent(ds ->
                mustBePublished(StandardRule.REGISTER_DATASET, ds, byAnnex.get(ds), resultOf, out));
        annex.resolve(AnnexCatalogue.AUDIT_RESULTS_REF).ifPresent(ds ->
                mustBePublished(StandardRule.AUDIT_DATASET, ds, byAnnex.get(ds), resultOf, out));
        List<AnnexCoverage> coverage = new ArrayList<>();
        for (AnnexSection section : annex.sections()) {
            if (!config.annexSections().contains(section.code())) {
                continue;
            }
            List<String> published = new ArrayList<>();
            List<String> planned = new ArrayList<>();
            List<String> restricted = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (AnnexDataset ds : section.datasets()) {
                List<RegisterEntry> entries = byAnnex.get(ds);
                EntryStatus best = best(entries);
                (best == null || best == EntryStatus.WITHDRAWN ? missing : best == EntryStatus.PLANNED ? planned
                        : best == EntryStatus.RESTRICTED ? restricted : published).add(ds.ref());
                if (ds.ref().equals(AnnexCatalogue.REGISTER_OF_DATASETS_REF)
                        || ds.ref().equals(AnnexCatalogue.AUDIT_RESULTS_REF)) {
                    continue; // their own rules above
                }
                String path = "annex/" + ds.ref();
                if (best == null || best == EntryStatus.WITHDRAWN) {
                    out.emit(StandardRule.ANNEX_MISSING, null, path, ds.ref(), ds.nameUk());
                } else if (best == EntryStatus.PLANNED) {
                    atEntry(entries.get(0), resultOf, out);
                    out.emit(StandardRule.ANNEX_PLANNED, firstId(entries), path, ds.ref(), ds.nameUk());
                } else if (best == EntryStatus.RESTRICTED) {
                    RegisterEntry r = entries.stream().filter(x -> x.status() == EntryStatus.RESTRICTED)
                            .findFirst().orElseThrow();
                    String basis = r.restriction() == null || r.restriction().legalBasis() == null
                            ? "—" : r.restriction().legalBasis();
                    atEntry(r, resultOf, out);
                    out.emit(StandardRule.ANNEX_RESTRICTED, r.identifier(), path, ds.ref(), ds.nameUk(), basis);
                }
                out.atRegister();
            }
            Map<String, String> matchedBy = new LinkedHashMap<>();
            for (AnnexDataset ds : section.datasets()) {
                matchedBy.put(ds.ref(), howMatched(matching, ds));
            }
            coverage.add(new AnnexCoverage(section.code(), section.nameUk(), published, planned, restricted, missing,
                    matchedBy));
        }
        return coverage;
    }

    /**
     * Matches the register's entries to the binding sections' positions: each entry's annexDataset
     * column first, then the configured mapping, then its title; the publisher names of the register
     * cost nothing in a title.
     */
    /**
     * The annex matching of a register with this engine's configuration; the last one is kept, so that a
     * caller that shows the matching and then validates the same register (opendata validate) matches once.
     */
    public AnnexMatching matching(Register register) {
        LastMatching last = lastMatching;
        AnnexMatching kept = last == null || last.register().get() != register ? null : last.matching().get();
        if (kept != null) {
            return kept;
        }
        AnnexMatching m = matchAnnex(register, config);
        lastMatching = new LastMatching(new java.lang.ref.WeakReference<>(register),
                new java.lang.ref.WeakReference<>(m));
        return m;
    }

    /**
     * The register last matched and its matching, neither kept alive by this: reused while the caller still
     * holds both (as {@code opendata validate} does between showing the matching and validating).
     */
    private record LastMatching(java.lang.ref.WeakReference<Register> register,
                                java.lang.ref.WeakReference<AnnexMatching> matching) {
    }

    private volatile @Nullable LastMatching lastMatching;

    public static AnnexMatching matchAnnex(Register register, RulebookConfig config) {
        List<AnnexCandidate> candidates = new ArrayList<>();
        java.util.Set<String> publishers = new java.util.LinkedHashSet<>();
        for (RegisterEntry e : register.entries()) {
            String title = e.title() == null ? "" : e.title();
            String key = e.identifier() == null || e.identifier().isBlank() ? title : e.identifier();
            candidates.add(new AnnexCandidate(key, title, e.annexDataset()));
            if (e.publisher() != null && e.publisher().name() != null && publishers.size() < 8) {
                publishers.add(e.publisher().name());
            }
        }
        return AnnexMatcher.builder().catalogue(config.annex()).sections(config.annexSections())
                .publisherNames(publishers).mapping(config.annexMapping()).build().match(candidates);
    }

    /** {@code column}, {@code mapping}, {@code title 0.87}, {@code weak 0.55}, {@code ambiguous 0.70} or {@code missing}. */
    private static String howMatched(AnnexMatching matching, AnnexDataset ds) {
        List<AnnexMatch> taken = matching.takenFor(ds);
        List<AnnexMatch> pool = taken.isEmpty() ? matching.proposedFor(ds) : taken;
        AnnexMatch best = null;
        for (AnnexMatch m : pool) {
            if (best == null || m.method().ordinal() < best.method().ordinal()
                    || m.method() == best.method() && m.score() > best.score()) {
                best = m;
            }
        }
        if (best == null) {
            return "missing";
        }
        String method = best.method().name().toLowerCase(java.util.Locale.ROOT);
        return best.method() == MatchMethod.COLUMN || best.method() == MatchMethod.MAPPING ? method
                : method + String.format(java.util.Locale.ROOT, " %.2f", best.score());
    }

    /** The register and the audit results must be published, and fresh where that is known. */
    private void mustBePublished(StandardRule rule, AnnexDataset ds, @Nullable List<RegisterEntry> entries,
                                 Map<RegisterEntry, DatasetResult> resultOf, Emitter out) {
        EntryStatus best = best(entries);
        String state;
        String id = firstId(entries);
        if (best == EntryStatus.PUBLISHED) {
            RegisterEntry published = entries.stream().filter(e -> e.status() == EntryStatus.PUBLISHED)
                    .findFirst().orElseThrow();
            DatasetResult r = resultOf.get(published);
            // judged on evidence of an update; a register date past due is R835-NEXT-UPDATE-OVERDUE already
            if (r == null || r.timeliness() == null || r.timeliness().status() != TimelinessStatus.LATE
                    || r.timeliness().evidence() == null && r.timeliness().reason() != null) {
                return;
            }
            state = "state.late";
            id = published.identifier();
            atEntry(published, resultOf, out);
        } else {
            state = best == null ? "state.missing" : "state." + best.code();
            if (entries != null && !entries.isEmpty()) {
                atEntry(entries.get(0), resultOf, out);
            }
        }
        out.emit(rule, id, "annex/" + ds.ref(), null, RuleTexts.text(state));
        out.atRegister();
    }

    /** The findings that follow concern {@code e}'s row. */
    private static void atEntry(RegisterEntry e, Map<RegisterEntry, DatasetResult> resultOf, Emitter out) {
        DatasetResult r = resultOf.get(e);
        if (r != null) {
            out.at(r.index());
        }
    }

    private static @Nullable String firstId(@Nullable List<RegisterEntry> entries) {
        return entries == null || entries.isEmpty() ? null : entries.get(0).identifier();
    }

    /** The most advanced status among the entries fulfilling one annex dataset. */
    private static @Nullable EntryStatus best(@Nullable List<RegisterEntry> entries) {
        if (entries == null) {
            return null;
        }
        EntryStatus best = null;
        for (RegisterEntry e : entries) {
            EntryStatus s = e.status() == null ? EntryStatus.PLANNED : e.status();
            if (best == null || rank(s) > rank(best)) {
                best = s;
            }
        }
        return best;
    }

    private static int rank(EntryStatus s) {
        return switch (s) {
            case PUBLISHED -> 3;
            case RESTRICTED -> 2;
            case PLANNED -> 1;
            case WITHDRAWN -> 0;
        };
    }
}
