package ua.opendata.core.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanOrganization;
import ua.opendata.core.rules.AnnexCoverage;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.annex.AnnexDataset;
import ua.opendata.passport.annex.AnnexHolders;
import ua.opendata.passport.annex.AnnexMatch;
import ua.opendata.passport.annex.AnnexMatching;
import ua.opendata.passport.annex.AnnexSection;
import ua.opendata.passport.annex.MatchMethod;
import ua.opendata.passport.annex.MatchReason;

/**
 * The annex side of an audit: which sections bind the audited organization ({@link #bind}), and which positions
 * its datasets on the portal fulfil ({@link #judge}). Not for public use.
 */
final class AnnexPresence {

    private static final Logger LOG = LoggerFactory.getLogger(AnnexPresence.class);

    /** Data, not messages: the words of an {@code access_rights} value that mean "not open to the public". */
    private static final List<String> RESTRICTED_WORDS = List.of("restricted", "non-public", "non_public",
            "nonpublic", "private", "обмежен", "непублічн");

    private AnnexPresence() {
    }

    /** The sections that bind the audited organization, why, and the rulebook configuration that uses them. */
    record Binding(RulebookConfig config, List<String> sections, AuditAnnex.Basis basis, @Nullable String holder) {
    }

    /**
     * The binding sections: those given in the options; else those of the holder the organization publishes for
     * (the bundled holder table, by the organization's id, title or name); else those its title shows; else the
     * rulebook configuration's.
     */
    static Binding bind(CkanClient client, AuditOptions options) {
        RulebookConfig config = options.rulebook();
        AnnexCatalogue annex = config.annex();
        if (!options.annexSections().isEmpty()) {
            return binding(config, options.annexSections(), AuditAnnex.Basis.GIVEN, null);
        }
        String org = options.organization();
        CkanOrganization o = org == null ? null : show(client, org);
        if (o != null) {
            List<String> names = new ArrayList<>();
            for (String n : new String[] {o.id(), o.title(), o.name()}) {
                if (n != null && !n.isBlank()) {
                    names.add(n);
                }
            }
            AnnexHolders holders = AnnexHolders.bundled();
            String withoutSection = null;
            for (String n : names) {
                Optional<String> holder = holders.holderOfOrganization(n);
                Optional<AnnexSection> own = holder.flatMap(annex::sectionOfHolder);
                if (own.isPresent() && !own.get().code().equals(AnnexCatalogue.ALL_HOLDERS)) {
                    return binding(config, List.of(AnnexCatalogue.ALL_HOLDERS, own.get().code()),
                            AuditAnnex.Basis.HOLDER_TABLE, holder.get());
                }
                if (holder.isPresent() && withoutSection == null) {
                    withoutSection = holder.get();
                }
            }
            if (withoutSection != null) {
                return binding(config, List.of(AnnexCatalogue.ALL_HOLDERS), AuditAnnex.Basis.HOLDER_WITHOUT_SECTION,
                        withoutSection);
            }
            String title = o.title() != null && !o.title().isBlank() ? o.title() : null;
            Optional<List<String>> byName = title == null ? Optional.empty() : annex.sectionsForPublisher(title);
            if (byName.isPresent()) {
                return binding(config, byName.get(), AuditAnnex.Basis.PUBLISHER_NAME, title);
            }
        }
        return new Binding(config, List.copyOf(config.annexSections()), AuditAnnex.Basis.DEFAULT, null);
    }

    private static Binding binding(RulebookConfig config, List<String> sections, AuditAnnex.Basis basis,
                                   @Nullable String holder) {
        Set<String> codes = new LinkedHashSet<>(sections);
        return new Binding(config.toBuilder().annexSections(codes).build(), List.copyOf(codes), basis, holder);
    }

