package ua.opendata.core.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.annex.AnnexMapping;

/**
 * How the rulebook is applied: which rules are on and how severe, the clock and zone, which annex
 * sections bind the publisher, who is designated as responsible, and which datasets are text
 * documents (reports) that may legitimately be PDF or DOCX. Immutable; build with {@link #builder()}.
 */
public final class RulebookConfig {

    /** The portal's and the publishers' zone. */
    public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private final Clock clock;
    private final @Nullable LocalDate asOf;
    private final ZoneId zone;
    private final Set<String> disabled;
    private final Map<String, Severity> severities;
    private final AnnexCatalogue annex;
    private final Set<String> annexSections;
    private final AnnexMapping annexMapping;
    private final List<ResponsiblePerson> designatedPersons;
    private final Set<String> textDatasets;
    private final double kpiTarget;
    private final Timeliness timeliness;

    private RulebookConfig(Builder b) {
        this.clock = b.clock;
        this.asOf = b.asOf;
        this.zone = b.zone;
        this.disabled = Collections.unmodifiableSet(new LinkedHashSet<>(b.disabled));
        this.severities = Map.copyOf(b.severities);
        this.annex = b.annex != null ? b.annex : b.asOf == null ? AnnexCatalogue.bundled() : annexOn(b.asOf);
        this.annexSections = Collections.unmodifiableSet(new LinkedHashSet<>(b.annexSections));
        this.annexMapping = b.annexMapping;
        this.designatedPersons = List.copyOf(b.designatedPersons);
        this.textDatasets = Collections.unmodifiableSet(new LinkedHashSet<>(b.textDatasets));
        this.kpiTarget = b.kpiTarget;
        if (b.asOf != null) {
            b.timeliness.asOf(b.asOf);
        }
        this.timeliness = b.timeliness.clock(b.clock).zone(b.zone).build();
        for (String section : annexSections) {
            if (annex.section(section).isEmpty()) {
                throw new IllegalArgumentException("Unknown annex section '" + section + "'; known: "
                        + annex.sections().stream().map(s -> s.code()).toList());
            }
        }
    }

