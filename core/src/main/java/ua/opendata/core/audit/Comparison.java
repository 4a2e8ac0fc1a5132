package ua.opendata.core.audit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.UpdateFrequency;

/** Compares a register with what the portal shows, field by field. Not for public use. */
final class Comparison {

    private Comparison() {
    }

    /**
     * A portal dataset as the comparison sees it.
     *
     * @param identifier the audit identifier
     * @param name       the dataset name
     * @param passport   the passport read from it
     * @param matched    the register entry matched with it; {@code null} when none
     * @param matchedBy  how; {@code null} when not matched
     */
    public record Portal(String identifier, String name, Passport passport, @Nullable RegisterEntry matched,
                         AuditDifference.@Nullable MatchedBy matchedBy) {
    }

    /** The differences: MISSING (register order), DIFFERENT (register order), EXTRA (portal order). */
    public static List<AuditDifference> compare(Register register, List<Portal> portal) {
        Map<RegisterEntry, Portal> byEntry = new IdentityHashMap<>();
        for (Portal p : portal) {
            if (p.matched() != null) {
                byEntry.put(p.matched(), p);
            }
        }
        List<AuditDifference> missing = new ArrayList<>();
        List<AuditDifference> different = new ArrayList<>();
        for (RegisterEntry e : register.entries()) {
            Portal p = byEntry.get(e);
            if (p == null) {
                if (e.status() == null || e.status() == EntryStatus.PUBLISHED) {
                    missing.add(new AuditDifference(AuditDifference.Kind.MISSING, e.identifier(), null, null, null,
                            e.title(), null));
                }
                continue;
            }
            fields(e, p, different);
        }
        List<AuditDifference> out = new ArrayList<>(missing);
        out.addAll(different);
        for (Portal p : portal) {
            if (p.matched() == null) {
                out.add(new AuditDifference(AuditDifference.Kind.EXTRA, p.identifier(), p.name(), null, null, null,
                        p.passport().title()));
            }
        }
        return out;
    }

    private static void fields(RegisterEntry e, Portal p, List<AuditDifference> out) {
        Passport q = p.passport();
        text(e, p, "title", e.title(), q.title(), out);
        text(e, p, "description", e.description(), q.description(), out);
        text(e, p, "purpose", e.purpose(), q.purpose(), out);
        UpdateFrequency rf = e.accrualPeriodicity();
        UpdateFrequency pf = q.updateFrequency();
        if (!Objects.equals(frequencyKey(rf), frequencyKey(pf))) {
            out.add(diff(e, p, "accrualPeriodicity", rf == null ? null : rf.raw(), pf == null ? null : pf.raw()));
        }
        set(e, p, "keywords", e.keywords(), q.keywords(), Comparison::lower, s -> s, out);
        set(e, p, "distributionFormats", e.distributionFormats(), q.formats(), Comparison::formatKey,
                DataFormat::label, out);
        ResponsiblePerson rp = e.contactPoint();
        ResponsiblePerson pp = q.responsiblePerson();
        text(e, p, "contactPoint.fullName", rp.fullName(), pp == null ? null : pp.fullName(), out);
        String re = rp.email();
        String pe = pp == null ? null : pp.email();
        if (!Objects.equals(lower(re), lower(pe))) {
            out.add(diff(e, p, "contactPoint.email", re, pe));
        }
    }

    private static void text(RegisterEntry e, Portal p, String field, @Nullable String reg, @Nullable String portal,
                             List<AuditDifference> out) {
        if (!Objects.equals(norm(reg), norm(portal))) {
            out.add(diff(e, p, field, reg, portal));
        }
    }

    private static <T> void set(RegisterEntry e, Portal p, String field, List<T> reg, List<T> portal,
                                Function<T, String> key, Function<T, String> show, List<AuditDifference> out) {
        Set<String> a = keys(reg, key);
        Set<String> b = keys(portal, key);
        if (!a.equals(b)) {
            out.add(diff(e, p, field, join(reg, show), join(portal, show)));
        }
    }

    private static <T> Set<String> keys(List<T> values, Function<T, String> key) {
        Set<String> out = new LinkedHashSet<>();
        for (T v : values) {
            String k = key.apply(v);
            if (k != null && !k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    private static <T> @Nullable String join(List<T> values, Function<T, String> show) {
        return values.isEmpty() ? null : String.join(", ", values.stream().map(show).toList());
    }

    private static AuditDifference diff(RegisterEntry e, Portal p, String field, @Nullable String reg,
                                        @Nullable String portal) {
        return new AuditDifference(AuditDifference.Kind.DIFFERENT, e.identifier(), p.name(), p.matchedBy(), field,
                reg, portal);
    }

    /** Whitespace collapsed, NFC, stripped; {@code null} for blank. */
    static @Nullable String norm(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        return n.isEmpty() ? null : n;
    }

    private static @Nullable String lower(@Nullable String s) {
        String n = norm(s);
        return n == null ? null : n.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String frequencyKey(@Nullable UpdateFrequency f) {
        if (f == null) {
            return null;
        }
        return f.value() != null ? f.value().name() : lower(f.raw());
    }

    private static String formatKey(DataFormat f) {
        return f.value() != null ? f.value().name() : f.label().toLowerCase(Locale.ROOT);
    }
}
