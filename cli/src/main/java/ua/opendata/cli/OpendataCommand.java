/*
 * The opendata command-line tool (issue 6): validate a register of datasets against Resolution
 * No. 835, re-render a report in another language, plan and publish a register to a CKAN portal,
 * harvest a CKAN portal to JSON Lines.
 *
 *   opendata                                   # validate the bundled sample register
 *   opendata validate my-register.csv --lang uk --out reports/
 *   opendata report reports/report.json --lang en
 *   opendata plan my-register.csv --passports passports/ --portal https://data.gov.ua --organization my-council
 *   opendata publish my-register.csv --passports passports/ --files files/ --portal https://data.gov.ua \
 *       --organization my-council --execute        # the key from OPENDATA_API_KEY
 *   opendata harvest --portal https://data.gov.ua --organization my-council --out datasets.jsonl
 *   opendata audit --portal https://data.gov.ua --organization my-council --register my-register.csv \
 *       --check-files --out audit/
 *
 * Exit codes: 0 ok; 1 findings above the threshold (--fail-on) or a register/passport with broken
 * rows, a plan with conflicts, a publish with failed, blocked or conflicting datasets; 2 wrong usage;
 * 3 portal unreachable or a file unreadable/unwritable; 4 the portal refused the key or answered
 * something that is not CKAN.
 */
package ua.opendata.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code opendata} command: picocli's entry point with the subcommands {@code validate},
 * {@code report}, {@code plan}, {@code publish}, {@code harvest}, {@code audit} and {@code help}. Without a subcommand
 * it runs {@code validate}, so {@code java -jar opendata.jar} checks the bundled sample register and
 * {@code java -jar opendata.jar my-register.csv} checks a file, as before the tool had subcommands.
 */
@Command(name = "opendata", mixinStandardHelpOptions = true, versionProvider = OpendataCommand.Version.class,
        sortOptions = false)
public final class OpendataCommand implements Callable<Integer> {

    /** Exit code: done; with {@code validate}, no findings above the {@code --fail-on} threshold. */
    public static final int OK = 0;
    /**
     * Exit code: findings above the threshold, a register or passport with broken rows, a plan with
     * conflicts, or a publish where a dataset failed, was blocked or is a conflict.
     */
    public static final int FINDINGS = 1;
    /** Exit code: wrong usage. */
    public static final int USAGE = 2;
    /** Exit code: the portal is unreachable, or a file could not be read or written. */
    public static final int UNREACHABLE = 3;
    /** Exit code: the portal refused the key or answered something that is not the CKAN API. */
    public static final int REFUSED = 4;

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @Spec
    CommandSpec spec = CommandSpec.create();

    private OpendataCommand() {
    }

