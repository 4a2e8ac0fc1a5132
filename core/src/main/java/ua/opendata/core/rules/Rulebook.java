package ua.opendata.core.rules;

import java.util.Map;
import java.util.Objects;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;

/**
 * Checks a register of datasets and its passports against Resolution No. 835 and the Ministry's
 * recommendations, and returns an immutable {@link ValidationReport}. Never throws on bad data:
 * everything it finds is a {@link Finding}. Immutable and thread-safe; create once and reuse.
 *
 * <pre>{@code
 * Rulebook rulebook = Rulebook.create(RulebookConfig.defaults());
 * ValidationReport report = rulebook.validate(register);
 * System.out.printf("KPI %.0f %%%n", report.kpi() * 100);
 * }</pre>
 */
public final class Rulebook {

    private final RulebookConfig config;
    private final RulebookEngine engine;

    private Rulebook(RulebookConfig config) {
        this.config = config;
        this.engine = new RulebookEngine(config);
    }

    /**
     * A rulebook applying the given configuration.
     *
     * @param config the configuration
     * @return the rulebook
     */
    public static Rulebook create(RulebookConfig config) {
        return new Rulebook(Objects.requireNonNull(config, "config"));
    }

    /** {@return the configuration in force} */
    public RulebookConfig config() {
        return config;
    }

    /**
     * Checks a register: every entry, then the register as a whole.
     *
     * @param register the register
     * @return what the rulebook found
     */
    public ValidationReport validate(Register register) {
        return engine.validate(Objects.requireNonNull(register, "register"), Map.of(), Map.of(),
                ValidationSources.defaults());
    }

    /**
     * Checks a register and the passports of its datasets, matched by identifier. Entries without a
     * passport are checked on their register columns only.
     *
     * @param register      the register
     * @param passportsById the passports, by dataset identifier
     * @return what the rulebook found
     */
    public ValidationReport validate(Register register, Map<String, Passport> passportsById) {
        return engine.validate(Objects.requireNonNull(register, "register"), Map.copyOf(passportsById), Map.of(),
                ValidationSources.defaults());
    }

    /**
     * Checks a register and its passports, judging timeliness on the given evidence of when each
     * dataset's data was last updated (for example from the portal, see
     * {@link UpdateEvidence#fromResources}); for datasets without evidence, the passport's dates are
     * used.
     *
     * @param register       the register
     * @param passportsById  the passports, by dataset identifier
     * @param lastUpdateById when each dataset's data was last updated, by dataset identifier
     * @return what the rulebook found
     */
    public ValidationReport validate(Register register, Map<String, Passport> passportsById,
                                     Map<String, UpdateEvidence> lastUpdateById) {
        return engine.validate(Objects.requireNonNull(register, "register"), Map.copyOf(passportsById),
                Map.copyOf(lastUpdateById), ValidationSources.defaults());
    }

    /**
     * Checks a register and its passports as {@link #validate(Register, Map, Map)} does, and says in each
     * finding where the clerk fixes it ({@link Finding#location()}): a register column's finding names
     * its cell ({@code register.csv:17:3}, {@code register.xlsx:Sheet1!C17}), an entry's other findings
     * the entry's row, the register's own findings the file, a passport's findings its file.
     *
     * @param register       the register, as read with the locations in {@code sources}
     * @param passportsById  the passports, by dataset identifier
     * @param lastUpdateById when each dataset's data was last updated, by dataset identifier
     * @param sources        where the register and the passports were read from
     * @return what the rulebook found
     */
    public ValidationReport validate(Register register, Map<String, Passport> passportsById,
                                     Map<String, UpdateEvidence> lastUpdateById, ValidationSources sources) {
        return engine.validate(Objects.requireNonNull(register, "register"), Map.copyOf(passportsById),
                Map.copyOf(lastUpdateById), Objects.requireNonNull(sources, "sources"));
    }

    /**
     * How the register's entries are matched to the positions of the binding annex sections, as
     * {@link #validate(Register)} matches them (annexDataset column, then the configured mapping, then
     * titles): for a person to review, e.g. written with {@link ua.opendata.passport.annex.AnnexMapping#write}.
     *
     * @param register the register
     * @return each entry's match, with how sure it is
     */
    public ua.opendata.passport.annex.AnnexMatching matchAnnex(Register register) {
        return ua.opendata.core.rules.RulebookEngine.matchAnnex(Objects.requireNonNull(register, "register"),
                config);
    }

    /**
     * Checks one passport on its own.
     *
     * @param passport the passport
     * @return what the rulebook found
     */
    public ValidationReport validate(Passport passport) {
        return engine.validate(Objects.requireNonNull(passport, "passport"));
    }
}
