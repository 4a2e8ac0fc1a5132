package ua.opendata.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A throw-away repository for the fixture tests: modules as directories with a {@code pom.xml},
 * filled with the compiled fixture classes of chosen packages and with generated sources, read back
 * by the same {@link CodeBase#discover} as the real code.
 */
final class FixtureRepo {

    private static final String FIXTURES = "ua/opendata/architecture/fixtures/";

    private final Path root;

    FixtureRepo(Path root) {
        this.root = root;
    }

    /** Copies the compiled fixture classes of a package (under {@code fixtures/}) into a module. */
    FixtureRepo classes(String module, Module.Scope scope, String fixturePackage) {
        Path from = testClasses().resolve(FIXTURES + fixturePackage);
        Path to = module(module).resolve(scope.classes).resolve(FIXTURES + fixturePackage);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes a file of a module (a source, a pom, a resource), creating the module. */
    FixtureRepo file(String module, String path, String text) {
        try {
            Path file = module(module).resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A Java source of exactly {@code lines} lines. */
    static String sourceOfLines(String packageName, String className, int lines) {
        StringBuilder text = new StringBuilder("package " + packageName + ";\n");
        text.append("final class ").append(className).append(" {\n");
        for (int i = 3; i < lines; i++) {
            text.append("    // line ").append(i).append('\n');
        }
        return text.append("}\n").toString();
    }

    CodeBase read() {
        return CodeBase.discover(root, Set.of());
    }

    private Path module(String module) {
        Path dir = root.resolve(module);
        try {
            Files.createDirectories(dir);
            if (!Files.exists(dir.resolve("pom.xml"))) {
                Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static Path testClasses() {
        try {
            return Path.of(FixtureRepo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> names(List<Module> modules) {
        return modules.stream().map(Module::name).toList();
    }
}