    /**
     * Runs the tool with the process's streams, environment, clock and locale, and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Route Hibernate Validator's logging (JBoss Logging) through SLF4J, which is set to warnings.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Session session = new Session(out, err, System.getenv(), Clock.systemUTC(),
                UsageErrors.systemLocale(Locale.getDefault(), System.getenv()),
                Terminal.stderrIsTerminal());
        System.exit(run(args, session));
    }

    /**
     * Runs the tool in-process and returns its exit code (never calls {@code System.exit}).
     *
     * @param args    the command line
     * @param session the streams, environment, clock and default language to use
     * @return the exit code: {@link #OK}, {@link #FINDINGS}, {@link #USAGE}, {@link #UNREACHABLE} or
     *         {@link #REFUSED}
     */
    public static int run(String[] args, Session session) {
        CommandLine cl = commandLine(session);
        String[] effective = withDefaultCommand(args, cl.getSubcommands().keySet());
        Locale locale = requestedLocale(effective, session.locale());
        Texts texts = Texts.of(locale);
        cl.setResourceBundle(texts.bundle());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(session.out(), true));
        cl.setErr(new PrintWriter(session.err(), true));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        String unknown = UsageErrors.unknownCommand(firstWord(args), cl.getSubcommands().keySet(), texts);
        if (unknown != null) {
            return usageError(cl.getCommandName(), texts.get("error.usage", unknown, cl.getCommandName()),
                    effective, session);
        }
        cl.setParameterExceptionHandler((ParameterException e, String[] ignored) -> {
            CommandLine sub = e.getCommandLine();
            String message = texts.get("error.usage", UsageErrors.describe(e, texts),
                    sub.getCommandSpec().qualifiedName());
            if (Arrays.asList(effective).contains("--verbose")) {
                session.err().println(e.getMessage());
            }
            return usageError(sub.getCommandName(), message, effective, session);
        });
        cl.setExecutionExceptionHandler((e, sub, parse) -> {
            session.err().println(texts.get("error.unexpected", e.getClass().getSimpleName(),
                    String.valueOf(e.getMessage())));
            return UNREACHABLE;
        });
        return cl.execute(effective);
    }

    /**
     * The command tree. A new subcommand is one
     * more line here: a {@link BaseCommand} with the {@link PortalOptions} mixin when it talks to a
     * portal, its help under {@code opendata.NAME.usage.*} in both {@code Messages} bundles.
     */
    static CommandLine commandLine(Session session) {
        CommandLine cl = new CommandLine(new OpendataCommand());
        cl.addSubcommand("validate", new ValidateCommand(session));
        cl.addSubcommand("report", new ReportCommand(session));
        cl.addSubcommand("plan", new PlanCommand(session));
        cl.addSubcommand("publish", new PublishCommand(session));
        cl.addSubcommand("harvest", new HarvestCommand(session));
        cl.addSubcommand("audit", new AuditCommand(session));
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        return cl;
    }

    private static int usageError(String command, String message, String[] effective, Session session) {
        session.err().println(message);
        if (wantsJson(effective)) {
            ObjectNode o = BaseCommand.JSON.createObjectNode();
            o.put("command", command);
            o.put("exitCode", USAGE);
            o.put("error", message);
            session.out().println(o.toPrettyString());
        }
        return USAGE;
    }

    /** The first word after the shared options {@code --lang}, {@code --format}, {@code --verbose}, or null. */
    static @Nullable String firstWord(String[] args) {
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--verbose") || a.startsWith("--lang=") || a.startsWith("--format=")) {
                i++;
            } else if ((a.equals("--lang") || a.equals("--format")) && i + 1 < args.length) {
                i += 2;
            } else {
                return a;
            }
        }
        return null;
    }

    /** Not reached: without a subcommand, {@link #run} runs {@code validate}. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return USAGE;
    }

    /**
     * The command line with its subcommand first: {@code validate} when none is named, and a subcommand
     * named after the shared options {@code --lang}, {@code --format} or {@code --verbose} moved to the
     * front ({@code opendata --lang uk harvest ...} is {@code opendata harvest --lang uk ...}).
     */
    private static boolean wantsJson(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--format=json") || (args[i].equals("--format") && i + 1 < args.length
                    && args[i + 1].equalsIgnoreCase("json"))) {
                return true;
            }
        }
        return false;
    }

    static String[] withDefaultCommand(String[] args, Set<String> subcommands) {
        if (args.length > 0 && (subcommands.contains(args[0]) || TOP_LEVEL_OPTIONS.contains(args[0]))) {
            return args;
        }
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--verbose") || a.startsWith("--lang=") || a.startsWith("--format=")) {
                i++;
            } else if ((a.equals("--lang") || a.equals("--format")) && i + 1 < args.length) {
                i += 2;
            } else {
                break;
            }
        }
        if (i > 0 && i < args.length && subcommands.contains(args[i])) {
            String[] moved = new String[args.length];
            moved[0] = args[i];
            System.arraycopy(args, 0, moved, 1, i);
            System.arraycopy(args, i + 1, moved, i + 1, args.length - i - 1);
            return moved;
        }
        String[] all = new String[args.length + 1];
        all[0] = "validate";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** The language of {@code --lang uk|en} if given (before parsing, so that help is in it too). */
    static Locale requestedLocale(String[] args, Locale fallback) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
        }
        if (value != null) {
            if (value.equalsIgnoreCase("uk")) {
                return Texts.UKRAINIAN;
            }
            if (value.equalsIgnoreCase("en")) {
                return Locale.ENGLISH;
            }
        }
        return Texts.isUkrainian(fallback) ? Texts.UKRAINIAN : Locale.ENGLISH;
    }

    /** The tool's version, from the build. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = OpendataCommand.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** Prints the version for {@code --version}. */
    static final class Version implements IVersionProvider {
        /** The tool's version and the Java it runs on. */
        @Override
        public String[] getVersion() {
            return new String[] {"opendata (ua-opendata) " + version(),
                    "Java " + System.getProperty("java.version") + " " + System.getProperty("os.name")};
        }
    }

}
