package ua.opendata.examples.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.CkanClient;
import ua.opendata.core.audit.AuditOptions;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.audit.PortalAudit;
import ua.opendata.core.report.HtmlReport;
import ua.opendata.core.report.ReportJson;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;

/**
 * Example: audit what a publisher (an organization) has on a CKAN portal against Resolution No. 835,
 * print the KPI and write {@code report.html} and {@code report.json}.
 *
 * <p>Run: {@code java -cp examples/target/classes:cli/target/opendata.jar
 * ua.opendata.examples.samples.AuditPublisherExample
 * https://data.gov.ua ORGANIZATION [OUT-DIR]}. The key in {@code OPENDATA_API_KEY} is optional; with it,
 * the organization's private datasets are audited too.
 */
public final class AuditPublisherExample {
    private AuditPublisherExample() {
    }

    /**
     * Runs the example.
     *
     * @param args {@code PORTAL-URL ORGANIZATION [OUT-DIR]}
     */
    public static void main(String[] args) {
        Console.exit(launch(args, Console.system()));
    }

    /** What {@link #main} runs: the arguments parsed, the key from the environment; 0, or 2 for wrong usage. */
    static int launch(String[] args, Console console) {
        if (args.length < 2 || args.length > 3) {
            return console.usage("AuditPublisherExample PORTAL-URL ORGANIZATION [OUT-DIR]");
        }
        run(args[0], console.apiKey(), args[1], Path.of(args.length > 2 ? args[2] : "opendata-audit"),
                console.clock(), console.locale(), console.out());
        return 0;
    }

    /**
     * Audits the organization's datasets on the portal and writes the reports.
     *
     * @param portalUrl the portal's base URL
     * @param apiKey the API key, or null for public datasets only
     * @param organization the organization name on the portal
     * @param outDir where report.html and report.json go (created when missing)
     * @param clock the clock the rulebook judges timeliness by
     * @param locale the language of the output and of the HTML report
     * @param out where the summary is printed
     * @return the audit
     */
    public static AuditResult run(String portalUrl, @Nullable String apiKey, String organization, Path outDir,
            Clock clock, Locale locale, PrintStream out) {
        AuditResult audit;
        try (CkanClient ckan = Console.client(portalUrl, apiKey)) {
            audit = PortalAudit.create(ckan).run(AuditOptions.builder().organization(organization)
                    .rulebook(RulebookConfig.builder().clock(clock).build())
                    .includePrivate(apiKey != null).build());
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the report directory " + outDir
                    + "; choose a writable OUT-DIR", e);
        }
        Path html = outDir.resolve("report.html");
        Path json = outDir.resolve("report.json");
        HtmlReport.builder().locale(locale).build().write(audit.report(), html);
        ReportJson.write(audit, json);

        ValidationReport report = audit.report();
        out.println(Say.text(locale, "Організація: ", "Organization: ") + organization + " (" + portalUrl + ")");
        out.println(Say.text(locale, "Наборів на порталі: ", "Datasets on the portal: ") + audit.datasets().size());
        out.println(Say.text(locale, "Без помилок: ", "Passed: ") + report.passedCount());
        out.println("KPI: " + Say.percent(report.kpi()) + " (" + Say.text(locale, "ціль ", "target ")
                + Say.percent(report.kpiTarget()) + ")");
        out.println(Say.text(locale, "Зауваження: ", "Findings: ")
                + Say.text(locale, "помилок ", "errors ") + report.count(Severity.ERROR) + ", "
                + Say.text(locale, "попереджень ", "warnings ") + report.count(Severity.WARNING));
        out.println(Say.text(locale, "Звіти: ", "Reports: ") + html + ", " + json);
        return audit;
    }
}
