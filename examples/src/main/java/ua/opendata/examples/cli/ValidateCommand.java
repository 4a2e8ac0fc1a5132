package ua.opendata.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
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
import ua.opendata.passport.PassportException;
import ua.opendata.passport.Register;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.annex.AnnexSection;
import ua.opendata.passport.csv.CsvProblem;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.csv.RegisterFormatException;
import ua.opendata.passport.csv.RegisterReadResult;
import ua.opendata.passport.json.PassportJson;
import ua.opendata.passport.json.PassportJsonException;
import ua.opendata.passport.sample.SampleRegister;

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
    static final int MAX_PASSPORT_FILES = 10_000;
    /** Problems of a broken register listed on standard error at most (the first ones, in file order). */
    static final int MAX_LISTED_PROBLEMS = 100;

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
        ValidationReport earlier = previous == null ? null : ReportJson.read(previous);
        Read read = readRegister(t);
        Map<String, Passport> passportsById = readPassports(t, read.result.register());
        if (!common.json()) {
            session.out().print(new RegisterSummary(read.source, read.result, read.csv, annex, codes).render(locale));
        }
        RulebookConfig config = RulebookConfig.builder().clock(session.clock()).annexSections(codes).build();
        ValidationReport report = Rulebook.create(config).validate(read.result.register(), passportsById);
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
            o.put("source", read.source);
            o.put("entries", read.result.register().size());
            o.put("passports", passportsById.size());
            o.put("datasets", report.datasets().size());
            o.put("passed", report.passedCount());
            o.put("kpi", report.kpi());
            o.put("kpiTarget", report.kpiTarget());
            o.put("meetsTarget", report.meetsTarget());
            ObjectNode findings = o.putObject("findings");
            for (Severity s : Severity.values()) {
                findings.put(s.name().toLowerCase(Locale.ROOT), report.count(s));
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
            reports.put("html", html.toString());
            reports.put("json", json.toString());
            reports.put("csv", csv.toString());
            ArrayNode notices = o.putArray("notices");
            read.result.notices().forEach(n -> notices.add(n.source() + ":" + n.row() + ":" + n.column() + ": "
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

    /** The register as read, where from, and whether it was CSV. */
    private record Read(String source, RegisterReadResult result, boolean csv) {
    }

    private Read readRegister(Texts t) {
        Path file = register;
        try {
            if (file == null) {
                try (InputStream in = SampleRegister.openCsv()) {
                    return new Read(SampleRegister.CSV_FILE_NAME + " " + t.get("validate.sample"),
                            RegisterCsvReader.defaults().read(in, SampleRegister.CSV_FILE_NAME), true);
                }
            }
            if (!Files.exists(file)) {
                throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", file, t.get("error.file.missing")));
            }
            if (Files.isDirectory(file)) {
                throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", file, t.get("error.isDirectory")));
            }
            if (file.getFileName() != null
                    && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                Register r = PassportJson.defaults().readRegister(file);
                return new Read(file.toString(), new RegisterReadResult(r, StandardCharsets.UTF_8, false, ',',
                        List.of()), false);
            }
            return new Read(file.toString(), RegisterCsvReader.defaults().read(file), true);
        } catch (RegisterFormatException e) {
            List<String> lines = new ArrayList<>();
            lines.add(t.get("error.register.broken", e.problems().size()));
            for (CsvProblem p : e.problems()) {
                if (lines.size() > MAX_LISTED_PROBLEMS) {
                    lines.add("  " + t.get("error.register.more", e.problems().size() - MAX_LISTED_PROBLEMS));
                    break;
                }
                lines.add("  " + p.source() + ":" + p.row() + ":" + p.column() + ": " + p.message(locale()));
            }
            throw new CliException(OpendataCommand.FINDINGS, String.join(System.lineSeparator(), lines), e);
        } catch (PassportJsonException e) {
            throw brokenJson(t, "error.register.brokenJson", e);
        } catch (NoSuchFileException e) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", file, t.get("error.file.missing")), e);
        } catch (PassportException | UncheckedIOException e) {
            // the codecs' messages already name the file and the fix
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.io", String.valueOf(e.getMessage())), e);
        } catch (IOException e) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", file == null
                    ? SampleRegister.CSV_FILE_NAME : file, String.valueOf(e.getMessage())), e);
        }
    }

    private CliException brokenJson(Texts t, String key, PassportJsonException e) {
        List<String> lines = new ArrayList<>();
        if (e.problems().stream().allMatch(p -> p.line() == 0) && e.getCause() instanceof IOException io) {
            return new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", e.sourceName(),
                    io instanceof NoSuchFileException ? t.get("error.file.missing") : String.valueOf(io.getMessage())), e);
        }
        lines.add(t.get(key, e.sourceName(), e.problems().size()));
        for (PassportJsonException.Problem p : e.problems()) {
            lines.add("  " + e.sourceName() + ":" + p.line() + ":" + p.column() + ": " + p.path() + ": "
                    + p.message(locale()));
        }
        return new CliException(OpendataCommand.FINDINGS, String.join(System.lineSeparator(), lines), e);
    }

    private Map<String, Passport> readPassports(Texts t, Register reg) {
        if (passports == null) {
            return Map.of();
        }
        Path dir = passports;
        if (!Files.isDirectory(dir)) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", dir, t.get("error.notDirectory")));
        }
        Map<String, Path> files = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) {
                if (files.size() == MAX_PASSPORT_FILES) {
                    throw new CliException(OpendataCommand.USAGE, t.get("error.passports.tooMany", dir,
                            MAX_PASSPORT_FILES));
                }
                files.put(p.getFileName().toString(), p);
            }
        } catch (IOException e) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", dir, String.valueOf(e.getMessage())), e);
        }
        Set<String> inRegister = new LinkedHashSet<>();
        reg.entries().forEach(e -> {
            if (e.identifier() != null) {
                inRegister.add(e.identifier());
            }
        });
        Map<String, Passport> byId = new LinkedHashMap<>();
        Map<String, Path> fileOf = new LinkedHashMap<>();
        PassportJson codec = PassportJson.defaults();
        for (Path p : files.values()) {
            Passport passport;
            try {
                passport = codec.readPassport(p);
            } catch (PassportJsonException e) {
                throw brokenJson(t, "error.passport.broken", e);
            }
            String id = passport.identifier();
            if (id == null || id.isBlank()) {
                throw new CliException(OpendataCommand.FINDINGS, t.get("error.passport.noId", p));
            }
            Path earlier = fileOf.putIfAbsent(id, p);
            if (earlier != null) {
                throw new CliException(OpendataCommand.FINDINGS, t.get("error.passport.duplicate", id, earlier, p));
            }
            if (!inRegister.contains(id)) {
                session.err().println(t.get("validate.passport.notInRegister", p, id));
                continue;
            }
            byId.put(id, passport);
        }
        return byId;
    }
}
