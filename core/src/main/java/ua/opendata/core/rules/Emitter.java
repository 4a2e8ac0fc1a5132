package ua.opendata.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;

/** Collects findings for one validation run, applying the configuration (off, severity). */
final class Emitter {

    private static final int EXCERPT = 120;

    private final RulebookConfig config;
    private final List<Finding> findings = new ArrayList<>();
    private int errors;
    private int warnings;
    private int infos;

    public Emitter(RulebookConfig config) {
        this.config = config;
    }

    /** Starts counting for the next dataset. */
    public void resetCounts() {
        errors = 0;
        warnings = 0;
        infos = 0;
    }

    public int errors() {
        return errors;
    }

    public int warnings() {
        return warnings;
    }

    public int infos() {
        return infos;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Whether the rule is on, so callers can skip costly checks. */
    public boolean enabled(StandardRule rule) {
        return config.enabled(rule.id());
    }

    /**
     * Adds a finding of {@code rule} unless it is switched off.
     *
     * @param value the offending value, for the excerpt and as message argument {0}
     * @param args  further message arguments {1}, {2}, …; a {@link LocalizedText} argument is
     *              taken in the language of each message
     */
    public void emit(StandardRule rule, @Nullable String datasetId, String path, @Nullable Object value,
                     Object... args) {
        if (!config.enabled(rule.id())) {
            return;
        }
        Rule r = RuleCatalogue.standard().find(rule.id()).orElseThrow();
        Severity severity = config.severity(r);
        String excerpt = value == null ? null : excerpt(String.valueOf(value));
        Object[] uk = new Object[args.length + 1];
        Object[] en = new Object[args.length + 1];
        uk[0] = excerpt == null ? "" : excerpt;
        en[0] = uk[0];
        for (int i = 0; i < args.length; i++) {
            uk[i + 1] = args[i] instanceof LocalizedText t ? t.uk() : args[i];
            en[i + 1] = args[i] instanceof LocalizedText t ? t.en() : args[i];
        }
        LocalizedText message = new LocalizedText(RuleTexts.format(r.message().uk(), uk),
                RuleTexts.format(r.message().en(), en));
        findings.add(new Finding(r.id(), severity, datasetId, path, message, r.fix(), excerpt));
        count(severity);
    }

    private void count(Severity severity) {
        switch (severity) {
            case ERROR -> errors++;
            case WARNING -> warnings++;
            case INFO -> infos++;
            default -> throw new IllegalStateException("unexpected severity " + severity);
        }
    }

    static String excerpt(String s) {
        String oneLine = s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT - 1) + "…";
    }
}
