package ua.opendata.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import ua.opendata.core.audit.AuditOptions;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.audit.AuditSummary;
import ua.opendata.core.audit.PortalAudit;
import ua.opendata.core.report.SweepReport;

/**
 * {@code audit} of a whole portal without a register: every organization the annex holder table pairs with a
 * holder, one after another; each organization's reports go to {@code OUT/<organization>/} as soon as it is
 * audited and its datasets are dropped; a line per organization, then the summary reports in {@code OUT}.
 */
final class PortalSweep {

    private final Session session;
    private final Texts t;
    private final Locale locale;
    private final Path out;
    private final ValidateCommand.FailOn failOn;
    private final boolean json;

    /** What the sweep did: one summary per organization, the summary reports, the exit code. */
    record Done(List<AuditSummary> summaries, Path html, Path json, int code) { }

    PortalSweep(Session session, Texts t, Locale locale, Path out, ValidateCommand.FailOn failOn, boolean json) {
        this.session = session;
        this.t = t;
        this.locale = locale;
        this.out = out;
        this.failOn = failOn;
        this.json = json;
    }

    /**
     * Runs the sweep; {@code betweenOrganizations} finishes the progress lines before an organization's line.
     * When no organization of the portal is in the holder table, says so and writes nothing (the caller then
     * audits the whole portal at once).
     */
    Done run(PortalAudit audit, AuditOptions options, URI url, Runnable betweenOrganizations) {
        List<AuditSummary> summaries = audit.runEachHolder(options, result -> {
            betweenOrganizations.run();
            write(result);
        });
        Path html = out.resolve("report.html");
        Path jsonFile = out.resolve("report.json");
        if (summaries.isEmpty()) {
            session.err().println(t.get("audit.sweep.none", url));
            return new Done(summaries, html, jsonFile, OpendataCommand.OK);
        }
        try {
            java.nio.file.Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(out.toString(), e);
        }
        SweepReport report = SweepReport.of(locale);
        report.writeHtml(summaries, html);
        report.writeJson(summaries, session.clock().instant(), jsonFile);
        boolean above = summaries.stream().anyMatch(this::above);
        if (!json) {
            session.out().println(t.get("audit.sweep.done", summaries.size(), html, jsonFile));
        }
        return new Done(summaries, html, jsonFile, above ? OpendataCommand.FINDINGS : OpendataCommand.OK);
    }

    private void write(AuditResult result) {
        String org = result.organization() == null ? "" : result.organization();
        AuditCommand.ReportFiles files = AuditCommand.writeReports(result, out.resolve(org), locale);
        if (json) {
            return;
        }
        AuditSummary s = AuditSummary.of(result, "");
        String holder = result.annex().holder() == null ? "—" : result.annex().holder();
        session.out().println(t.get("audit.sweep.line", org, holder, String.join(", ", s.sections()), s.datasets(),
                AuditCommand.percent(s.kpi()), s.late(), s.present(), s.restricted(), s.unsure(), s.missing(),
                s.extras(), files.html()));
    }

    private boolean above(AuditSummary s) {
        return switch (failOn) {
            case kpi -> s.kpi() + 1e-12 < s.kpiTarget() || s.datasets() == 0;
            case error -> s.errors() > 0;
            case warning -> s.errors() + s.warnings() > 0;
            case never -> false;
        };
    }
}
