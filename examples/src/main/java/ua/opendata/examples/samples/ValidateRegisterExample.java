package ua.opendata.examples.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.report.HtmlReport;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.csv.RegisterReadResult;
import ua.opendata.passport.sample.SampleRegister;

/**
 * Example: read a register of datasets (CSV as Excel exports it), check it against Resolution No. 835,
 * print the KPI and write {@code report.html}.
 *
 * <p>Run: {@code java -cp examples/target/classes:cli/target/opendata.jar
 * ua.opendata.examples.samples.ValidateRegisterExample
 * [REGISTER.csv [OUT-DIR]]}. Without arguments it validates the bundled sample register of Shchastia and
 * writes {@code opendata-report/report.html}. Output in Ukrainian when the default locale is Ukrainian.
 */
public final class ValidateRegisterExample {
    private ValidateRegisterExample() {
    }

    /**
     * Runs the example.
     *
     * @param args {@code [REGISTER.csv|- [OUT-DIR]]}; {@code -} or an empty first argument means the sample
     */
    public static void main(String[] args) {
        Console.exit(launch(args, Console.system()));
    }

    /** What {@link #main} runs: the arguments parsed; 0, or 2 for wrong usage. */
    static int launch(String[] args, Console console) {
        if (args.length > 2) {
            return console.usage("ValidateRegisterExample [REGISTER.csv|- [OUT-DIR]]");
        }
        // an empty first argument (or "-") also means the bundled sample, so that OUT-DIR can be given alone
        Path register = args.length > 0 && !args[0].isBlank() && !args[0].equals("-") ? Path.of(args[0]) : null;
        Path out = args.length > 1 ? Path.of(args[1]) : Path.of("opendata-report");
        run(register, out, console.clock(), console.locale(), console.out());
        return 0;
    }

    /**
     * Reads the register (the bundled sample when {@code register} is null), validates it on
     * {@code clock}, prints what it holds and the KPI to {@code out} and writes {@code report.html} into
     * {@code outDir}.
     *
     * @param register the register CSV, or null for the bundled sample
     * @param outDir where report.html goes (created when missing)
     * @param clock the clock the rulebook judges timeliness by
     * @param locale the language of the output and of the report
     * @param out where the summary is printed
     * @return the validation report
     * @throws ua.opendata.passport.csv.RegisterFormatException when the CSV has broken rows (its
     *     problems name the file, row and column)
     */
    public static ValidationReport run(@Nullable Path register, Path outDir, Clock clock, Locale locale,
            PrintStream out) {
        RegisterReadResult read;
        String source;
        if (register == null) {
            source = SampleRegister.CSV_FILE_NAME;
            try (InputStream in = SampleRegister.openCsv()) {
                read = RegisterCsvReader.defaults().read(in, source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            source = register.toString();
            read = RegisterCsvReader.defaults().read(register);
        }
        read.notices().forEach(n -> out.println(n.source() + ":" + n.row() + ":" + n.column() + ": "
                + n.message(locale)));
        ValidationReport report = Rulebook.create(RulebookConfig.builder().clock(clock).build())
                .validate(read.register());
        Path html = outDir.resolve("report.html");
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the report directory " + outDir
                    + "; choose a writable OUT-DIR", e);
        }
        HtmlReport.builder().locale(locale).build().write(report, html);

        out.println(Say.text(locale, "Реєстр: ", "Register: ") + source);
        out.println(Say.text(locale, "Записів: ", "Entries: ") + read.register().size());
        out.println(Say.text(locale, "Наборів перевірено: ", "Datasets checked: ") + report.datasets().size());
        out.println(Say.text(locale, "Без помилок: ", "Passed: ") + report.passedCount());
        out.println("KPI: " + Say.percent(report.kpi()) + " (" + Say.text(locale, "ціль ", "target ")
                + Say.percent(report.kpiTarget()) + ", " + (report.meetsTarget()
                ? Say.text(locale, "досягнуто", "met") : Say.text(locale, "не досягнуто", "not met")) + ")");
        out.println(Say.text(locale, "Зауваження: ", "Findings: ")
                + Say.text(locale, "помилок ", "errors ") + report.count(Severity.ERROR) + ", "
                + Say.text(locale, "попереджень ", "warnings ") + report.count(Severity.WARNING) + ", "
                + Say.text(locale, "порад ", "infos ") + report.count(Severity.INFO));
        out.println(Say.text(locale, "Звіт: ", "Report: ") + html);
        return report;
    }
}
