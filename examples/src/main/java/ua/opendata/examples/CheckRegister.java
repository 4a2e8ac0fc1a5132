/*
 * Example and main job: check a register of datasets against Resolution No. 835.
 *
 * Reads the register (CSV as Excel exports it), checks its structure, prints what it holds, runs
 * the rulebook, prints the compliance summary (KPI against the 85 % target, the most frequent
 * problems, overdue datasets by responsible person), and writes the reports: report.html (one
 * self-contained file), report.json (stable schema) and findings.csv.
 *
 *   java -jar examples/target/opendata.jar                      # the bundled sample register
 *   java -jar examples/target/opendata.jar my-register.csv --lang uk --out reports/
 *   java -jar examples/target/opendata.jar --previous last-year/report.json   # what changed since then
 *
 * Exit codes: 0 checked (whatever the KPI); 1 the register has structural problems (each is listed
 * with file:row:column); 2 wrong usage; 3 a file could not be read or written.
 */
package ua.opendata.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import ua.opendata.core.report.HtmlReport;
import ua.opendata.core.report.ReportComparison;
import ua.opendata.core.report.ReportCsv;
import ua.opendata.core.report.ReportJson;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.PassportException;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.csv.CsvProblem;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.csv.RegisterFormatException;
import ua.opendata.passport.csv.RegisterReadResult;
import ua.opendata.passport.sample.SampleRegister;

/** The main job: check a register of datasets and write the compliance reports. */
public final class CheckRegister {

    /** Exit code: checked. */
    public static final int OK = 0;
    /** Exit code: the register has structural problems. */
    public static final int REGISTER_PROBLEMS = 1;
    /** Exit code: wrong usage. */
    public static final int USAGE = 2;
    /** Exit code: a file could not be read or written. */
    public static final int IO_ERROR = 3;

    private CheckRegister() {
    }

    /** Runs the job and exits with its code. */
    public static void main(String[] args) {
        // Route Hibernate Validator's logging (JBoss Logging) through SLF4J, which is set to warnings.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, Clock.systemUTC()));
    }

    /** Runs the job, printing to the given streams and judging dates by {@code clock}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        Locale locale = Locale.getDefault();
        Path file = null;
        Path outDir = Path.of("opendata-report");
        Path previous = null;
        Set<String> sections = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang") && i + 1 < args.length) {
                locale = Locale.forLanguageTag(args[++i]);
            } else if (a.equals("--section") && i + 1 < args.length) {
                sections.add(args[++i]);
            } else if (a.equals("--out") && i + 1 < args.length) {
                outDir = Path.of(args[++i]);
            } else if (a.equals("--previous") && i + 1 < args.length) {
                previous = Path.of(args[++i]);
            } else if (a.equals("-h") || a.equals("--help")) {
                out.print(usage());
                return OK;
            } else if (a.startsWith("-")) {
                err.println("Unknown option " + a + " / Невідомий параметр " + a);
                err.print(usage());
                return USAGE;
            } else if (file == null) {
                file = Path.of(a);
            } else {
                err.println("Only one register file can be given / Можна вказати лише один файл реєстру");
                return USAGE;
            }
        }
        if (sections.isEmpty()) {
            sections.add(AnnexCatalogue.ALL_HOLDERS);
            sections.add(AnnexCatalogue.LOCAL_SELF_GOVERNMENT);
        }
        AnnexCatalogue annex = AnnexCatalogue.bundled();
        for (String code : sections) {
            if (annex.section(code).isEmpty()) {
                err.println("Unknown annex section '" + code + "'; known: " + annex.sections().stream()
                        .map(s -> s.code()).toList() + " / Невідомий розділ додатка");
                return USAGE;
            }
        }
        boolean uk = "uk".equals(locale.getLanguage());
        RegisterCsvReader reader = RegisterCsvReader.defaults();
        String source;
        RegisterReadResult result;
        try {
            if (file == null) {
                source = SampleRegister.CSV_FILE_NAME + (uk ? " (вбудований ЗРАЗОК)" : " (bundled SAMPLE)");
                try (InputStream in = SampleRegister.openCsv()) {
                    result = reader.read(in, SampleRegister.CSV_FILE_NAME);
                }
            } else {
                source = file.toString();
                result = reader.read(file);
            }
        } catch (RegisterFormatException e) {
            err.println(uk ? "Реєстр має помилки структури (" + e.problems().size() + "):"
                    : "The register has structural problems (" + e.problems().size() + "):");
            for (CsvProblem p : e.problems()) {
                err.println("  " + p.source() + ":" + p.row() + ":" + p.column() + ": " + p.message(locale));
            }
            return REGISTER_PROBLEMS;
        } catch (IOException | UncheckedIOException | PassportException e) {
            err.println((uk ? "Не вдалося прочитати " : "Could not read ") + (file == null ? source() : file) + ": "
                    + e.getMessage());
            return IO_ERROR;
        }
        out.print(new RegisterSummary(source, result, annex, sections).render(locale));

        RulebookConfig config = RulebookConfig.builder().clock(clock).annexSections(sections).build();
        ValidationReport report = Rulebook.create(config).validate(result.register());
        ReportComparison comparison = null;
        if (previous != null) {
            try {
                comparison = ReportComparison.of(ReportJson.read(previous), report);
            } catch (UncheckedIOException e) {
                err.println(e.getMessage());
                return IO_ERROR;
            }
        }
        out.println();
        out.print(new ComplianceSummary(report, comparison).render(locale));
        try {
            Path html = outDir.resolve("report.html");
            Path json = outDir.resolve("report.json");
            Path csv = outDir.resolve("findings.csv");
            HtmlReport.builder().locale(locale).build().write(report, html);
            ReportJson.write(report, comparison, json);
            ReportCsv.defaults().write(report, csv);
            out.println((uk ? "Звіти: " : "Reports: ") + html + ", " + json + ", " + csv);
        } catch (UncheckedIOException e) {
            err.println(e.getMessage());
            return IO_ERROR;
        }
        return OK;
    }

    private static String source() {
        return SampleRegister.CSV_FILE_NAME;
    }

    private static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: java -jar opendata.jar [REGISTER.csv] [--lang uk|en] [--section CODE]... [--out DIR]"
                        + " [--previous REPORT.json]",
                "  Checks a register of datasets (the bundled sample when no file is given) against",
                "  Resolution No. 835, prints a summary and writes report.html, report.json and findings.csv",
                "  to DIR (default: opendata-report). --previous FILE compares with an earlier report.json.",
                "  Sections: all-holders, local-self-government,",
                "  local-state-administrations (default: the first two, as for a city council or a",
                "  city military administration).",
                "Використання: java -jar opendata.jar [РЕЄСТР.csv] [--lang uk|en] [--section КОД]... [--out ТЕКА]",
                "");
    }
}
