package ua.opendata.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.FormatClass;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.UpdateFrequency;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.annex.AnnexDataset;
import ua.opendata.passport.annex.AnnexSectionNames;
import ua.opendata.passport.annex.AnnexMatch;
import ua.opendata.passport.annex.AnnexMatching;
import ua.opendata.passport.annex.AnnexSection;
import ua.opendata.passport.csv.CsvNotice;
import ua.opendata.passport.csv.RegisterReadResult;

/**
 * What a register holds, counted: entries by status, update frequencies and formats as recognised,
 * and how the entries cover the sections of the Resolution-835 annex. Computed once from a
 * {@link RegisterReadResult}; {@link #render(Locale)} prints it for people in Ukrainian or English.
 */
final class RegisterSummary {

    /** Coverage of one annex section by the register. */
    record SectionCoverage(AnnexSection section, int published, int planned, int restricted, int withdrawn,
                           List<AnnexDataset> missing) {
        int covered() {
            return section.datasets().size() - missing.size();
        }
    }

    private final String source;
    private final RegisterReadResult read;
    private final boolean fromCsv;
    private final Map<EntryStatus, Integer> byStatus = new EnumMap<>(EntryStatus.class);
    private int noStatus;
    private final List<String> unknownFrequencies = new ArrayList<>();
    /** The language of the {@link #render} under way (for the lists it cuts). */
    private Locale rendering = Locale.ENGLISH;
    private final List<Normalised> normalisedFrequencies = new ArrayList<>();

    /** A frequency written other than as the portal's value: where and how, and what it was read as. */
    private record Normalised(String written, Frequency value) {
        /** In Ukrainian the Ukrainian label, in English the portal's (English) value. */
        String render(boolean uk) {
            return written + (uk ? value.labelUk().toLowerCase(Texts.UKRAINIAN) : value.apiValue());
        }
    }
    private final Map<FormatClass, Integer> byFormatClass = new EnumMap<>(FormatClass.class);
    private final List<String> unknownFormats = new ArrayList<>();
    private final List<String> normalisedFormats = new ArrayList<>();
    private final List<String> unresolvedAnnexRefs = new ArrayList<>();
    private final List<SectionCoverage> coverage = new ArrayList<>();
    private final AnnexCatalogue annex;

    RegisterSummary(String source, RegisterReadResult read, AnnexCatalogue annex, Set<String> sectionCodes) {
        this(source, read, true, annex, sectionCodes);
    }

    /** A summary; {@code fromCsv} false for a register read from a JSON document (no encoding line). */
    RegisterSummary(String source, RegisterReadResult read, boolean fromCsv, AnnexCatalogue annex,
                    Set<String> sectionCodes) {
        this(source, read, fromCsv, annex, sectionCodes, null);
    }

    /**
     * A summary whose annex coverage follows {@code matching} (annexDataset column, mapping, titles)
     * when given, else the annexDataset column alone.
     */
    RegisterSummary(String source, RegisterReadResult read, boolean fromCsv, AnnexCatalogue annex,
                    Set<String> sectionCodes, @org.jspecify.annotations.Nullable AnnexMatching matching) {
        this.source = source;
        this.read = read;
        this.fromCsv = fromCsv;
        this.annex = annex;
        Map<AnnexDataset, List<EntryStatus>> fulfilled = new LinkedHashMap<>();
        for (RegisterEntry e : read.register().entries()) {
            if (e.status() == null) {
                noStatus++;
            } else {
                byStatus.merge(e.status(), 1, Integer::sum);
            }
            UpdateFrequency f = e.accrualPeriodicity();
            if (f != null && !f.isKnown()) {
                unknownFrequencies.add(e.identifier() + " \"" + f.raw() + "\"");
            } else if (f != null && !f.isCanonical()) {
                normalisedFrequencies.add(new Normalised(e.identifier() + " \"" + f.raw() + "\" → ", f.value()));
            }
            for (DataFormat d : e.distributionFormats()) {
                byFormatClass.merge(d.formatClass(), 1, Integer::sum);
                if (!d.isKnown()) {
                    unknownFormats.add(e.identifier() + " \"" + d.raw() + "\"");
                } else if (!d.isCanonical()) {
                    normalisedFormats.add(e.identifier() + " \"" + d.raw() + "\" → " + d.label());
                }
            }
            if (matching == null && e.annexDataset() != null) {
                var ds = annex.resolve(e.annexDataset());
                if (ds.isPresent()) {
                    fulfilled.computeIfAbsent(ds.get(), k -> new ArrayList<>())
                            .add(e.status() == null ? EntryStatus.PLANNED : e.status());
                } else {
                    unresolvedAnnexRefs.add(e.identifier() + " \"" + e.annexDataset() + "\"");
                }
            }
        }
        if (matching != null) {
            List<RegisterEntry> entries = read.register().entries();
            for (AnnexMatch m : matching.matches()) {
                RegisterEntry e = entries.get(m.index());
                if (m.taken() && m.position() != null) {
                    fulfilled.computeIfAbsent(m.position(), k -> new ArrayList<>())
                            .add(e.status() == null ? EntryStatus.PLANNED : e.status());
                }
                String unknown = matching.unknownRefs().get(m.index());
                if (unknown != null) {
                    unresolvedAnnexRefs.add(e.identifier() + " \"" + unknown + "\"");
                }
            }
        }
        for (AnnexSection section : annex.sections()) {
            if (!sectionCodes.contains(section.code())) {
                continue;
            }
            int published = 0;
            int planned = 0;
            int restricted = 0;
            int withdrawn = 0;
            List<AnnexDataset> missing = new ArrayList<>();
            for (AnnexDataset ds : section.datasets()) {
                List<EntryStatus> statuses = fulfilled.get(ds);
                if (statuses == null) {
                    missing.add(ds);
                } else if (statuses.contains(EntryStatus.PUBLISHED)) {
                    published++;
                } else if (statuses.contains(EntryStatus.RESTRICTED)) {
                    restricted++;
                } else if (statuses.contains(EntryStatus.PLANNED)) {
                    planned++;
                } else {
                    withdrawn++;
                }
            }
            coverage.add(new SectionCoverage(section, published, planned, restricted, withdrawn, missing));
        }
    }

