package ua.opendata.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.UpdateFrequency;

class TimelinessTest {

    private static Timeliness at(String instant) {
        return Timeliness.builder().clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).build();
    }

    private static UpdateEvidence on(String date) {
        return new UpdateEvidence(LocalDate.parse(date), UpdateEvidence.Basis.PASSPORT_LAST_MODIFIED);
    }

    @ParameterizedTest(name = "{0}: updated {1}, today {2} → {3} (late {4})")
    @CsvSource({
            // frequency,        last update, now (UTC),              status,  daysLate, due
            "ONCE_A_MONTH,       2026-01-31, 2026-03-03T10:00:00Z,   ON_TIME, 0, 2026-03-03",
            "ONCE_A_MONTH,       2026-01-31, 2026-03-04T10:00:00Z,   LATE,    1, 2026-03-03",
            "ONCE_A_DAY,         2026-12-31, 2027-01-01T12:00:00Z,   ON_TIME, 0, 2027-01-01",
            "ONCE_A_DAY,         2026-12-30, 2027-01-01T12:00:00Z,   LATE,    1, 2026-12-31",
            "ONCE_A_YEAR,        2027-02-28, 2028-02-28T12:00:00Z,   LATE,    1, 2028-02-27",
            "ONCE_A_YEAR,        2027-03-02, 2028-02-29T12:00:00Z,   ON_TIME, 0, 2028-02-29",
            "ONCE_A_WEEK,        2026-03-22, 2026-03-29T20:59:00Z,   ON_TIME, 0, 2026-03-29",
            "ONCE_A_WEEK,        2026-03-22, 2026-03-29T21:01:00Z,   LATE,    1, 2026-03-29",
            "ONCE_A_WEEK,        2026-10-18, 2026-10-25T21:59:00Z,   ON_TIME, 0, 2026-10-25",
            "ONCE_A_WEEK,        2026-10-18, 2026-10-25T22:01:00Z,   LATE,    1, 2026-10-25",
            "ONCE_A_QUARTER,     2026-01-01, 2026-04-02T12:00:00Z,   ON_TIME, 0, 2026-04-02",
            "ONCE_A_HALF_YEAR,   2026-01-01, 2026-07-03T12:00:00Z,   LATE,    1, 2026-07-02",
            "MORE_THAN_ONCE_A_DAY, 2026-11-25, 2026-11-26T08:00:00Z, ON_TIME, 0, 2026-11-26",
    })
    void calendarWindowsInKyivTime(Frequency f, String last, String now, TimelinessStatus status, long late,
                                   String due) {
        TimelinessVerdict v = at(now).assess(UpdateFrequency.of(f), on(last), true, null);
        assertThat(v.status()).isEqualTo(status);
        assertThat(v.daysLate()).isEqualTo(late);
        assertThat(v.dueDate()).isEqualTo(LocalDate.parse(due));
        assertThat(v.daysSinceUpdate()).isEqualTo(
                java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(last), at(now).today()));
    }

    @Test
    void equalToTheWindowIsOnTime() {
        TimelinessVerdict v = at("2026-02-01T10:00:00Z").assess(UpdateFrequency.of(Frequency.ONCE_A_MONTH),
                on("2026-01-01"), true, null);
        assertThat(v.daysSinceUpdate()).isEqualTo(31);
        assertThat(v.status()).isEqualTo(TimelinessStatus.ON_TIME);
    }

    @Test
    void theReferenceDateIsTakenInKyivNotUtc() {
        // 22:30 UTC on 31 Dec is already 1 Jan in Kyiv (UTC+2 in winter).
        assertThat(at("2026-12-31T22:30:00Z").today()).isEqualTo(LocalDate.parse("2027-01-01"));
        // After the spring DST change Kyiv is UTC+3.
        assertThat(at("2026-03-29T21:00:00Z").today()).isEqualTo(LocalDate.parse("2026-03-30"));
        assertThat(at("2026-03-29T20:59:59Z").today()).isEqualTo(LocalDate.parse("2026-03-29"));
    }

    @Test
    void noVerdictWithoutAFrequencyOrADate() {
        Timeliness t = at("2026-11-26T10:00:00Z");
        assertThat(t.assess(null, on("2026-11-01"), true, null).status()).isEqualTo(TimelinessStatus.NOT_CHECKABLE);
        TimelinessVerdict unknown = t.assess(UpdateFrequency.parse("unscheduled"), on("2026-11-01"), true, null);
        assertThat(unknown.status()).isEqualTo(TimelinessStatus.NOT_CHECKABLE);
        assertThat(unknown.reason().en()).contains("unscheduled");
        assertThat(unknown.reason().uk()).contains("unscheduled");
        assertThat(t.assess(UpdateFrequency.of(Frequency.ONCE_A_MONTH), null, true, null).status())
                .isEqualTo(TimelinessStatus.NOT_CHECKABLE);
        assertThat(t.assess(UpdateFrequency.of(Frequency.NO_LONGER_UPDATED), on("2010-01-01"), true, null).status())
                .isEqualTo(TimelinessStatus.NO_LONGER_UPDATED);
        assertThat(t.assess(UpdateFrequency.of(Frequency.ONCE_A_MONTH), null, false, null).status())
                .isEqualTo(TimelinessStatus.NEVER_PUBLISHED);
    }

    @Test
    void eventDrivenDatasetsHaveThreeWorkingDaysAfterAKnownChange() {
        UpdateFrequency event = UpdateFrequency.of(Frequency.IMMEDIATELY_AFTER_CHANGES);
        Timeliness t = at("2026-11-26T10:00:00Z"); // a Thursday
        // Changed on Friday 20 Nov: due Wednesday 25 Nov (Mon, Tue, Wed).
        TimelinessVerdict late = t.assess(event, on("2026-11-19"), true, LocalDate.parse("2026-11-20"));
        assertThat(late.dueDate()).isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(late.status()).isEqualTo(TimelinessStatus.LATE);
        assertThat(late.daysLate()).isEqualTo(1);
        TimelinessVerdict onTime = t.assess(event, on("2026-11-25"), true, LocalDate.parse("2026-11-20"));
        assertThat(onTime.status()).isEqualTo(TimelinessStatus.ON_TIME);
        TimelinessVerdict pending = t.assess(event, on("2026-11-01"), true, LocalDate.parse("2026-11-24"));
        assertThat(pending.status()).isEqualTo(TimelinessStatus.ON_TIME);
        assertThat(pending.dueDate()).isEqualTo(LocalDate.parse("2026-11-27"));
        assertThat(t.assess(event, on("2026-11-01"), true, null).status()).isEqualTo(TimelinessStatus.NOT_CHECKABLE);
    }

    @Test
    void holidaysAreConfigurableData() {
        Timeliness t = Timeliness.builder()
                .clock(Clock.fixed(Instant.parse("2027-01-05T10:00:00Z"), ZoneOffset.UTC))
                .holidays(List.of(LocalDate.parse("2027-01-01")))
                .build();
        // Changed Thursday 31 Dec 2026; 1 Jan is a holiday, 2–3 Jan a weekend: due Wednesday 6 Jan.
        assertThat(t.addWorkingDays(LocalDate.parse("2026-12-31"), 3)).isEqualTo(LocalDate.parse("2027-01-06"));
        assertThat(at("2027-01-05T10:00:00Z").addWorkingDays(LocalDate.parse("2026-12-31"), 3))
                .isEqualTo(LocalDate.parse("2027-01-05"));
        assertThat(t.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
    }

    @Test
    void windowsAreConfigurable() {
        Timeliness t = Timeliness.builder().clock(Clock.fixed(Instant.parse("2026-02-10T10:00:00Z"), ZoneOffset.UTC))
                .window(Frequency.ONCE_A_MONTH, 45).build();
        assertThat(t.assess(UpdateFrequency.of(Frequency.ONCE_A_MONTH), on("2026-01-01"), true, null).status())
                .isEqualTo(TimelinessStatus.ON_TIME);
        assertThatThrownBy(() -> Timeliness.builder().window(Frequency.NO_LONGER_UPDATED, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timeliness.builder().window(Frequency.ONCE_A_DAY, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void portalEvidenceIsTheLatestFileChangeElseTheEarliestUpload() {
        var kyiv = RulebookConfig.KYIV;
        var ev = UpdateEvidence.fromResources(
                Arrays.asList(Instant.parse("2026-05-01T21:30:00Z"), null, Instant.parse("2026-04-01T10:00:00Z")),
                List.of(Instant.parse("2020-01-01T00:00:00Z")), kyiv).orElseThrow();
        assertThat(ev.basis()).isEqualTo(UpdateEvidence.Basis.RESOURCE_LAST_MODIFIED);
        assertThat(ev.date()).isEqualTo(LocalDate.parse("2026-05-02")); // 00:30 in Kyiv (UTC+3)
        var created = UpdateEvidence.fromResources(Arrays.asList(null, null),
                List.of(Instant.parse("2021-06-01T10:00:00Z"), Instant.parse("2020-06-01T10:00:00Z")), kyiv)
                .orElseThrow();
        assertThat(created.basis()).isEqualTo(UpdateEvidence.Basis.RESOURCE_CREATED);
        assertThat(created.date()).isEqualTo(LocalDate.parse("2020-06-01"));
        assertThat(UpdateEvidence.fromResources(List.of(), List.of(), kyiv)).isEmpty();
    }
}
