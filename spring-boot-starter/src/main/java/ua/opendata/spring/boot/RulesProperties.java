package ua.opendata.spring.boot;

import java.util.List;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.rules.RuleCatalogue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the Resolution-835 rulebook judges, bound from {@code opendata.rules.*}; every value is optional:
 *
 * <pre>
 * opendata.rules.kpi-target=0.9
 * opendata.rules.disabled=R835-IDENTIFIER-LENGTH
 * </pre>
 *
 * <p>An application that needs more (holidays, annex sections, severities) declares its own
 * {@link ua.opendata.core.rules.RulebookConfig} bean instead.
 *
 * @param kpiTarget the KPI target, a share from 0 to 1, or null for the rulebook's default
 * @param disabled the identifiers of rules that are not run (see {@link RuleCatalogue#standard()})
 */
@ConfigurationProperties(prefix = "opendata.rules")
public record RulesProperties(@Nullable Double kpiTarget, @DefaultValue List<String> disabled) {

    /**
     * Checks the values; blank rule identifiers are dropped, the others stripped.
     *
     * @param kpiTarget the KPI target, a share from 0 to 1, or null for the rulebook's default
     * @param disabled the identifiers of rules that are not run; null means none
     * @throws IllegalArgumentException naming the property and the fix (in English and Ukrainian) when the
     *     target is not a share from 0 to 1 or a rule is unknown
     */
    public RulesProperties {
        if (kpiTarget != null && !(kpiTarget >= 0 && kpiTarget <= 1)) {
            throw new IllegalArgumentException(Texts.bilingual("properties.kpiTarget", String.valueOf(kpiTarget)));
        }
        disabled = disabled == null ? List.of()
                : disabled.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
        for (String rule : disabled) {
            if (!RuleCatalogue.standard().contains(rule)) {
                throw new IllegalArgumentException(Texts.bilingual("properties.unknownRule", rule));
            }
        }
    }
}
