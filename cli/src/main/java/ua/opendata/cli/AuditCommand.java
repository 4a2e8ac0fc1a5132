package ua.opendata.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanNotFoundException;
import ua.opendata.core.audit.AuditDifference;
import ua.opendata.core.audit.AuditFileStatus;
import ua.opendata.core.audit.AuditOptions;
import ua.opendata.core.audit.AuditProbeCheck;
import ua.opendata.core.audit.AuditProgress;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.audit.PortalAudit;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.ProfileDetection;
import ua.opendata.core.probe.ResourceProbe;
import ua.opendata.core.report.AuditHtml;
import ua.opendata.core.report.ReportCsv;
import ua.opendata.core.report.ReportFolder;
import ua.opendata.core.report.ReportJson;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.annex.AnnexMapping;

/**
 * {@code opendata audit}: what a publisher's datasets look like on a CKAN portal — validated with the
 * rulebook (timeliness from the resources' dates), compared with the register when one is given, and
 * with {@code --check-files} every file behind a link checked by a {@link ResourceProbe} (a CSV against
 * the structure its passport from {@code --passports} declares, when there is one). Writes
 * {@code report.html}, {@code report.json} (with the portal member) and {@code findings.csv}; a short
 * summary on standard output, progress on standard error.
 */
@Command(name = "audit", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = OpendataCommand.Version.class)
final class AuditCommand extends PortalCommand {

    @Option(names = "--organization", paramLabel = "NAME", descriptionKey = "opt.organization.audit")
    @Nullable String organization;

    @Option(names = "--register", paramLabel = "FILE", descriptionKey = "opt.register.audit")
    @Nullable Path register;

    @Option(names = "--passports", paramLabel = "DIR", descriptionKey = "opt.passports")
    @Nullable Path passports;

    @Mixin
    AnnexOptions annexOptions = new AnnexOptions();

    /** How {@code --section}, {@code --holder} or {@code --publisher-kind} named the sections; empty when none did. */
    private String givenWhy = "";

    @Option(names = "--include-private", descriptionKey = "opt.include-private")
    boolean includePrivate;

    @Option(names = "--check-files", descriptionKey = "opt.check-files")
    boolean checkFiles;

