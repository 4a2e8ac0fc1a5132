package ua.opendata.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.passport.SourceLocation;

/** Collects findings for one validation run, applying the configuration (off, severity). */
final class Emitter {

    private static final int EXCERPT = 120;

    private final RulebookConfig config;
    private final ValidationSources sources;
    private final List<Finding> findings = new ArrayList<>();
    /** The register entry being checked (0-based), or -1 for the register as a whole. */
    private int entry = -1;
    private int errors;
    private int warnings;
    private int infos;

    public Emitter(RulebookConfig config) {
        this(config, ValidationSources.defaults());
    }

    /** Findings located in the files of {@code sources}. */
    public Emitter(RulebookConfig config, ValidationSources sources) {
        this.config = config;
        this.sources = sources;
    }

    /** The findings that follow concern the register entry at {@code index} (0-based). */
    public void at(int index) {
        entry = index;
    }

    /** The findings that follow concern the register as a whole. */
    public void atRegister() {
        entry = -1;
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
        Object[] all = new Object[args.length + 1];
        all[0] = excerpt == null ? "" : excerpt;
        System.arraycopy(args, 0, all, 1, args.length);
        LocalizedText message = r.message().withArguments(all);
        findings.add(new Finding(r.id(), severity, datasetId, path, message, r.fix(), excerpt,
                locate(datasetId, path)));
        count(severity);
    }

    /** A passport's path: its file; else the entry's cell for the path, or the register file. */
    private @Nullable SourceLocation locate(@Nullable String datasetId, String path) {
        if (path.startsWith("passport.")) {
            return datasetId == null ? null : sources.passport(datasetId).orElse(null);
        }
        return (entry >= 0 ? sources.register().locate(entry, path) : sources.register().whole()).orElse(null);
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
