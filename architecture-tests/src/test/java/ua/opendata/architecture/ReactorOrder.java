package ua.opendata.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules read {@code target/} of every module, so the reactor must build every module with
 * code before this one: each must be a (test-scope) dependency of architecture-tests. A module
 * added later that is not is named here, rather than silently read stale or not at all.
 */
final class ReactorOrder {

    private static final Pattern PARENT = Pattern.compile("<parent>.*?</parent>", Pattern.DOTALL);
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");

    private ReactorOrder() {
    }

    /** The modules with code whose artifact is not a dependency in {@code ownPom}. */
    static List<String> missing(CodeBase code, Path ownPom) {
        List<String> missing = new ArrayList<>();
        String own = read(ownPom);
        for (Module module : code.modules()) {
            if (!module.hasSources(Module.Scope.MAIN) && !module.hasSources(Module.Scope.TEST)) {
                continue;
            }
            Matcher artifact = ARTIFACT.matcher(PARENT.matcher(read(module.dir().resolve("pom.xml"))).replaceFirst(""));
            if (!artifact.find()) {
                missing.add(module + "/pom.xml has no artifactId");
            } else if (!own.contains("<artifactId>" + artifact.group(1) + "</artifactId>")) {
                missing.add(module + " (" + artifact.group(1) + ") is not a dependency of architecture-tests"
                        + "\n    fix: add it to architecture-tests/pom.xml at test scope (with the wildcard"
                        + " exclusion, like the others), so the reactor builds it first.");
            }
        }
        return missing;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