    /** The defaults: every rule on at its own severity, the system clock, Europe/Kyiv, the bundled
     *  annex with the sections of a city council or city military administration, the update windows
     *  of the reference's §3, KPI target 85 %.
     *
     * @return the default configuration
     */
    public static RulebookConfig defaults() {
        return builder().build();
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the clock that tells today's date} */
    public Clock clock() {
        return clock;
    }

    /** {@return the zone in which dates are compared} */
    public ZoneId zone() {
        return zone;
    }

    /**
     * {@return the day the state is judged on: timeliness, due dates, days overdue and the annex version
     * in force; empty when it is judged as of today (by the clock)}
     */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /**
     * The bundled annex transcription in force on {@code date}; the oldest bundled one for a date before
     * any of them applies (the bundle has no older text).
     *
     * @param date the as-of date
     * @return the annex catalogue to apply
     */
    public static AnnexCatalogue annexOn(LocalDate date) {
        return AnnexCatalogue.bundledOn(date).orElse(AnnexCatalogue.bundledVersions().get(0));
    }

    /**
     * {@return whether the rule is switched on}
     *
     * @param ruleId the rule id
     */
    public boolean enabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    /**
     * {@return the severity in force for the rule}
     *
     * @param rule the rule
     */
    public Severity severity(Rule rule) {
        return severities.getOrDefault(rule.id(), rule.severity());
    }

    /** {@return the annex catalogue} */
    public AnnexCatalogue annex() {
        return annex;
    }

    /** {@return the reviewer's mapping of register entries to annex positions; empty by default} */
    public AnnexMapping annexMapping() {
        return annexMapping;
    }

    /** {@return the codes of the annex sections that bind the publisher} */
    public Set<String> annexSections() {
        return annexSections;
    }

    /** {@return the persons designated by order as responsible; empty when not known (then not checked)} */
    public List<ResponsiblePerson> designatedPersons() {
        return designatedPersons;
    }

    /** {@return the dataset identifiers and annex references ({@code section:position}) of text datasets} */
    public Set<String> textDatasets() {
        return textDatasets;
    }

    /** {@return the KPI target: the share of datasets that must pass, 0 to 1} */
    public double kpiTarget() {
        return kpiTarget;
    }

    /** {@return how timeliness is judged: windows, working days and holidays, with this clock and zone} */
    public Timeliness timeliness() {
        return timeliness;
    }

    /** Builds a {@link RulebookConfig}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private @Nullable LocalDate asOf;
        private ZoneId zone = KYIV;
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private @Nullable AnnexCatalogue annex;
        private final Set<String> annexSections = new LinkedHashSet<>(
                List.of(AnnexCatalogue.ALL_HOLDERS, AnnexCatalogue.LOCAL_SELF_GOVERNMENT));
        private AnnexMapping annexMapping = AnnexMapping.empty();
        private final List<ResponsiblePerson> designatedPersons = new ArrayList<>();
        private final Set<String> textDatasets = new LinkedHashSet<>(List.of("all-holders:5"));
        private double kpiTarget = 0.85;
        private final Timeliness.Builder timeliness = Timeliness.builder();

        private Builder() {
        }

        /**
         * Changes the on-time window of a calendar frequency, in days.
         *
         * @param frequency the calendar frequency
         * @param days      the window in days
         * @return this builder
         */
        public Builder window(Frequency frequency, int days) {
            timeliness.window(frequency, days);
            return this;
        }

        /**
         * Working days allowed after a change for event-driven datasets; default 3.
         *
         * @param days the working days
         * @return this builder
         */
        public Builder eventWorkingDays(int days) {
            timeliness.eventWorkingDays(days);
            return this;
        }

        /**
         * Public holidays that are not working days (none by default, see {@link Timeliness.Builder#holidays}).
         *
         * @param dates the holidays
         * @return this builder
         */
        public Builder holidays(java.util.Collection<java.time.LocalDate> dates) {
            timeliness.holidays(dates);
            return this;
        }

        /**
         * The clock (inject a fixed clock in tests).
         *
         * @param clock the clock that tells today's date
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Judges the state as of a past day (e.g. {@code 2025-12-31} for the yearly audit of last year)
         * instead of today. Everything that says "today" then says that day: timeliness, days since the
         * update, due dates, days late and overdue ({@code R835-NEXT-UPDATE-OVERDUE}), and, unless
         * {@link #annex(AnnexCatalogue)} names one, the annex version in force on that day
         * ({@link #annexOn(LocalDate)}). A dataset whose only evidence of an update is dated after the
         * day gets {@link TimelinessStatus#CHANGED_AFTER_AS_OF} (finding {@code R835-TIMELINESS-AFTER-AS-OF}),
         * one created after it (passport element 8, the portal's {@code metadata_created})
         * {@link TimelinessStatus#CREATED_AFTER_AS_OF} ({@code R835-CREATED-AFTER-AS-OF}); neither counts
         * as passing in the KPI. The {@linkplain #clock(Clock) clock} still tells "now" (the report's
         * generation time).
         *
         * @param date the as-of date, in the configured zone; not after today by the clock
         * @return this builder
         */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * The zone in which dates are compared; default Europe/Kyiv.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Switches a rule off.
         *
         * @param ruleId the id of a known rule
         * @return this builder
         */
        public Builder disable(String ruleId) {
            disabled.add(known(ruleId));
            return this;
        }

        /**
         * Changes a rule's severity.
         *
         * @param ruleId   the id of a known rule
         * @param severity the severity in force for it
         * @return this builder
         */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(known(ruleId), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * The annex catalogue; default the bundled one.
         *
         * @param annex the annex catalogue
         * @return this builder
         */
        public Builder annex(AnnexCatalogue annex) {
            this.annex = Objects.requireNonNull(annex, "annex");
            return this;
        }

        /**
         * The annex sections that bind the publisher, replacing the default two.
         *
         * @param sectionCodes the section codes
         * @return this builder
         */
        public Builder annexSections(Set<String> sectionCodes) {
            annexSections.clear();
            annexSections.addAll(sectionCodes);
            return this;
        }

        /**
         * A reviewer's mapping of register entries to annex positions: it wins over title matching,
         * an entry's own annexDataset column wins over it.
         *
         * @param mapping the reviewer's mapping
         * @return this builder
         */
        public Builder annexMapping(AnnexMapping mapping) {
            this.annexMapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /**
         * The persons designated by order as responsible for open data.
         *
         * @param persons the designated persons
         * @return this builder
         */
        public Builder designatedPersons(List<ResponsiblePerson> persons) {
            designatedPersons.clear();
            designatedPersons.addAll(persons);
            return this;
        }

        /**
         * Datasets that are text documents (reports), for which PDF or DOCX is acceptable, by
         * dataset identifier or annex reference; replaces the default ({@code all-holders:5}, reports).
         *
         * @param identifiersOrAnnexRefs dataset identifiers and annex references ({@code section:position})
         * @return this builder
         */
        public Builder textDatasets(Set<String> identifiersOrAnnexRefs) {
            textDatasets.clear();
            textDatasets.addAll(identifiersOrAnnexRefs);
            return this;
        }

        /**
         * The KPI target, between 0 and 1; default 0.85.
         *
         * @param target the share of datasets that must pass
         * @return this builder
         * @throws IllegalArgumentException when the target is not between 0 and 1
         */
        public Builder kpiTarget(double target) {
            if (!(target >= 0 && target <= 1)) {
                throw new IllegalArgumentException("The KPI target must be between 0 and 1, got " + target);
            }
            this.kpiTarget = target;
            return this;
        }

        /**
         * {@return the configuration}
         *
         * @throws IllegalArgumentException when a value is out of range, e.g. an as-of date after today
         */
        public RulebookConfig build() {
            return new RulebookConfig(this);
        }

        private static String known(String ruleId) {
            if (!RuleCatalogue.standard().contains(ruleId)) {
                throw new IllegalArgumentException("Unknown rule id '" + ruleId + "'; see RuleCatalogue.standard()");
            }
            return ruleId;
        }
    }
}
