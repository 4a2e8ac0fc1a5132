package ua.opendata.core.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule the rulebook knows, with its texts in both languages. Immutable and shared.
 */
public final class RuleCatalogue {

    private static final RuleCatalogue STANDARD = new RuleCatalogue();

    private final Map<String, Rule> rules;

    private RuleCatalogue() {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (StandardRule r : StandardRule.values()) {
            m.put(r.id(), new Rule(r.id(), r.severity(), r.scope(), r.source(),
                    RuleTexts.text(r.id() + ".description"), RuleTexts.pattern(r.id() + ".message"),
                    RuleTexts.text(r.id() + ".fix")));
        }
        this.rules = java.util.Collections.unmodifiableMap(m);
    }

    /** The standard catalogue of Resolution-835 rules. */
    public static RuleCatalogue standard() {
        return STANDARD;
    }

    /** All rules, in catalogue order. */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /** The rule with this id. */
    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Whether a rule with this id exists. */
    public boolean contains(String id) {
        return rules.containsKey(id);
    }
}
