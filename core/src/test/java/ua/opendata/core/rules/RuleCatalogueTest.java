package ua.opendata.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.opendata.core.LocalizedText;

class RuleCatalogueTest {

    @Test
    void everyRuleHasAStableIdASourceAndTextsInBothLanguages() {
        Set<String> ids = new HashSet<>();
        for (Rule r : RuleCatalogue.standard().rules()) {
            assertThat(r.id()).matches("R835-[A-Z0-9]+(-[A-Z0-9]+)*");
            assertThat(ids.add(r.id())).as("unique id %s", r.id()).isTrue();
            assertThat(r.source().document()).isNotBlank();
            assertThat(r.source().clause()).isNotBlank();
            for (LocalizedText t : new LocalizedText[] {r.description(), r.message(), r.fix()}) {
                assertThat(t.uk()).as("%s uk", r.id()).isNotBlank().containsPattern("[а-яіїєґ]");
                assertThat(t.en()).as("%s en", r.id()).isNotBlank().doesNotContainPattern("[а-яіїєґ]{4}");
                assertThat(t.uk()).isNotEqualTo(t.en());
            }
            assertThat(r.description().en()).doesNotContain("''");
            assertThat(r.fix().uk()).doesNotContain("''");
        }
        assertThat(ids).hasSizeGreaterThan(40);
    }

    @Test
    void aTimelinessFindingSaysWhyItCannotBeChecked() {
        Scenario s = Scenario.valid().entry(e -> e.accrualPeriodicity(ua.opendata.passport.Frequency.IMMEDIATELY_AFTER_CHANGES));
        Finding f = s.validate().findingsOf("R835-TIMELINESS-UNCHECKABLE").get(0);
        assertThat(f.message().en()).isEqualTo(
                "Timeliness cannot be checked: updated after changes: the date the data changed is not known.");
        assertThat(f.message().uk()).isEqualTo(
                "Вчасність неможливо перевірити: оновлення після зміни даних: дата зміни даних невідома.");
    }

    @Test
    void configurationRejectsUnknownRuleIds() {
        assertThatThrownBy(() -> RulebookConfig.builder().disable("R835-NO-SUCH-RULE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R835-NO-SUCH-RULE");
        assertThatThrownBy(() -> RulebookConfig.builder().kpiTarget(1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RulebookConfig.builder().annexSections(Set.of("nowhere")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
    }

    @Test
    void severityCanBeChanged() {
        Scenario s = Scenario.valid().entry(e -> e.nextUpdateDue(java.time.LocalDate.parse("2026-01-01")));
        s.config().severity("R835-NEXT-UPDATE-OVERDUE", Severity.ERROR);
        ValidationReport report = s.validate();
        assertThat(report.findingsOf("R835-NEXT-UPDATE-OVERDUE")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message().en()).contains("2026-01-01").contains("329 days");
                });
        assertThat(report.datasets().get(0).passed()).isFalse();
        assertThat(report.passedCount()).isEqualTo(72);
    }
}
