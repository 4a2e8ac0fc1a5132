package ua.opendata.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.UpdateFrequency;
import ua.opendata.passport.annex.AnnexCatalogue;

/**
 * Judging the state as of a past day ({@code RulebookConfig.Builder.asOf}): timeliness, due dates, days
 * overdue and the KPI counted to that day, evidence after it flagged, the annex in force on it.
 */
class AsOfTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    private static Timeliness asOf(String date) {
        return Timeliness.builder().clock(NOW).asOf(LocalDate.parse(date)).build();
    }

    private static UpdateEvidence on(String date) {
        return new UpdateEvidence(LocalDate.parse(date), UpdateEvidence.Basis.PASSPORT_LAST_MODIFIED);
    }

    private static final UpdateFrequency QUARTERLY = UpdateFrequency.of(Frequency.ONCE_A_QUARTER);

    // ---------------------------------------------------------------- Timeliness

    @Test
    void theReferenceDateIsTheAsOfDateNotToday() {
        Timeliness t = asOf("2025-12-31");
        assertThat(t.today()).isEqualTo(LocalDate.parse("2025-12-31"));
        assertThat(t.asOf()).contains(LocalDate.parse("2025-12-31"));
        assertThat(Timeliness.builder().clock(NOW).build().asOf()).isEmpty();
        assertThat(Timeliness.builder().clock(NOW).build().today()).isEqualTo(LocalDate.parse("2026-11-26"));
    }

    @Test
    void onTimeAsOfThenThoughLateNow() {
        TimelinessVerdict then = asOf("2026-04-15").assess(QUARTERLY, on("2026-03-01"), true, null);
        assertThat(then.status()).isEqualTo(TimelinessStatus.ON_TIME);
        assertThat(then.daysSinceUpdate()).isEqualTo(45);
        assertThat(then.dueDate()).isEqualTo(LocalDate.parse("2026-05-31"));
        TimelinessVerdict now = Timeliness.builder().clock(NOW).build().assess(QUARTERLY, on("2026-03-01"), true,
                null);
        assertThat(now.status()).isEqualTo(TimelinessStatus.LATE);
        assertThat(now.daysLate()).isEqualTo(179);
    }

    @Test
    void lateAsOfThenByTheDaysToThatDay() {
        TimelinessVerdict v = asOf("2026-06-30").assess(QUARTERLY, on("2026-03-01"), true, null);
        assertThat(v.status()).isEqualTo(TimelinessStatus.LATE);
        assertThat(v.daysSinceUpdate()).isEqualTo(121);
        assertThat(v.daysLate()).isEqualTo(30);
        assertThat(v.dueDate()).isEqualTo(LocalDate.parse("2026-05-31"));
    }

    @Test
    void anUpdateOnTheAsOfDateCountsAndOneAfterItIsFlagged() {
        assertThat(asOf("2025-12-31").assess(QUARTERLY, on("2025-12-31"), true, null).status())
                .isEqualTo(TimelinessStatus.ON_TIME);
        TimelinessVerdict v = asOf("2025-12-31").assess(QUARTERLY, on("2026-01-01"), true, null);
        assertThat(v.status()).isEqualTo(TimelinessStatus.CHANGED_AFTER_AS_OF);
        assertThat(v.evidence()).isEqualTo(on("2026-01-01"));
        assertThat(v.dueDate()).isNull();
        assertThat(v.daysLate()).isZero();
        assertThat(v.reason()).isNotNull();
        assertThat(v.reason().uk()).contains("2026-01-01").contains("2025-12-31").contains("невідомий");
        assertThat(v.reason().en()).contains("2026-01-01").contains("2025-12-31").contains("not known");
        assertThat(v.status().label().uk()).isEqualTo("змінено після дати оцінки");
        assertThat(v.status().label().en()).isEqualTo("changed after the as-of date");
    }

    @Test
    void withoutAnAsOfDateALaterDateIsNoSuchVerdict() {
        TimelinessVerdict v = Timeliness.builder().clock(NOW).build().assess(QUARTERLY, on("2026-11-01"), true, null);
        assertThat(v.status()).isEqualTo(TimelinessStatus.ON_TIME);
    }

    @Test
    void theRegisterDueDateIsCountedToTheAsOfDate() {
        TimelinessVerdict v = asOf("2026-06-30").byRegisterDueDate(LocalDate.parse("2026-05-31"));
        assertThat(v.status()).isEqualTo(TimelinessStatus.LATE);
        assertThat(v.daysLate()).isEqualTo(30);
        assertThat(asOf("2026-05-31").byRegisterDueDate(LocalDate.parse("2026-05-31")).status())
                .isEqualTo(TimelinessStatus.ON_TIME);
    }

    @Test
    void createdAfterTheAsOfDate() {
        Timeliness t = asOf("2025-12-31");
        assertThat(t.createdAfter(LocalDate.parse("2025-12-31"))).isFalse();
        assertThat(t.createdAfter(LocalDate.parse("2026-01-02"))).isTrue();
        assertThat(Timeliness.builder().clock(NOW).build().createdAfter(LocalDate.parse("2026-11-26"))).isFalse();
        TimelinessVerdict v = t.createdAfterAsOf(LocalDate.parse("2026-01-02"));
        assertThat(v.status()).isEqualTo(TimelinessStatus.CREATED_AFTER_AS_OF);
        assertThat(v.reason().en()).contains("created on 2026-01-02").contains("2025-12-31");
        assertThatThrownBy(() -> t.createdAfterAsOf(LocalDate.parse("2025-06-01")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAsOfDateInTheFutureIsRefused() {
        assertThatThrownBy(() -> asOf("2026-11-27")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-11-27").hasMessageContaining("2026-11-26");
        assertThat(asOf("2026-11-26").today()).isEqualTo(LocalDate.parse("2026-11-26"));
        assertThatThrownBy(() -> RulebookConfig.builder().clock(NOW).asOf(LocalDate.parse("2027-01-01")).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- the annex in force

    @Test
    void theAnnexInForceOnTheAsOfDateIsApplied() {
        assertThat(RulebookConfig.builder().clock(NOW).build().annex().version().id()).isEqualTo("2025-07");
        assertThat(config("2025-06-17").annex().version().id()).isEqualTo("2024-10");
        assertThat(config("2025-06-18").annex().version().id()).isEqualTo("2025-07");
        assertThat(config("2024-12-31").annex().version().id()).isEqualTo("2024-10");
        // before any bundled transcription applies: the oldest one
        assertThat(config("2023-01-01").annex().version().id()).isEqualTo("2024-10");
        // an annex given explicitly wins
        assertThat(RulebookConfig.builder().clock(NOW).asOf(LocalDate.parse("2024-12-31"))
                .annex(AnnexCatalogue.bundled("2025-07")).build().annex().version().id()).isEqualTo("2025-07");
        assertThat(config("2024-12-31").asOf()).contains(LocalDate.parse("2024-12-31"));
        assertThat(RulebookConfig.builder().clock(NOW).build().asOf()).isEmpty();
    }

    private static RulebookConfig config(String asOf) {
        return RulebookConfig.builder().clock(NOW).asOf(LocalDate.parse(asOf)).build();
    }

    // ---------------------------------------------------------------- the rulebook

    @Test
    void theRulebookJudgesTimelinessAndOverdueAsOfThen() {
        Scenario s = Scenario.valid().passport(p -> p.lastModified(OffsetDateTime.parse("2026-03-01T10:00:00+02:00"))
                        .dataAsOf(null))
                .entry(e -> e.nextUpdateDue(LocalDate.parse("2026-05-31")));
        ValidationReport now = s.validate();
        assertThat(now.asOf()).isNull();
        assertThat(now.datasets().get(0).timeliness().daysLate()).isEqualTo(179);

        ValidationReport then = s.config(c -> c.asOf(LocalDate.parse("2026-06-30"))).validate();
        assertThat(then.asOf()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(then.generatedAt()).isEqualTo(Scenario.NOW);
        DatasetResult first = then.datasets().get(0);
        assertThat(first.timeliness().status()).isEqualTo(TimelinessStatus.LATE);
        assertThat(first.timeliness().daysLate()).isEqualTo(30);
        assertThat(then.findingsOf("R835-TIMELINESS-LATE")).singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("late by 30 days"));
        assertThat(then.findingsOf("R835-NEXT-UPDATE-OVERDUE")).singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("overdue by 30 days"));
        assertThat(then.referenceDate(RulebookConfig.KYIV)).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(now.referenceDate(RulebookConfig.KYIV)).isEqualTo(LocalDate.parse("2026-11-26"));
    }

    @Test
    void aChangeAfterTheAsOfDateIsFlaggedPerDatasetAndDoesNotPass() {
        // every passport of the scenario was last changed on 01.10.2026; the first one on 01.09.2026
        Scenario s = Scenario.valid().passport(p -> p.lastModified(OffsetDateTime.parse("2026-09-01T10:00:00+03:00"))
                .dataAsOf(null)).config(c -> c.asOf(LocalDate.parse("2026-09-15")));
        ValidationReport r = s.validate();
        int total = r.datasets().size();
        List<Finding> after = r.findingsOf("R835-TIMELINESS-AFTER-AS-OF");
        assertThat(after).hasSize(total - 1);
        assertThat(after).extracting(Finding::datasetId).doesNotContain(s.firstId());
        Finding f = after.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.path()).isEqualTo("timeliness");
        assertThat(f.message().uk()).contains("2026-10-01").contains("2026-09-15").contains("невідомий");
        assertThat(f.message().en()).contains("2026-10-01").contains("after the as-of date 2026-09-15");
        assertThat(r.findingsOf("R835-TIMELINESS-LATE")).isEmpty();
        // the first dataset, updated before the day, is judged; the others are not counted as passing
        assertThat(r.datasets().get(0).timeliness().status()).isEqualTo(TimelinessStatus.ON_TIME);
        assertThat(r.datasets().get(0).passed()).isTrue();
        assertThat(r.datasets().get(1).timeliness().status()).isEqualTo(TimelinessStatus.CHANGED_AFTER_AS_OF);
        assertThat(r.datasets().get(1).errors()).isZero();
        assertThat(r.datasets().get(1).passed()).isFalse();
        assertThat(r.passedCount()).isEqualTo(1);
        assertThat(r.kpi()).isEqualTo(1.0 / total);
    }

    @Test
    void aDatasetCreatedAfterTheAsOfDateDidNotExistThen() {
        Scenario s = Scenario.valid().passport(p -> p.firstPublished(OffsetDateTime.parse("2026-09-20T10:00:00+03:00")))
                .config(c -> c.asOf(LocalDate.parse("2026-09-15")));
        ValidationReport r = s.validate();
        assertThat(r.findingsOf("R835-CREATED-AFTER-AS-OF")).singleElement().satisfies(f -> {
            assertThat(f.datasetId()).isEqualTo(s.firstId());
            assertThat(f.path()).isEqualTo("passport.firstPublished");
            assertThat(f.message().uk()).contains("2026-09-20").contains("2026-09-15");
            assertThat(f.message().en()).contains("created on 2026-09-20, after the as-of date 2026-09-15");
        });
        DatasetResult first = r.datasets().get(0);
        assertThat(first.timeliness().status()).isEqualTo(TimelinessStatus.CREATED_AFTER_AS_OF);
        assertThat(first.passed()).isFalse();
        // not also "changed after": one verdict per dataset
        assertThat(r.findingsFor(s.firstId())).extracting(Finding::ruleId)
                .doesNotContain("R835-TIMELINESS-AFTER-AS-OF");
    }

    @Test
    void aPassportOnItsOwnIsJudgedAsOfThenToo() {
        Rulebook rulebook = Rulebook.create(RulebookConfig.builder().clock(NOW).asOf(LocalDate.parse("2026-09-15"))
                .build());
        ValidationReport r = rulebook.validate(Scenario.passport("p-1"));
        assertThat(r.asOf()).isEqualTo(LocalDate.parse("2026-09-15"));
        assertThat(r.datasets().get(0).timeliness().status()).isEqualTo(TimelinessStatus.CHANGED_AFTER_AS_OF);
        assertThat(r.findingsOf("R835-TIMELINESS-AFTER-AS-OF")).singleElement()
                .satisfies(f -> assertThat(f.datasetId()).isEqualTo("p-1"));
        ValidationReport created = Rulebook.create(RulebookConfig.builder().clock(NOW)
                .asOf(LocalDate.parse("2023-12-31")).build()).validate(Scenario.passport("p-2"));
        assertThat(created.findingsOf("R835-CREATED-AFTER-AS-OF")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("firstPublished"));
    }
}
