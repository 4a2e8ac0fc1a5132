package ua.opendata.examples.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.Register;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.json.PassportJson;
import ua.opendata.passport.sample.SampleRegister;

/**
 * Validates the register of datasets against Resolution No. 835 when the application starts, and logs
 * one line with the KPI. Enabled by {@code opendata.register.file}: a CSV file as Excel exports it, the
 * JSON register document ({@code .json}), or {@code sample} for the bundled sample register. A register
 * with broken rows stops the startup with the file, row and column of each problem.
 */
public final class RegisterStartupCheck implements ApplicationRunner {
    /** The value of {@code opendata.register.file} that means the bundled sample register. */
    public static final String SAMPLE = "sample";

    private static final Logger LOG = LoggerFactory.getLogger(RegisterStartupCheck.class);
    private static final String TEXTS = "ua.opendata.examples.spring.Messages";

    private final String file;
    private final Clock clock;
    private volatile @Nullable ValidationReport report;
    private volatile int entries;

    /**
     * A check of one register.
     *
     * @param file the register's path, or {@value #SAMPLE}
     * @param clock the clock timeliness is judged by
     */
    public RegisterStartupCheck(String file, Clock clock) {
        if (file.isBlank()) {
            throw new IllegalArgumentException("opendata.register.file is blank: give the register's path, or"
                    + " \"sample\" for the bundled sample register");
        }
        this.file = file.strip();
        this.clock = clock;
    }

    /**
     * Reads and validates the register, then logs the summary.
     *
     * @param args the application's arguments (not used)
     */
    @Override
    public void run(ApplicationArguments args) {
        Register register = read();
        ValidationReport validated = Rulebook.create(RulebookConfig.builder().clock(clock).build()).validate(register);
        entries = register.size();
        report = validated;
        LOG.info("{}", summary(Locale.ENGLISH));
    }

    private Register read() {
        if (file.equals(SAMPLE)) {
            try (InputStream in = SampleRegister.openCsv()) {
                return RegisterCsvReader.defaults().read(in, SampleRegister.CSV_FILE_NAME).register();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled sample register", e);
            }
        }
        Path path = Path.of(file);
        return file.toLowerCase(Locale.ROOT).endsWith(".json") ? PassportJson.defaults().readRegister(path)
                : RegisterCsvReader.defaults().read(path).register();
    }

    /**
     * The report of the check at startup.
     *
     * @return the report
     * @throws IllegalStateException before the application has started
     */
    public ValidationReport report() {
        ValidationReport r = report;
        if (r == null) {
            throw new IllegalStateException("The register " + file + " is checked when the application starts;"
                    + " ask for the report after SpringApplication.run returns");
        }
        return r;
    }

    /**
     * One line: entries, datasets without errors, the KPI against its target, errors and warnings.
     *
     * @param locale Ukrainian, or English for any other locale
     * @return the line
     */
    public String summary(Locale locale) {
        ValidationReport r = report();
        String name = file.equals(SAMPLE) ? SampleRegister.CSV_FILE_NAME : file;
        return LocalizedText.of(TEXTS, "register.summary", name, entries, r.passedCount(), r.datasets().size(),
                percent(r.kpi()), percent(r.kpiTarget()), r.count(Severity.ERROR), r.count(Severity.WARNING))
                .get(locale);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /**
     * The check without its results.
     *
     * @return e.g. {@code RegisterStartupCheck[sample]}
     */
    @Override
    public String toString() {
        return "RegisterStartupCheck[" + file + "]";
    }
}
