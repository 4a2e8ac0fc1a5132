package ua.opendata.core.rules;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Passport;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.UpdateFrequency;

/**
 * The rulebook's timeliness rules: a dataset's verdict (on time, late, changed or created after the as-of
 * date, not checkable) from its evidence, its passport's dates or the register's next update date, with the
 * findings that go with it. Part of {@link RulebookEngine}; stateless beyond the configuration.
 */
final class TimelinessRules {

    private final RulebookConfig config;

    TimelinessRules(RulebookConfig config) {
        this.config = config;
    }

    /**
     * The verdict on a passport checked on its own: created after the as-of date, else judged on its own dates.
     */
    TimelinessVerdict judge(Passport passport, Emitter out) {
        TimelinessVerdict verdict = createdAfterAsOf(passport, passport.identifier(), "", out);
        if (verdict == null) {
            verdict = config.timeliness().assess(passport.updateFrequency(), evidence(passport),
                    passport.firstPublished() != null || passport.landingPage() != null, null);
            timeliness(verdict, passport.updateFrequency(), passport.identifier(), out);
        }
        return verdict;
    }

    /**
     * The timeliness verdict on a register entry: created after the as-of date, else judged on the evidence
     * (or the passport's dates), else on the register's next update date; {@code null} when nothing tells.
     */
    @Nullable TimelinessVerdict judge(RegisterEntry e, @Nullable Passport p, @Nullable UpdateEvidence ev,
                                              Emitter out) {
        boolean published = e.status() == null || e.status() == EntryStatus.PUBLISHED;
        if (published && p != null) {
            TimelinessVerdict created = createdAfterAsOf(p, e.identifier(), "passport.", out);
            if (created != null) {
                return created;
            }
        }
        if (ev != null || p != null) {
            TimelinessVerdict verdict = config.timeliness().assess(e.accrualPeriodicity(), ev, published, null);
            timeliness(verdict, e.accrualPeriodicity(), e.identifier(), out);
            return verdict;
        }
        if (e.nextUpdateDue() != null && e.status() == EntryStatus.PUBLISHED) {
            // no date of the last update: the register's own next update date (no finding of its own:
            // an overdue date is R835-NEXT-UPDATE-OVERDUE already)
            return config.timeliness().byRegisterDueDate(e.nextUpdateDue());
        }
        return null;
    }

    /**
     * With an as-of date, the verdict and finding for a dataset first published (passport element 8; from a
     * portal its {@code metadata_created}) after that day; {@code null} otherwise.
     */
    private @Nullable TimelinessVerdict createdAfterAsOf(Passport p, @Nullable String id, String prefix,
                                                         Emitter out) {
        if (p.firstPublished() == null) {
            return null;
        }
        LocalDate created = p.firstPublished().atZoneSameInstant(config.zone()).toLocalDate();
        Timeliness t = config.timeliness();
        if (!t.createdAfter(created)) {
            return null;
        }
        out.emit(StandardRule.CREATED_AFTER_AS_OF, id, prefix + "firstPublished", created.toString(),
                t.today().toString());
        return t.createdAfterAsOf(created);
    }

    /** The passport's own evidence of its last update: element 9, else element 8; {@code null} without either. */
    @Nullable UpdateEvidence evidence(Passport p) {
        if (p.lastModified() != null) {
            return new UpdateEvidence(p.lastModified().atZoneSameInstant(config.zone()).toLocalDate(),
                    UpdateEvidence.Basis.PASSPORT_LAST_MODIFIED);
        }
        if (p.firstPublished() != null) {
            return new UpdateEvidence(p.firstPublished().atZoneSameInstant(config.zone()).toLocalDate(),
                    UpdateEvidence.Basis.PASSPORT_FIRST_PUBLISHED);
        }
        return null;
    }

    private void timeliness(TimelinessVerdict v, @Nullable UpdateFrequency frequency, @Nullable String id,
                            Emitter out) {
        if (v.status() == TimelinessStatus.LATE && v.evidence() != null && frequency != null
                && frequency.value() != null) {
            out.emit(StandardRule.TIMELINESS_LATE, id, "timeliness", v.evidence().date().toString(),
                    RuleTexts.text("basis." + v.evidence().basis().name()),
                    new LocalizedText(frequency.value().labelUk(), frequency.value().labelEn()),
                    String.valueOf(v.dueDate()), String.valueOf(v.daysLate()));
        } else if (v.status() == TimelinessStatus.CHANGED_AFTER_AS_OF && v.evidence() != null) {
            out.emit(StandardRule.TIMELINESS_AFTER_AS_OF, id, "timeliness", v.evidence().date().toString(),
                    RuleTexts.text("basis." + v.evidence().basis().name()), config.timeliness().today().toString());
        } else if (v.status() == TimelinessStatus.NOT_CHECKABLE && v.reason() != null
                && (frequency == null || frequency.isKnown())) {
            // An unknown or missing frequency has its own finding; do not report it twice.
            out.emit(StandardRule.TIMELINESS_UNCHECKABLE, id, "timeliness", null, v.reason());
        }
    }
}