    /** For tests against a local fake portal only: lets the file check fetch loopback and private addresses. */
    @Option(names = "--allow-private-addresses", hidden = true)
    boolean allowPrivateAddresses;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "opendata-audit", descriptionKey = "opt.out.audit")
    Path out = Path.of("opendata-audit");

    @Option(names = "--profile", paramLabel = "data-gov-ua|stock-ckan", descriptionKey = "opt.profile.audit")
    @Nullable String profile;

    @Option(names = "--page-base", paramLabel = "URL", descriptionKey = "opt.page-base")
    @Nullable String pageBase;

    @Option(names = "--fail-on", paramLabel = "kpi|error|warning|never", defaultValue = "never",
            descriptionKey = "opt.fail-on")
    ValidateCommand.FailOn failOn = ValidateCommand.FailOn.never;

    @Mixin
    AsOfOption asOf = new AsOfOption();

    AuditCommand(Session session) {
        super(session);
    }

    @Override
    String name() {
        return "audit";
    }

    @Override
    int execute() throws Exception {
        Texts t = t();
        LocalDate day = asOf.checked(t, session.clock());
        PortalProfile given = givenProfile(t);
        URI url = portal.portalUrl(t, name());
        String base = pageBase;
        if (base != null) {
            checkPageBase(base, t);
        }
        AnnexCatalogue catalogue = AnnexCatalogue.bundled();
        AnnexOptions.Given binding = annexOptions.given(catalogue, t);
        givenWhy = binding == null ? "" : binding.why();
        AnnexMapping mapping = annexOptions.mapping(t, locale());
        Register reg = null;
        Map<String, Passport> byId = Map.of();
        if (register != null) {
            RegisterInput in = new RegisterInput(session, t);
            RegisterInput.Read read = in.register(register);
            reg = read.result().register();
            byId = in.passports(passports, reg);
        }
        String key = portal.apiKey(session, t);
        try (CkanClient ckan = portal.client(session, t, name(), key);
             ResourceProbe probe = checkFiles
                     ? ResourceProbe.builder().allowPrivateAddresses(allowPrivateAddresses).build() : null) {
            portal.verifyKey(ckan, key, t, url);
            String org = organizationName(ckan, t, url);
            ProfileDetection used = given != null ? ProfileDetection.given(given) : (org == null ? PortalAudit.create(ckan).detectProfile()
                    : PortalAudit.create(ckan).detectProfile(org));
            StageProgress progress = new StageProgress(t, org == null ? url.toString() : org);
            RulebookConfig.Builder rules = RulebookConfig.builder().clock(session.clock()).annexMapping(mapping);
            if (day != null) {
                rules.asOf(day);
            }
            RulebookConfig config = rules.build();
            AuditOptions.Builder options = AuditOptions.builder().organization(org).profile(used)
                    .rulebook(config)
                    .register(reg, byId).includePrivate(includePrivate)
                    .progress(progress::on);
            if (binding != null) {
                options.annexSections(binding.codes());
            }
            if (base != null) {
                options.datasetPageBase(base.strip());
            }
            if (probe != null) {
                // CSVs are checked against the structures the passports declare (by identifier)
                options.resourceCheck(AuditProbeCheck.of(probe, used.profile(),
                        AuditProbeCheck.structuresOf(byId)));
            }
            if (org == null && reg == null) {
                PortalSweep.Done done = new PortalSweep(session, t, locale(), out, failOn, common.json())
                        .run(PortalAudit.create(ckan), options.build(), url, progress::close);
                progress.close();
                if (!done.summaries().isEmpty()) {
                    if (common.json()) {
                        printSweepJson(done, url);
                    }
                    return done.code();
                }
                // no annex holder on this portal (e.g. a city's own portal): the whole portal at once, as before
            }
            AuditResult audit = PortalAudit.create(ckan).run(options.build());
            progress.close();

            ReportFiles files = writeReports(audit, out, locale());
            ValidationReport report = audit.report();
            boolean above = ValidateCommand.above(failOn, report);
            int code = above ? OpendataCommand.FINDINGS : OpendataCommand.OK;
            String annexVersion = config.annex().version().id();
            if (common.json()) {
                printJsonSummary(audit, code, url, org, files, annexVersion);
            } else {
                printTextSummary(t, audit, url, org, files, annexVersion);
            }
            if (above) {
                session.err().println(t.get("validate.above." + failOn.name(), percent(report.kpi()),
                        percent(report.kpiTarget()), report.count(Severity.ERROR), report.count(Severity.WARNING)));
            }
            return code;
        }
    }

    private void printSweepJson(PortalSweep.Done done, URI url) {
        ObjectNode o = JSON.createObjectNode();
        o.put("command", name());
        o.put("exitCode", done.code());
        o.put("portal", url.toString());
        o.put("organizations", done.summaries().size());
        o.put("datasets", done.summaries().stream().mapToInt(s -> s.datasets()).sum());
        o.put("failOn", failOn.name());
        ObjectNode reports = o.putObject("reports");
        reports.put("html", done.html().toString());
        reports.put("json", done.json().toString());
        printJson(o);
    }

    /** Checks the options that need no portal; the profile named by {@code --profile}, or null to detect it. */
    private @Nullable PortalProfile givenProfile(Texts t) {
        if (passports != null && register == null) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.audit.passportsNeedRegister"));
        }
        PortalProfile given = null;
        if (profile != null) {
            given = PublishingCommand.PROFILES.get(profile.strip().toLowerCase(Locale.ROOT));
            if (given == null) {
                throw new CliException(OpendataCommand.USAGE, t.get("error.publish.profile", profile));
            }
        }
        return given;
    }

    /** {@code --page-base} must be an http(s) address with a host. */
    private static void checkPageBase(String base, Texts t) {
        URI b;
        try {
            b = URI.create(base.strip());
        } catch (IllegalArgumentException e) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.audit.pageBase", base), e);
        }
        if (!("http".equals(b.getScheme()) || "https".equals(b.getScheme())) || b.getHost() == null) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.audit.pageBase", base));
        }
    }

    /** The portal's name of {@code --organization} (which may be given by id), or null without it. */
    private @Nullable String organizationName(CkanClient ckan, Texts t, URI url) {
        if (organization == null) {
            return null;
        }
        try {
            String n = ckan.organizationShow(organization.strip()).name();
            return n == null ? organization.strip() : n;
        } catch (CkanNotFoundException e) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.harvest.noOrganization",
                    organization, url), e);
        }
    }

    /** The reports in {@code --out}. */
    record ReportFiles(Path html, Path json, Path csv, Path mapping) { }

    /**
     * Writes the reports of one audit into {@code dir} (report.html with its data folder, report.json,
     * findings.csv, annex-mapping.csv): written beside it, then swapped in, so the folder is always one complete set.
     */
    static ReportFiles writeReports(AuditResult audit, Path dir, Locale locale) {
        ReportFiles files = new ReportFiles(dir.resolve("report.html"), dir.resolve("report.json"),
                dir.resolve("findings.csv"), dir.resolve("annex-mapping.csv"));
        ReportFolder.write(dir, BaseCommand.REPORT_FILES, tmp -> {
            AuditHtml.of(locale).write(audit, tmp.resolve("report.html"));
            ReportJson.write(audit, tmp.resolve("report.json"));
            ReportCsv.defaults().write(audit.report(), tmp.resolve("findings.csv"));
            AnnexOptions.writeMapping(tmp.resolve("annex-mapping.csv"), o -> audit.annex().writeMapping(locale, o));
        });
        return files;
    }

    private void printJsonSummary(AuditResult audit, int code, URI url, @Nullable String org, ReportFiles written,
            String annexVersion) {
        ValidationReport report = audit.report();
        ObjectNode o = JSON.createObjectNode();
        o.put("command", name());
        o.put("exitCode", code);
        o.put("portal", url.toString());
        if (org != null) {
            o.put("organization", org);
        }
        o.put("profile", audit.profile());
        o.put("profileSource", audit.profileSource().name().toLowerCase(Locale.ROOT));
        o.put("portalFindings", audit.portalFindings().size());
        o.put("datasets", audit.datasets().size());
        putCompliance(o, report);
        if (report.asOf() != null) {
            AsOfOption.putJson(o, report.asOf(), annexVersion, report);
        }
        o.put("late", late(report));
        if (audit.compared()) {
            ObjectNode c = o.putObject("register");
            c.put("missing", audit.differences(AuditDifference.Kind.MISSING).size());
            c.put("extra", audit.differences(AuditDifference.Kind.EXTRA).size());
            c.put("different", different(audit));
        }
        ObjectNode files = o.putObject("files");
        files.put("total", audit.fileCount());
        files.put("checked", checkFiles);
        files.put("failed", count(audit, AuditFileStatus.State.FAILED));
        files.put("warning", count(audit, AuditFileStatus.State.WARNING));
        o.put("failOn", failOn.name());
        ObjectNode reports = o.putObject("reports");
        reports.put("html", written.html().toString());
        reports.put("json", written.json().toString());
        reports.put("csv", written.csv().toString());
        reports.put("annexMapping", written.mapping().toString());
        AnnexLines.putJson(o.putObject("annex"), audit.annex());
        printJson(o);
    }

    private void printTextSummary(Texts t, AuditResult audit, URI url, @Nullable String org, ReportFiles files,
            String annexVersion) {
        ValidationReport report = audit.report();
        if (report.asOf() != null) {
            AsOfOption.printHeader(session.out(), t, report.asOf(), annexVersion);
        }
        session.out().println(t.get("audit.summary.datasets", org == null ? url : org, audit.datasets().size(),
                audit.fileCount()));
        session.out().println(t.get("audit.summary.profile", audit.profile(),
                t.get("audit.profile." + audit.profileSource().name().toLowerCase(Locale.ROOT))));
        if (!audit.portalFindings().isEmpty()) {
            session.out().println(t.get("audit.summary.portalFindings", audit.portalFindings().size()));
        }
        session.out().println(t.get("audit.summary.kpi", percent(report.kpi()), percent(report.kpiTarget()),
                report.passedCount(), report.count(Severity.ERROR), report.count(Severity.WARNING)));
        session.out().println(t.get("audit.summary.late", late(report)));
        if (audit.compared()) {
            session.out().println(t.get("audit.summary.register", audit.differences(AuditDifference.Kind.MISSING).size(),
                    audit.differences(AuditDifference.Kind.EXTRA).size(), different(audit)));
        }
        session.out().println(checkFiles
                ? t.get("audit.summary.files", count(audit, AuditFileStatus.State.FAILED),
                        count(audit, AuditFileStatus.State.WARNING), audit.fileCount())
                : t.get("audit.summary.filesNotChecked"));
        session.out().println(t.get("validate.reports", files.html(), files.json(), files.csv()));
        if (report.asOf() != null) {
            AsOfOption.printAfter(session.out(), t, report);
        }
        AnnexLines.print(session.out(), t, audit, givenWhy, files.mapping());
    }

    /** Datasets found late (R835-TIMELINESS-LATE). */
    static long late(ValidationReport report) {
        return report.findingsOf("R835-TIMELINESS-LATE").stream().map(f -> f.datasetId()).distinct().count();
    }

    /** Datasets whose portal metadata differ from the register. */
    private static long different(AuditResult audit) {
        return audit.differences(AuditDifference.Kind.DIFFERENT).stream()
                .map(AuditDifference::datasetName).distinct().count();
    }

    private static long count(AuditResult audit, AuditFileStatus.State state) {
        return audit.datasets().stream().flatMap(d -> d.files().stream()).filter(f -> f.status().state() == state)
                .count();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /** Progress of the audit on standard error, one {@link Progress} per stage; calls may come from several threads. */
    private final class StageProgress {
        private final Texts t;
        private final String subject;
        private AuditProgress.@Nullable Stage stage;
        private @Nullable Progress current;
        private int done;

        StageProgress(Texts t, String subject) {
            this.t = t;
            this.subject = subject;
        }

        synchronized void on(AuditProgress p) {
            if (p.stage() != stage) {
                finishCurrent();
                stage = p.stage();
                if (p.stage() == AuditProgress.Stage.DONE) {
                    return;
                }
                current = new Progress(session.err(), session.errIsTerminal(), t,
                        t.get("audit.stage." + p.stage().name().toLowerCase(Locale.ROOT), subject), p.total());
            }
            if (current != null) {
                done = Math.max(done, p.done());
                current.update(done);
            }
        }

        synchronized void close() {
            finishCurrent();
        }

        private void finishCurrent() {
            if (current != null) {
                current.finish(done);
                current = null;
            }
            done = 0;
        }
    }
}
