package ua.opendata.core.rules;

import java.time.OffsetDateTime;

/** Reports for the report-writer tests, built from the rulebook's test scenario. */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    /** The valid scenario, open for changes by tests in other packages. */
    public static ScenarioHandle scenario() {
        return new ScenarioHandle(Scenario.valid());
    }

    /** A report with a late dataset, a planned annex dataset and a bad e-mail. */
    public static ValidationReport withFindings() {
        return scenario()
                .passport(p -> p.lastModified(OffsetDateTime.parse("2026-06-01T10:00:00+03:00")).dataAsOf(null))
                .validate();
    }

    /** A public view of {@link Scenario} for tests in other packages. */
    public static final class ScenarioHandle {
        private final Scenario scenario;

        ScenarioHandle(Scenario scenario) {
            this.scenario = scenario;
        }

        public ScenarioHandle passport(java.util.function.UnaryOperator<ua.opendata.passport.Passport.Builder> c) {
            return new ScenarioHandle(scenario.passport(c));
        }

        public ScenarioHandle entry(java.util.function.UnaryOperator<ua.opendata.passport.RegisterEntry.Builder> c) {
            return new ScenarioHandle(scenario.entry(c));
        }

        public ValidationReport validate() {
            return scenario.validate();
        }
    }
}
