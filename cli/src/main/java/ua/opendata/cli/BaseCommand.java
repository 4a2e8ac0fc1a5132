package ua.opendata.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import ua.opendata.ckan.CkanAuthorizationException;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.CkanTransportException;
import ua.opendata.ckan.CkanUnexpectedResponseException;
import ua.opendata.passport.PassportException;

/**
 * What every subcommand shares: the common options, the session, the texts in the chosen language,
 * and the translation of every failure into one actionable line and an exit code (the stack trace
 * only with {@code --verbose}; with {@code --format json} also a JSON object on standard output).
 */
abstract class BaseCommand implements Callable<Integer> {
    /** Below this size a request refused with 413 carried no file (a metadata call). */
    private static final long SMALL_REQUEST_BYTES = 64 * 1024;

    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /**
     * The entries of a report folder ({@code --out} of validate and audit) that its writer owns: an older
     * set's entries the new set has not are removed with it; any other entry makes the folder shared, and
     * then only these entries are replaced.
     */
    static final java.util.Set<String> REPORT_FILES = java.util.Set.of("report.html", "report-data", "report.json",
            "findings.csv", "annex-mapping.csv", "report.uk.html", "report.uk-data", "report.en.html",
            "report.en-data");

    @Mixin
    CommonOptions common = new CommonOptions();

    final Session session;
    private @Nullable Texts texts;

    BaseCommand(Session session) {
        this.session = session;
    }

    /** The command's name as typed, e.g. {@code validate}. */
    abstract String name();

    /** Does the work; returns the exit code or throws. */
    abstract int execute() throws Exception;

    /** The portal the command talks to, for messages, or null. */
    @Nullable URI portalForMessages() {
        return null;
    }

    /** What the portal's key came from, for messages, or null when the command has no portal. */
    @Nullable String keySourceForMessages() {
        return null;
    }

    final Texts t() {
        if (texts == null) {
            texts = Texts.of(locale());
        }
        return texts;
    }

    final Locale locale() {
        if (common.lang != null) {
            return common.lang == CommonOptions.Lang.uk ? Texts.UKRAINIAN : Locale.ENGLISH;
        }
        return Texts.isUkrainian(session.locale()) ? Texts.UKRAINIAN : Locale.ENGLISH;
    }

    /** Runs {@link #execute()} and turns any failure into its line(s) and exit code. */
    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (Exception e) {
            CliException failure = translate(e);
            session.err().println(failure.getMessage());
            if (common.verbose) {
                e.printStackTrace(session.err());
            }
            if (common.json()) {
                ObjectNode o = JSON.createObjectNode();
                o.put("command", name());
                o.put("exitCode", failure.exitCode());
                o.put("error", failure.getMessage());
                printJson(o);
            }
            return failure.exitCode();
        }
    }

    final void printJson(ObjectNode node) {
        try {
            session.out().println(JSON.writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One actionable line (or a few, for broken input) and the exit code for any failure. */
    final CliException translate(Exception e) {
        Texts t = t();
        String portal = String.valueOf(portalForMessages());
        if (e instanceof CliException c) {
            return c;
        }
        if (e instanceof CkanAuthorizationException a) {
            String source = keySourceForMessages();
            return new CliException(OpendataCommand.REFUSED, source == null
                    ? t.get("error.portal.forbiddenNoKey", portal, a.action(), a.httpStatus())
                    : t.get("error.portal.forbidden", portal, a.action(), a.httpStatus(), source), e);
        }
        if (e instanceof CkanUnexpectedResponseException u) {
            String type = u.contentType() == null ? "" : u.contentType().toLowerCase(Locale.ROOT);
            boolean html = type.contains("html") || u.excerpt().stripLeading().startsWith("<");
            if (u.isLoginRedirect()) {
                return new CliException(OpendataCommand.REFUSED, t.get("error.portal.login", portal, u.action(),
                        u.httpStatus()), e);
            }
            if (u.httpStatus() == 413) {
                // a small request refused as too large is not about a file: no advice to send a smaller one
                String key = u.requestBytes() < 0 ? "error.portal.tooLargeNoSize"
                        : u.requestBytes() < SMALL_REQUEST_BYTES ? "error.portal.tooLargeSmall" : "error.portal.tooLarge";
                return new CliException(OpendataCommand.REFUSED, t.get(key, portal, u.action(),
                        Long.toString(u.requestBytes())), e);
            }
            if (u.isRateLimited()) {
                return new CliException(OpendataCommand.UNREACHABLE, t.get("error.portal.rateLimited", portal,
                        u.action(), u.httpStatus(), u.attempts()), e);
            }
            if (u.location() != null) {
                return new CliException(OpendataCommand.REFUSED,
                        t.get("error.portal.redirect", portal, u.httpStatus(), u.location()), e);
            }
            return new CliException(OpendataCommand.REFUSED, html
                    ? t.get("error.portal.html", portal, u.httpStatus())
                    : t.get("error.portal.notCkan", portal, u.action(), u.httpStatus()), e);
        }
        if (e instanceof CkanTransportException x) {
            Throwable root = rootCause(x);
            String key;
            if (x.isTimeout()) {
                key = "error.portal.timeout";
            } else if (root instanceof UnknownHostException) {
                key = "error.portal.unknownHost";
            } else if (root instanceof ConnectException || root instanceof NoRouteToHostException) {
                key = "error.portal.refused";
            } else {
                key = "error.portal.io";
            }
            URI u = portalForMessages();
            return new CliException(OpendataCommand.UNREACHABLE,
                    t.get(key, portal, u == null ? "" : u.getHost(), root.getClass().getSimpleName()), e);
        }
        if (e instanceof CkanException c) {
            return new CliException(OpendataCommand.UNREACHABLE,
                    t.get("error.portal.failed", portal, c.getMessage(locale())), e);
        }
        if (e instanceof UncheckedIOException || e instanceof IOException || e instanceof PassportException) {
            return new CliException(OpendataCommand.UNREACHABLE, t.get("error.io", String.valueOf(e.getMessage())), e);
        }
        return new CliException(OpendataCommand.UNREACHABLE,
                t.get("error.unexpected", e.getClass().getSimpleName(), String.valueOf(e.getMessage())), e);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable r = e;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r;
    }

    /** The compliance figures every JSON summary carries: passed, KPI and target, findings by severity. */
    static void putCompliance(com.fasterxml.jackson.databind.node.ObjectNode o,
                              ua.opendata.core.rules.ValidationReport report) {
        o.put("passed", report.passedCount());
        o.put("kpi", report.kpi());
        o.put("kpiTarget", report.kpiTarget());
        o.put("meetsTarget", report.meetsTarget());
        com.fasterxml.jackson.databind.node.ObjectNode findings = o.putObject("findings");
        for (ua.opendata.core.rules.Severity s : ua.opendata.core.rules.Severity.values()) {
            findings.put(s.name().toLowerCase(java.util.Locale.ROOT), report.count(s));
        }
    }
}