    int entries() {
        return read.register().size();
    }

    int count(EntryStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    List<String> unknownFrequencies() {
        return unknownFrequencies;
    }

    List<String> unknownFormats() {
        return unknownFormats;
    }

    List<SectionCoverage> coverage() {
        return coverage;
    }

    String render(Locale locale) {
        rendering = locale;
        Texts t = Texts.of(locale);
        boolean uk = t.uk();
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        b.append(t.get("summary.register.title")).append(nl);
        String how = !fromCsv ? t.get("summary.register.json")
                : t.get("summary.register.csv", read.charset().name(), read.bom() ? " " + t.get("summary.register.bom")
                        : "", read.delimiter() == '\t' ? "\\t" : String.valueOf(read.delimiter()));
        b.append(t.get("summary.register.source", source, how)).append(nl);
        b.append(t.get("summary.register.structure", entries()));
        if (!read.register().extraColumns().isEmpty()) {
            b.append(t.get("summary.register.extra", String.join(", ", read.register().extraColumns())));
        }
        b.append(nl);
        List<String> parts = new ArrayList<>();
        for (EntryStatus s : EntryStatus.values()) {
            parts.add((uk ? s.labelUk() : s.code()) + " " + count(s));
        }
        parts.add(t.get("summary.register.status.none", noStatus));
        b.append(t.get("summary.register.status", String.join(", ", parts))).append(nl);
        b.append(t.get("summary.register.frequency", unknownFrequencies.size(), listed(unknownFrequencies),
                normalisedFrequencies.size(), listed(normalisedFrequencies.stream().map(n -> n.render(uk)).toList())))
                .append(nl);
        b.append(t.get("summary.register.formats", byFormatClass.getOrDefault(FormatClass.STRUCTURED, 0),
                byFormatClass.getOrDefault(FormatClass.UNSTRUCTURED, 0), byFormatClass.getOrDefault(FormatClass.ARCHIVE, 0),
                byFormatClass.getOrDefault(FormatClass.UNKNOWN, 0), listed(unknownFormats), normalisedFormats.size(),
                listed(normalisedFormats))).append(nl);
        b.append(t.get("summary.register.annex", annex.version().id())).append(nl);
        for (SectionCoverage c : coverage) {
            b.append("  ").append(t.get("summary.register.section", AnnexSectionNames.name(c.section(), locale),
                    c.covered(), c.section().datasets().size(), c.published(), c.planned(), c.restricted(),
                    c.withdrawn(), c.missing().size())).append(nl);
        }
        if (!unresolvedAnnexRefs.isEmpty()) {
            b.append("  ").append(t.get("summary.register.unresolved", ConsoleList.joined(unresolvedAnnexRefs, t)))
                    .append(nl);
        }
        if (!read.notices().isEmpty()) {
            b.append(t.get("summary.register.notes", read.notices().size())).append(nl);
            Set<String> seen = new TreeSet<>();
            for (CsvNotice n : read.notices()) {
                String line = "  " + ConsoleList.clip(n.location() + ": " + n.message(locale));
                if (seen.add(line) && seen.size() <= ConsoleList.MAX_LINES) {
                    b.append(line).append(nl);
                }
            }
            if (seen.size() > ConsoleList.MAX_LINES) {
                b.append("  ").append(ConsoleList.more(seen.size() - ConsoleList.MAX_LINES, false, t))
                        .append(nl);
            }
        }
        return b.toString();
    }

    /** A list inside a line, cut after a few items ({@link ConsoleList}) in the language being rendered. */
    private String listed(List<String> items) {
        return items.isEmpty() ? "" : " (" + ConsoleList.joined(items, Texts.of(rendering)) + ")";
    }
}
