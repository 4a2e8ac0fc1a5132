package ua.opendata.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A module of the build, found by directory: {@code name} is its path from the repository root
 * ({@code core}, {@code ckan-testkit}); its classes are those compiled into its {@code target}.
 */
record Module(String name, Path dir) {

    /** Main or test code of a module. */
    enum Scope {
        MAIN("src/main/java", "target/classes"),
        TEST("src/test/java", "target/test-classes");

        final String sources;
        final String classes;

        Scope(String sources, String classes) {
            this.sources = sources;
            this.classes = classes;
        }
    }

    Path sources(Scope scope) {
        return dir.resolve(scope.sources);
    }

    Path classes(Scope scope) {
        return dir.resolve(scope.classes);
    }

    /** Whether the module has Java sources in that scope (then it must have been compiled). */
    boolean hasSources(Scope scope) {
        Path src = sources(scope);
        if (!Files.isDirectory(src)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(src)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + src, e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
