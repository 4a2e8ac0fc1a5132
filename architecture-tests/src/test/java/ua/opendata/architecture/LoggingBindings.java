package ua.opendata.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule c: no logging binding in a library module.
 *
 * <p>The check on the resolved class path is the enforcer's {@code bannedDependencies} execution
 * {@code no-logging-binding} of the parent pom (SLF4J bindings of compile or runtime scope, also
 * transitive ones): Maven resolves each module's real dependency graph, the rule applies to every
 * module of the reactor unless the module opts out, so a new module is a library by default, and it
 * fails at {@code validate}, before anything compiles. A test proves it on a fixture build
 * ({@code LoggingBindingEnforcerTest}). What the enforcer cannot see is checked here: that only the
 * application modules ({@value #APPLICATIONS_TEXT}) opt out, and that no other module ships a
 * binding of its own (an SLF4J 2 provider or an SLF4J 1 {@code StaticLoggerBinder}).
 */
final class LoggingBindings {

    /** The modules that are applications and may ship a binding. */
    static final Set<String> APPLICATIONS = Set.of("examples", "cli");

    static final String APPLICATIONS_TEXT = "examples, cli";

    /** The pom property that switches the enforcer rule off for a module. */
    static final String OPT_OUT = "opendata.allowLoggingBinding";

    /** What a binding puts in its jar. */
    static final List<String> BINDING_FILES = List.of(
            "META-INF/services/org.slf4j.spi.SLF4JServiceProvider", "org/slf4j/impl/StaticLoggerBinder.class");

    private static final Pattern OPTS_OUT =
            Pattern.compile("<" + Pattern.quote(OPT_OUT) + ">\\s*true\\s*</" + Pattern.quote(OPT_OUT) + ">");

    private LoggingBindings() {
    }

    /** Library modules that switch the enforcer rule off, or ship a binding of their own. */
    static List<String> find(CodeBase code) {
        List<String> found = new ArrayList<>();
        for (Module module : code.modules()) {
            if (APPLICATIONS.contains(module.name())) {
                continue;
            }
            try {
                String pom = Files.readString(module.dir().resolve("pom.xml"));
                if (OPTS_OUT.matcher(pom).find()) {
                    found.add(module + "/pom.xml sets " + OPT_OUT + "=true, but " + module
                            + " is a library (only " + APPLICATIONS_TEXT + " may)"
                            + "\n    fix: remove the property; keep a binding in test scope only.");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + module.dir().resolve("pom.xml"), e);
            }
            for (String file : BINDING_FILES) {
                Path shipped = module.classes(Module.Scope.MAIN).resolve(file);
                if (Files.exists(shipped)) {
                    found.add(module + " ships a logging binding of its own: " + code.root().relativize(shipped)
                            + "\n    fix: a library logs through slf4j-api only; the application chooses"
                            + " the binding.");
                }
            }
        }
        return found;
    }
}
