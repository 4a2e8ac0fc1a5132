package ua.opendata.core.rules;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.UpdateFrequency;

/**
 * Decides whether a dataset is updated on time (resolution-835 reference, §3).
 *
 * <p>The reference date is today in the configured zone (Europe/Kyiv by default), from an injected
 * {@link Clock}, or the {@linkplain Builder#asOf(LocalDate) as-of date} when one is set (an audit of
 * the state on a past day, such as the last day of last year). With an as-of date, a dataset whose
 * evidence of an update is dated <em>after</em> that day cannot show its state on that day: it gets
 * {@link TimelinessStatus#CHANGED_AFTER_AS_OF} instead of a verdict counted on the later update.
 * Days since the update are calendar days from the last update to the reference
 * date; a dataset is late when that is <em>greater</em> than its frequency's window (equal is on
 * time). "Immediately after making changes" has no calendar window: given a known change date, the
 * update is due within a number of working days (3 by default, the Ministry's recommendation),
 * skipping weekends and the configured public holidays. Immutable and thread-safe.
 */
public final class Timeliness {

    private final Clock clock;
    private final @Nullable LocalDate asOf;
    private final ZoneId zone;
    private final Map<Frequency, Integer> windows;
    private final int eventWorkingDays;
    private final Set<LocalDate> holidays;

    private Timeliness(Builder b) {
        this.clock = b.clock;
        this.asOf = b.asOf;
        this.zone = b.zone;
        this.windows = Map.copyOf(b.windows);
        this.eventWorkingDays = b.eventWorkingDays;
        this.holidays = Set.copyOf(b.holidays);
    }

    /** {@return Defaults: the system clock, Europe/Kyiv, the windows of §3, 3 working days, no holidays} */
    public static Timeliness defaults() {
        return builder().build();
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the reference date: the as-of date when one is set, else today in the configured zone}
     */
    public LocalDate today() {
        return asOf != null ? asOf : LocalDate.now(clock.withZone(zone));
    }

    /** {@return the as-of date the state is judged on; empty when it is judged as of today} */
    public java.util.Optional<LocalDate> asOf() {
        return java.util.Optional.ofNullable(asOf);
    }

    /** {@return the zone in which dates are taken} */
    public ZoneId zone() {
        return zone;
    }

    /**
     * {@return the window in days for a frequency; empty for event-driven and no-longer-updated datasets}
     *
     * @param frequency the calendar frequency
     */
    public java.util.Optional<Integer> window(Frequency frequency) {
        return java.util.Optional.ofNullable(windows.get(frequency));
    }

    /**
     * Judges one dataset.
     *
     * @param frequency  the declared update frequency; {@code null} when not declared
     * @param lastUpdate when the data was last updated; {@code null} when no date is known
     * @param published  whether the dataset has been published at all
     * @param knownChange for event-driven datasets, the date the underlying data last changed;
     *                    {@code null} when unknown
     * @return the verdict, with its evidence, due date and days late
     */
    public TimelinessVerdict assess(@Nullable UpdateFrequency frequency, @Nullable UpdateEvidence lastUpdate,
                                    boolean published, @Nullable LocalDate knownChange) {
        if (!published) {
            return new TimelinessVerdict(TimelinessStatus.NEVER_PUBLISHED, lastUpdate, null, -1, 0, null);
        }
        if (frequency == null || !frequency.isKnown()) {
            return notCheckable(lastUpdate, frequency == null
                    ? RuleTexts.text("timeliness.noFrequency")
                    : RuleTexts.text("timeliness.unknownFrequency", frequency.raw()));
        }
        Frequency f = Objects.requireNonNull(frequency.value());
        if (f == Frequency.NO_LONGER_UPDATED) {
            return new TimelinessVerdict(TimelinessStatus.NO_LONGER_UPDATED, lastUpdate, null, -1, 0, null);
        }
        if (asOf != null && lastUpdate != null && lastUpdate.date().isAfter(asOf)) {
            // the only evidence is of a later state: what the data looked like on the day is not known
            return new TimelinessVerdict(TimelinessStatus.CHANGED_AFTER_AS_OF, lastUpdate, null, -1, 0,
                    RuleTexts.text("timeliness.changedAfterAsOf", lastUpdate.date().toString(), asOf.toString()));
        }
        LocalDate today = today();
        if (f == Frequency.IMMEDIATELY_AFTER_CHANGES) {
            if (knownChange == null) {
                return notCheckable(lastUpdate, RuleTexts.text("timeliness.changeDateUnknown"));
            }
            LocalDate due = addWorkingDays(knownChange, eventWorkingDays);
            long since = lastUpdate == null ? -1 : ChronoUnit.DAYS.between(lastUpdate.date(), today);
            boolean updatedAfterChange = lastUpdate != null && !lastUpdate.date().isBefore(knownChange);
            LocalDate judged = updatedAfterChange ? lastUpdate.date() : today;
            long late = Math.max(0, ChronoUnit.DAYS.between(due, judged));
            return new TimelinessVerdict(late > 0 ? TimelinessStatus.LATE : TimelinessStatus.ON_TIME, lastUpdate,
                    due, since, late, null);
        }
        if (lastUpdate == null) {
            return notCheckable(null, RuleTexts.text("timeliness.lastUpdateUnknown"));
        }
        int window = windows.get(f);
        long since = ChronoUnit.DAYS.between(lastUpdate.date(), today);
        LocalDate due = lastUpdate.date().plusDays(window);
        long late = Math.max(0, since - window);
        return new TimelinessVerdict(late > 0 ? TimelinessStatus.LATE : TimelinessStatus.ON_TIME, lastUpdate, due,
                since, late, null);
    }

