package ua.opendata.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ua.opendata.core.CoreException;
import ua.opendata.core.report.HtmlReport;
import ua.opendata.core.report.ReportCsv;
import ua.opendata.core.report.ReportJson;
import ua.opendata.core.rules.ValidationReport;

/**
 * {@code opendata report}: re-renders a {@code report.json} written by {@code validate} as an HTML page
 * in the chosen language ({@code report.uk.html} or {@code report.en.html}) and as findings.csv, and
 * prints its compliance summary; nothing is checked again.
 */
@Command(name = "report", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = OpendataCommand.Version.class)
final class ReportCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "REPORT.json", descriptionKey = "report.input")
    Path input = Path.of("opendata-report", "report.json");

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "opt.out.report")
    @Nullable Path out;

    ReportCommand(Session session) {
        super(session);
    }

    @Override
    String name() {
        return "report";
    }

    /**
     * The report in {@code file}, or a {@link CliException} in the run's language when it is not a
     * report.json written by {@code validate} (the reader's own words only with {@code --verbose}).
     */
    static ValidationReport read(Path file, Texts t, boolean verbose) {
        if (!Files.isRegularFile(file)) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", file,
                    Files.isDirectory(file) ? t.get("error.isDirectory") : t.get("error.file.missing")));
        }
        InputSniffer.Kind kind;
        try {
            kind = InputSniffer.sniff(file);
        } catch (IOException e) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", file,
                    verbose ? String.valueOf(e.getMessage()) : t.get("error.read.detailVerbose")), e);
        }
        if (kind != InputSniffer.Kind.JSON) {
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.report.notJson", file));
        }
        try {
            return ReportJson.read(file);
        } catch (UncheckedIOException | CoreException e) {
            String detail = verbose ? System.lineSeparator() + "  " + e.getMessage() : "";
            throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.report.notReport", file) + detail, e);
        }
    }

    @Override
    int execute() {
        Texts t = t();
        Locale locale = locale();
        ValidationReport report = read(input, t, common.verbose);
        Path dir = out;
        if (dir == null) {
            Path parent = input.getParent();
            dir = parent == null ? Path.of("") : parent;
        }
        Path html = dir.resolve("report." + (t.uk() ? "uk" : "en") + ".html");
        Path csv = dir.resolve("findings.csv");
        HtmlReport.builder().locale(locale).build().write(report, html);
        ReportCsv.defaults().write(report, csv);
        if (common.json()) {
            ObjectNode o = JSON.createObjectNode();
            o.put("command", name());
            o.put("exitCode", OpendataCommand.OK);
            o.put("source", input.toString());
            o.put("generatedAt", report.generatedAt().toString());
            o.put("datasets", report.datasets().size());
            putCompliance(o, report);
            ObjectNode reports = o.putObject("reports");
            reports.put("html", html.toString());
            reports.put("csv", csv.toString());
            printJson(o);
        } else {
            session.out().println(t.get("report.header", input, report.generatedAt()));
            session.out().print(new ComplianceSummary(report, null).render(locale));
            session.out().println(t.get("report.written", html, csv));
        }
        return OpendataCommand.OK;
    }
}
