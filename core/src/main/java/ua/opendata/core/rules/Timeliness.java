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
 * {@link Clock}. Days since the update are calendar days from the last update to the reference
 * date; a dataset is late when that is <em>greater</em> than its frequency's window (equal is on
 * time). "Immediately after making changes" has no calendar window: given a known change date, the
 * update is due within a number of working days (3 by default, the Ministry's recommendation),
 * skipping weekends and the configured public holidays. Immutable and thread-safe.
 */
public final class Timeliness {

    private final Clock clock;
    private final ZoneId zone;
    private final Map<Frequency, Integer> windows;
    private final int eventWorkingDays;
    private final Set<LocalDate> holidays;

    private Timeliness(Builder b) {
        this.clock = b.clock;
        this.zone = b.zone;
        this.windows = Map.copyOf(b.windows);
        this.eventWorkingDays = b.eventWorkingDays;
        this.holidays = Set.copyOf(b.holidays);
    }

    /** Defaults: the system clock, Europe/Kyiv, the windows of §3, 3 working days, no holidays. */
    public static Timeliness defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The reference date: today in the configured zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The zone in which dates are taken. */
    public ZoneId zone() {
        return zone;
    }

    /** The window in days for a frequency; empty for event-driven and no-longer-updated datasets. */
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
     */
    public TimelinessVerdict assess(@Nullable UpdateFrequency frequency, @Nullable UpdateEvidence lastUpdate,
                                    boolean published, @Nullable LocalDate knownChange) {
        if (!published) {
            return new TimelinessVerdict(TimelinessStatus.NEVER_PUBLISHED, lastUpdate, null, -1, 0, null);
        }
        if (frequency == null || !frequency.isKnown()) {
            return notCheckable(lastUpdate, frequency == null
                    ? new LocalizedText("періодичність оновлення не зазначено", "no update frequency is declared")
                    : new LocalizedText("періодичність «" + frequency.raw() + "» не розпізнано",
                    "the update frequency \"" + frequency.raw() + "\" is not recognised"));
        }
        Frequency f = Objects.requireNonNull(frequency.value());
        if (f == Frequency.NO_LONGER_UPDATED) {
            return new TimelinessVerdict(TimelinessStatus.NO_LONGER_UPDATED, lastUpdate, null, -1, 0, null);
        }
        LocalDate today = today();
        if (f == Frequency.IMMEDIATELY_AFTER_CHANGES) {
            if (knownChange == null) {
                return notCheckable(lastUpdate, new LocalizedText(
                        "оновлення після зміни даних: дата зміни даних невідома",
                        "updated after changes: the date the data changed is not known"));
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
            return notCheckable(null, new LocalizedText("дата останнього оновлення невідома",
                    "the date of the last update is not known"));
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
                nextUpdateDue, -1, late, new LocalizedText("за датою наступного оновлення в реєстрі",
                "by the next update date in the register"));
    }

    /** The date {@code days} working days after {@code start} (weekends and holidays skipped). */
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

    /** Whether the date is a working day: not a Saturday, Sunday or configured holiday. */
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
        private ZoneId zone = RulebookConfig.KYIV;
        private final Map<Frequency, Integer> windows = new EnumMap<>(Frequency.class);
        private int eventWorkingDays = 3;
        private final Set<LocalDate> holidays = new TreeSet<>();

        private Builder() {
            for (Frequency f : Frequency.values()) {
                f.defaultWindowDays().ifPresent(days -> windows.put(f, days));
            }
        }

        /** The clock; inject a fixed clock in tests. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The zone in which dates are taken; default Europe/Kyiv. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Changes the window of a calendar frequency, in days (at least 1). */
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

        /** Working days allowed after a change for event-driven datasets; default 3. */
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
         */
        public Builder holidays(Collection<LocalDate> dates) {
            holidays.clear();
            holidays.addAll(dates);
            return this;
        }

        /** The timeliness judge. */
        public Timeliness build() {
            return new Timeliness(this);
        }
    }
}
