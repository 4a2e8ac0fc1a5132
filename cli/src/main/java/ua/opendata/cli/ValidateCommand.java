package ua.opendata.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
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
import ua.opendata.core.report.ReportFolder;
import ua.opendata.core.report.ReportJson;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.annex.AnnexDataset;
import ua.opendata.passport.annex.AnnexMapping;
import ua.opendata.passport.annex.AnnexMatching;
import ua.opendata.passport.annex.MatchMethod;

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

    /** Which annex sections bind the publisher and why, printed after the summary. */
    private @Nullable String sectionsLine;

    @Parameters(index = "0", arity = "0..1", paramLabel = "REGISTER", descriptionKey = "validate.register")
    @Nullable Path register;

    @Option(names = "--passports", paramLabel = "DIR", descriptionKey = "opt.passports")
    @Nullable Path passports;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "opendata-report", descriptionKey = "opt.out.dir")
    Path out = Path.of("opendata-report");

    @Option(names = "--previous", paramLabel = "REPORT.json", descriptionKey = "opt.previous")
    @Nullable Path previous;

    @Mixin
    AnnexOptions annexOptions = new AnnexOptions();

    @Option(names = "--fail-on", paramLabel = "kpi|error|warning|never", defaultValue = "never",
            descriptionKey = "opt.fail-on")
    FailOn failOn = FailOn.never;

    @Mixin
    AsOfOption asOf = new AsOfOption();

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
        LocalDate day = asOf.checked(t, session.clock());
        // the annex in force on the as-of day, else the newest
        AnnexCatalogue annex = day == null ? AnnexCatalogue.bundled() : RulebookConfig.annexOn(day);
        AnnexMapping mapping = annexOptions.mapping(t, locale);
        // the previous report first, so that a wrong path fails before any output
        ValidationReport earlier = previous == null ? null : ReportCommand.read(previous, t, common.verbose);
        RegisterInput input = new RegisterInput(session, t, limits.checked(t), common.verbose);
        RegisterInput.Read read = input.register(register);
        Map<String, Passport> passportsById = input.passports(passports, read.result().register());
        Set<String> codes = sections(annex, read.result().register(), t);
        RulebookConfig.Builder builder = RulebookConfig.builder().clock(session.clock()).annex(annex)
                .annexSections(codes).annexMapping(mapping);
        if (day != null) {
            builder.asOf(day);
        }
        RulebookConfig config = builder.build();
        Rulebook rulebook = Rulebook.create(config);
        AnnexMatching matching = rulebook.matchAnnex(read.result().register());
        if (!common.json()) {
            session.out().print(new RegisterSummary(read.source(), read.result(), read.csv(), annex, codes, matching)
                    .render(locale));
        }
        ValidationReport report = rulebook.validate(read.result().register(), passportsById, Map.of(),
                input.sources(read));
        ReportComparison comparison = earlier == null ? null : ReportComparison.of(earlier, report);
        ReportFiles files = writeReports(report, comparison, matching, read.result().register());
        boolean above = above(report);
        int code = above ? OpendataCommand.FINDINGS : OpendataCommand.OK;
        if (common.json()) {
            printJsonSummary(code, read, passportsById.size(), report, comparison, matching, files, annex);
        } else {
            printTextSummary(t, report, comparison, matching, files, annex);
        }
        if (above) {
            session.err().println(t.get("validate.above." + failOn.name(), percent(report.kpi()),
                    percent(report.kpiTarget()), report.count(Severity.ERROR), report.count(Severity.WARNING)));
        }
        return code;
    }

    /** The reports written to {@code --out}. */
    private record ReportFiles(Path html, Path json, Path csv, Path mapping) { }

    private ReportFiles writeReports(ValidationReport report, @Nullable ReportComparison comparison,
            AnnexMatching matching, Register register) {
        ReportFiles files = new ReportFiles(out.resolve("report.html"), out.resolve("report.json"),
                out.resolve("findings.csv"), out.resolve("annex-mapping.csv"));
        // written beside --out, then swapped in: the folder is always one complete set
        ReportFolder.write(out, BaseCommand.REPORT_FILES, dir -> {
            HtmlReport.builder().locale(locale()).build().write(report, dir.resolve("report.html"));
            if (comparison == null) {
                ReportJson.write(report, dir.resolve("report.json"));
            } else {
                ReportJson.write(report, comparison, dir.resolve("report.json"));
            }
            ReportCsv.defaults().write(report, dir.resolve("findings.csv"));
            writeMapping(matching, register, locale(), dir.resolve("annex-mapping.csv"));
        });
        return files;
    }

    private void printJsonSummary(int code, RegisterInput.Read read, int passportCount, ValidationReport report,
            @Nullable ReportComparison comparison, AnnexMatching matching, ReportFiles files, AnnexCatalogue annex) {
        ObjectNode o = JSON.createObjectNode();
        o.put("command", name());
        o.put("exitCode", code);
        o.put("source", read.source());
        o.put("entries", read.result().register().size());
        o.put("passports", passportCount);
        o.put("datasets", report.datasets().size());
        putCompliance(o, report);
        if (report.asOf() != null) {
            AsOfOption.putJson(o, report.asOf(), annex.version().id(), report);
        }
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
        reports.put("html", files.html().toString());
        reports.put("json", files.json().toString());
        reports.put("csv", files.csv().toString());
        reports.put("annexMapping", files.mapping().toString());
        ObjectNode matched = o.putObject("annexMatching");
        for (MatchMethod m : MatchMethod.values()) {
            matched.put(m.name().toLowerCase(Locale.ROOT), matching.byPosition().values().stream()
                    .filter(m::equals).count());
        }
        ArrayNode notices = o.putArray("notices");
        Locale locale = locale();
        read.result().notices().forEach(n -> notices.add(n.location() + ": "
                + n.message(locale)));
        printJson(o);
    }

    private void printTextSummary(Texts t, ValidationReport report, @Nullable ReportComparison comparison,
            AnnexMatching matching, ReportFiles files, AnnexCatalogue annex) {
        session.out().println();
        if (report.asOf() != null) {
            AsOfOption.printHeader(session.out(), t, report.asOf(), annex.version().id());
        }
        session.out().print(new ComplianceSummary(report, comparison).render(locale()));
        session.out().println(t.get("validate.reports", files.html(), files.json(), files.csv()));
        Map<AnnexDataset, MatchMethod> by = matching.byPosition();
        if (sectionsLine != null) {
            session.out().println(sectionsLine);
        }
        session.out().println(t.get("validate.annex.matching", by.size(), count(by, MatchMethod.COLUMN),
                count(by, MatchMethod.MAPPING), count(by, MatchMethod.TITLE),
                count(by, MatchMethod.WEAK) + count(by, MatchMethod.AMBIGUOUS), count(by, MatchMethod.MISSING),
                files.mapping()));
        if (report.asOf() != null) {
            AsOfOption.printAfter(session.out(), t, report);
        }
    }

    private static long count(Map<AnnexDataset, MatchMethod> by, MatchMethod m) {
        return by.values().stream().filter(m::equals).count();
    }

    /**
     * The binding sections: {@code --section} as given; else {@code --holder} / {@code --publisher-kind};
     * else from the register's publisherName; else a city council's (all-holders, local-self-government).
     */
    private Set<String> sections(AnnexCatalogue annex, Register register, Texts t) {
        AnnexOptions.Given given = annexOptions.given(annex, t);
        Set<String> codes = new LinkedHashSet<>();
        String why;
        if (given != null) {
            codes.addAll(given.codes());
            why = given.why();
        } else {
            String name = register.entries().stream().map(e -> e.publisher().name())
                    .filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
            List<String> found = name == null ? null : annex.sectionsForPublisher(name).orElse(null);
            if (found != null) {
                codes.addAll(found);
                why = t.get("validate.sections.register", name);
            } else {
                codes.add(AnnexCatalogue.ALL_HOLDERS);
                codes.add(AnnexCatalogue.LOCAL_SELF_GOVERNMENT);
                why = t.get("validate.sections.default");
            }
            AnnexOptions.check(annex, codes, t);
        }
        // said after the summary, beside the matching it explains
        sectionsLine = t.get("validate.sections", annex.version().id(), String.join(", ", codes), why);
        return codes;
    }

    /** Writes the mapping used, whole or not at all (a temporary file moved into place). */
    private static void writeMapping(AnnexMatching matching, Register register, Locale locale, Path target) {
        List<String> ids = register.entries().stream().map(e -> e.identifier() == null ? "" : e.identifier()).toList();
        AnnexOptions.writeMapping(target, o -> AnnexMapping.write(matching, ids, locale, o));
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