    private static @Nullable CkanOrganization show(CkanClient client, String org) {
        try {
            return client.organizationShow(org);
        } catch (CkanException e) {
            LOG.debug("organization_show {} failed ({}); its annex holder is not known", org,
                    e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * Whether the public cannot use the dataset as open data, as the portal shows it: private, or an
     * {@code access_rights} extra that says restricted or non-public.
     */
    static boolean restricted(CkanDataset d) {
        if (Boolean.TRUE.equals(d.isPrivate())) {
            return true;
        }
        String access = d.extra("access_rights").orElse(null);
        if (access == null) {
            return false;
        }
        String a = access.toLowerCase(Locale.ROOT);
        return RESTRICTED_WORDS.stream().anyMatch(a::contains);
    }

    /**
     * Judges the positions of the binding sections on the datasets shown.
     *
     * @param binding    the binding sections and configuration
     * @param rules      the rulebook of the binding's configuration; when it has just validated {@code register},
     *                   its matching of that register is reused rather than made again
     * @param register   per dataset, the register entry the audit built for it, in report order
     * @param names      per dataset, its portal name
     * @param restricted per dataset, whether the public cannot use it
     */
    static AuditAnnex judge(Binding binding, Rulebook rules, Register register, List<String> names,
                            List<Boolean> restricted) {
        List<RegisterEntry> entries = register.entries();
        AnnexMatching matching = rules.matchAnnex(register);
        List<AuditAnnex.Position> positions = new ArrayList<>();
        for (AnnexDataset p : matching.positions()) {
            positions.add(position(p, matching, names, restricted));
        }
        List<AuditAnnex.Extra> extras = new ArrayList<>();
        for (AnnexMatch m : matching.matches()) {
            if (!m.taken()) {
                AnnexDataset p = m.position();
                extras.add(new AuditAnnex.Extra(names.get(m.index()), m.candidate().title(),
                        restricted.get(m.index()), m.method(), p == null ? null : p.ref()));
            }
        }
        List<String> keys = entries.stream().map(e -> e.identifier() == null ? "" : e.identifier()).toList();
        return new AuditAnnex(binding.config().annex().version().id(), binding.sections(), binding.basis(), binding.holder(),
                positions, extras, matching, keys);
    }

    private static AuditAnnex.Position position(AnnexDataset p, AnnexMatching matching, List<String> names,
                                                List<Boolean> restricted) {
        List<AnnexMatch> taken = matching.takenFor(p);
        List<AnnexMatch> proposed = matching.proposedFor(p);
        AnnexMatch best = best(taken.isEmpty() ? proposed : taken);
        AuditAnnex.State state;
        if (!taken.isEmpty()) {
            state = taken.stream().allMatch(m -> restricted.get(m.index())) ? AuditAnnex.State.RESTRICTED
                    : AuditAnnex.State.PRESENT;
        } else {
            state = proposed.isEmpty() ? AuditAnnex.State.MISSING : AuditAnnex.State.UNSURE;
        }
        return new AuditAnnex.Position(p, state, best == null ? MatchMethod.MISSING : best.method(),
                best == null ? 0 : best.score(), best == null ? MatchReason.nothing() : best.reason(),
                taken.stream().map(m -> names.get(m.index())).toList(),
                proposed.stream().map(m -> names.get(m.index())).toList());
    }

    /** The strongest verdict: by method (column, mapping, title, weak, ambiguous), then by score. */
    private static @Nullable AnnexMatch best(List<AnnexMatch> pool) {
        AnnexMatch best = null;
        for (AnnexMatch m : pool) {
            if (best == null || m.method().ordinal() < best.method().ordinal()
                    || m.method() == best.method() && m.score() > best.score()) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The report with the annex coverage told what the portal shows: positions fulfilled only by datasets the
     * public cannot use move from published to restricted.
     */
    static ValidationReport withRestricted(ValidationReport report, AuditAnnex annex) {
        Set<String> onlyRestricted = new LinkedHashSet<>();
        annex.positions().stream().filter(p -> p.state() == AuditAnnex.State.RESTRICTED)
                .forEach(p -> onlyRestricted.add(p.position().ref()));
        if (onlyRestricted.isEmpty()) {
            return report;
        }
        List<AnnexCoverage> coverage = new ArrayList<>();
        for (AnnexCoverage c : report.annex()) {
            List<String> published = new ArrayList<>();
            List<String> restricted = new ArrayList<>(c.restricted());
            for (String ref : c.published()) {
                (onlyRestricted.contains(ref) ? restricted : published).add(ref);
            }
            coverage.add(new AnnexCoverage(c.sectionCode(), c.sectionName(), published, c.planned(), restricted,
                    c.missing(), c.matchedBy()));
        }
        return new ValidationReport(report.generatedAt(), report.findings(), report.datasets(), report.kpiTarget(),
                coverage);
    }
}
