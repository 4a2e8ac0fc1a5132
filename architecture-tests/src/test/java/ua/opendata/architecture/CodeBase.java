package ua.opendata.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every module under a repository root, found by directory (a directory with a {@code pom.xml}),
 * with its main and test classes read from {@code target/classes} and {@code target/test-classes}.
 * Each module and scope is imported on its own, so a class belongs to the directory its class
 * file came from; a dependency on another module's class is known by name.
 */
final class CodeBase {

    /** Directories never searched for modules. */
    private static final Set<String> NOT_MODULES = Set.of("target", "src", "node_modules");

    private final Path root;
    private final List<Module> modules;
    private final Map<Module, Map<Module.Scope, JavaClasses>> classes = new HashMap<>();

    private CodeBase(Path root, List<Module> modules) {
        this.root = root;
        this.modules = List.copyOf(modules);
    }

    /**
     * The modules under {@code root} except the directories named in {@code excluded} (this
     * module, whose test classes hold the seeded-violation fixtures).
     */
    static CodeBase discover(Path root, Set<String> excluded) {
        List<Module> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(root, 4)) {
            dirs.filter(Files::isDirectory)
                    .filter(d -> !d.equals(root))
                    .filter(d -> Files.isRegularFile(d.resolve("pom.xml")))
                    .filter(d -> !isSkipped(root, d))
                    .map(d -> new Module(root.relativize(d).toString().replace('\\', '/'), d))
                    .filter(m -> !excluded.contains(m.name()))
                    .forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the modules under " + root, e);
        }
        found.sort(Comparator.comparing(Module::name));
        return new CodeBase(root, found);
    }

    /** The repository root the build passes in ({@code -Dopendata.root}, set by the pom). */
    static Path rootFromBuild() {
        String root = System.getProperty("opendata.root");
        if (root == null || root.isBlank()) {
            throw new IllegalStateException("system property opendata.root is not set: run these tests"
                    + " through Maven (./mvnw verify), whose surefire configuration passes the"
                    + " repository root");
        }
        return Path.of(root).toAbsolutePath().normalize();
    }

    private static boolean isSkipped(Path root, Path dir) {
        for (Path part : root.relativize(dir)) {
            String name = part.toString();
            if (name.startsWith(".") || NOT_MODULES.contains(name)) {
                return true;
            }
        }
        return false;
    }

    Path root() {
        return root;
    }

    List<Module> modules() {
        return modules;
    }

    /**
     * The classes of a module in a scope; empty when the module has no sources there. Fails when
     * it has sources but no compiled classes, so a rule never passes on a module it did not read.
     */
    JavaClasses classes(Module module, Module.Scope scope) {
        return classes.computeIfAbsent(module, m -> new EnumMap<>(Module.Scope.class))
                .computeIfAbsent(scope, s -> importClasses(module, s));
    }

    private static JavaClasses importClasses(Module module, Module.Scope scope) {
        Path dir = module.classes(scope);
        if (!Files.isDirectory(dir)) {
            if (module.hasSources(scope)) {
                throw new IllegalStateException("module " + module + " has " + scope.sources
                        + " but no " + scope.classes + ": build it first (./mvnw verify builds every"
                        + " module before architecture-tests; alone: -pl architecture-tests -am)");
            }
            return new ClassFileImporter().importClasses(List.of());
        }
        return new ClassFileImporter().importPath(dir);
    }

    /** The module whose main (else test) classes hold a class of that name, if any. */
    Map<String, Module> ownerOfEveryClass() {
        Map<String, Module> owners = new HashMap<>();
        for (Module.Scope scope : List.of(Module.Scope.TEST, Module.Scope.MAIN)) {
            for (Module module : modules) {
                for (JavaClass c : classes(module, scope)) {
                    owners.put(c.getName(), module);
                }
            }
        }
        return owners;
    }

    /** The source file a class was compiled from, relative to the root, as best known. */
    static String sourceOf(Module module, Module.Scope scope, String packageName, String sourceFileName) {
        String dir = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
        return module.name() + "/" + scope.sources + "/" + dir + sourceFileName;
    }
}