    /**
     * Judges a published register entry by the next update date the register records, for when
     * nothing tells when its data was last updated (no passport, no portal dates): late by the days
     * since that date once it has passed, on time until then. The verdict has no evidence.
     *
     * @param nextUpdateDue the date of the next update recorded in the register
     * @return the verdict, with {@code nextUpdateDue} as its due date
     */
    public TimelinessVerdict byRegisterDueDate(LocalDate nextUpdateDue) {
        long late = Math.max(0, ChronoUnit.DAYS.between(nextUpdateDue, today()));
        return new TimelinessVerdict(late > 0 ? TimelinessStatus.LATE : TimelinessStatus.ON_TIME, null,
                nextUpdateDue, -1, late, RuleTexts.text("timeliness.byRegisterDueDate"));
    }

    /**
     * The verdict on a dataset created after the as-of date: it did not exist on that day, so it was
     * not published then whatever it is now.
     *
     * @param created the day the dataset was created (passport element 8, the portal's
     *                {@code metadata_created})
     * @return the verdict, with no evidence and no due date
     * @throws IllegalStateException when no as-of date is set, or {@code created} is not after it
     */
    public TimelinessVerdict createdAfterAsOf(LocalDate created) {
        if (asOf == null || !created.isAfter(asOf)) {
            throw new IllegalStateException("createdAfterAsOf(" + created + ") needs an as-of date before it, got "
                    + asOf + "; check createdAfter(created) first");
        }
        return new TimelinessVerdict(TimelinessStatus.CREATED_AFTER_AS_OF, null, null, -1, 0,
                RuleTexts.text("timeliness.createdAfterAsOf", created.toString(), asOf.toString()));
    }

    /**
     * {@return whether a dataset created on {@code created} did not yet exist on the as-of date; {@code false}
     * without an as-of date}
     *
     * @param created the day the dataset was created
     */
    public boolean createdAfter(LocalDate created) {
        return asOf != null && created.isAfter(asOf);
    }

    /**
     * {@return the date {@code days} working days after {@code start} (weekends and holidays skipped)}
     *
     * @param start the day counted from
     * @param days  the number of working days
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate d = start;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * {@return whether the date is a working day: not a Saturday, Sunday or configured holiday}
     *
     * @param date the date
     */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek w = date.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    private static TimelinessVerdict notCheckable(@Nullable UpdateEvidence evidence, LocalizedText reason) {
        return new TimelinessVerdict(TimelinessStatus.NOT_CHECKABLE, evidence, null, -1, 0, reason);
    }

    /** Builds a {@link Timeliness}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private @Nullable LocalDate asOf;
        private ZoneId zone = RulebookConfig.KYIV;
        private final Map<Frequency, Integer> windows = new EnumMap<>(Frequency.class);
        private int eventWorkingDays = 3;
        private final Set<LocalDate> holidays = new TreeSet<>();

        private Builder() {
            for (Frequency f : Frequency.values()) {
                f.defaultWindowDays().ifPresent(days -> windows.put(f, days));
            }
        }

        /**
         * The clock; inject a fixed clock in tests.
         *
         * @param clock the clock that tells today's date
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Judges the state as of a past day instead of today: days since an update, due dates and days
         * late are counted to that day, and evidence dated after it gives
         * {@link TimelinessStatus#CHANGED_AFTER_AS_OF}. The clock still tells "now"; a date after today
         * by the clock is refused by {@link #build()}.
         *
         * @param date the as-of date, in the configured zone
         * @return this builder
         */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * The zone in which dates are taken; default Europe/Kyiv.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Changes the window of a calendar frequency, in days (at least 1).
         *
         * @param frequency the calendar frequency
         * @param days      the window in days
         * @return this builder
         */
        public Builder window(Frequency frequency, int days) {
            if (frequency.defaultWindowDays().isEmpty()) {
                throw new IllegalArgumentException(frequency + " has no calendar window; use eventWorkingDays");
            }
            if (days < 1) {
                throw new IllegalArgumentException("A window must be at least 1 day, got " + days);
            }
            windows.put(frequency, days);
            return this;
        }

        /**
         * Working days allowed after a change for event-driven datasets; default 3.
         *
         * @param days the working days
         * @return this builder
         */
        public Builder eventWorkingDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("Working days cannot be negative, got " + days);
            }
            this.eventWorkingDays = days;
            return this;
        }

        /**
         * Public holidays that are not working days. None by default: under martial law (Law No.
         * 2136-IX) public holidays in Ukraine are working days; supply them when that changes.
         *
         * @param dates the holidays
         * @return this builder
         */
        public Builder holidays(Collection<LocalDate> dates) {
            holidays.clear();
            holidays.addAll(dates);
            return this;
        }

        /**
         * {@return the timeliness judge}
         *
         * @throws IllegalArgumentException when the as-of date is after today by the clock
         */
        public Timeliness build() {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            if (asOf != null && asOf.isAfter(today)) {
                throw new IllegalArgumentException(RuleTexts.text("timeliness.asOfFuture", asOf.toString(),
                        today.toString()).en());
            }
            return new Timeliness(this);
        }
    }
}
