package ua.opendata.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ua.opendata.core.report.HtmlReport;
import ua.opendata.core.report.ReportComparison;
import ua.opendata.core.report.ReportCsv;
import ua.opendata.core.report.ReportJson;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.Passport;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.annex.AnnexSection;

/**
 * {@code opendata validate}: the main job. Reads a register (CSV as Excel exports it, or the JSON
 * document; the bundled sample when no file is given) and optionally the passports of its datasets,
 * prints what it holds, checks it against Resolution No. 835, prints the compliance summary and
 * writes report.html, report.json and findings.csv.
 */
@Command(name = "validate", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = OpendataCommand.Version.class)
final class ValidateCommand extends BaseCommand {
    /** Passport files read from one directory at most. */
    static final int MAX_PASSPORT_FILES = RegisterInput.MAX_PASSPORT_FILES;
    /** Problems of a broken register listed on standard error at most (the first ones, in file order). */
    static final int MAX_LISTED_PROBLEMS = RegisterInput.MAX_LISTED_PROBLEMS;

    /** When findings make the exit code 1. */
    enum FailOn { kpi, error, warning, never }

    @Parameters(index = "0", arity = "0..1", paramLabel = "REGISTER", descriptionKey = "validate.register")
    @Nullable Path register;

    @Option(names = "--passports", paramLabel = "DIR", descriptionKey = "opt.passports")
    @Nullable Path passports;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "opendata-report", descriptionKey = "opt.out.dir")
    Path out = Path.of("opendata-report");

    @Option(names = "--previous", paramLabel = "REPORT.json", descriptionKey = "opt.previous")
    @Nullable Path previous;

    @Option(names = "--section", paramLabel = "CODE", descriptionKey = "opt.section")
    List<String> sections = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "kpi|error|warning|never", defaultValue = "never",
            descriptionKey = "opt.fail-on")
    FailOn failOn = FailOn.never;

    @Mixin
    RegisterLimits limits = new RegisterLimits();

    ValidateCommand(Session session) {
        super(session);
    }

    @Override
    String name() {
        return "validate";
    }

    @Override
    int execute() {
        Texts t = t();
        Locale locale = locale();
        AnnexCatalogue annex = AnnexCatalogue.bundled();
        Set<String> codes = new LinkedHashSet<>(sections);
        if (codes.isEmpty()) {
            codes.add(AnnexCatalogue.ALL_HOLDERS);
            codes.add(AnnexCatalogue.LOCAL_SELF_GOVERNMENT);
        }
        for (String code : codes) {
            if (annex.section(code).isEmpty()) {
                throw new CliException(OpendataCommand.USAGE, t.get("error.section", code,
                        String.join(", ", annex.sections().stream().map(AnnexSection::code).toList())));
            }
        }
        // the previous report first, so that a wrong path fails before any output
        ValidationReport earlier = previous == null ? null : ReportCommand.read(previous, t, common.verbose);
        RegisterInput input = new RegisterInput(session, t, limits.checked(t), common.verbose);
        RegisterInput.Read read = input.register(register);
        Map<String, Passport> passportsById = input.passports(passports, read.result().register());
        if (!common.json()) {
            session.out().print(new RegisterSummary(read.source(), read.result(), read.csv(), annex, codes).render(locale));
        }
        RulebookConfig config = RulebookConfig.builder().clock(session.clock()).annexSections(codes).build();
        ValidationReport report = Rulebook.create(config).validate(read.result().register(), passportsById);
        ReportComparison comparison = earlier == null ? null : ReportComparison.of(earlier, report);
        Path html = out.resolve("report.html");
        Path json = out.resolve("report.json");
        Path csv = out.resolve("findings.csv");
        HtmlReport.builder().locale(locale).build().write(report, html);
        ReportJson.write(report, comparison, json);
        ReportCsv.defaults().write(report, csv);
        boolean above = above(report);
        int code = above ? OpendataCommand.FINDINGS : OpendataCommand.OK;
        if (common.json()) {
            ObjectNode o = JSON.createObjectNode();
            o.put("command", name());
            o.put("exitCode", code);
            o.put("source", read.source());
            o.put("entries", read.result().register().size());
            o.put("passports", passportsById.size());
            o.put("datasets", report.datasets().size());
            putCompliance(o, report);
            ObjectNode byRule = o.putObject("byRule");
            report.countByRule().forEach(byRule::put);
            if (comparison != null) {
                ObjectNode c = o.putObject("comparison");
                c.put("previousGeneratedAt", String.valueOf(comparison.previousGeneratedAt()));
                c.put("kpiChange", comparison.kpiChange());
                c.put("newFindings", comparison.newFindings().size());
                c.put("resolvedFindings", comparison.resolvedFindings().size());
            }
            o.put("failOn", failOn.name());
            ObjectNode reports = o.putObject("reports");
            reports.put("html", html.toString());
            reports.put("json", json.toString());
            reports.put("csv", csv.toString());
            ArrayNode notices = o.putArray("notices");
            read.result().notices().forEach(n -> notices.add(n.location() + ": "
                    + n.message(locale)));
            printJson(o);
        } else {
            session.out().println();
            session.out().print(new ComplianceSummary(report, comparison).render(locale));
            session.out().println(t.get("validate.reports", html, json, csv));
        }
        if (above) {
            session.err().println(t.get("validate.above." + failOn.name(), percent(report.kpi()),
                    percent(report.kpiTarget()), report.count(Severity.ERROR), report.count(Severity.WARNING)));
        }
        return code;
    }

    boolean above(ValidationReport report) {
        return above(failOn, report);
    }

    /** Whether {@code report} has findings above the {@code failOn} threshold. */
    static boolean above(FailOn failOn, ValidationReport report) {
        return switch (failOn) {
            case kpi -> !report.meetsTarget();
            case error -> report.count(Severity.ERROR) > 0;
            case warning -> report.count(Severity.ERROR) + report.count(Severity.WARNING) > 0;
            case never -> false;
        };
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
