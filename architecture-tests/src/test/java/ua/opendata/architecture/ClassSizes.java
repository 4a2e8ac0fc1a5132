package ua.opendata.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rule d: no main-code class over {@value #LIMIT} source lines. Counted per source file of
 * {@code src/main/java} (a top-level class with its nested classes), every line counted as
 * {@code wc -l} does: code, comments, javadoc and blank lines. The fake CKAN's recorded data
 * ({@link RecordedData}) is exempt.
 */
final class ClassSizes {

    static final int LIMIT = 600;

    /** A source file over the limit. */
    record LongClass(String source, int lines) {

        String describe() {
            return source + ": " + lines + " lines (limit " + LIMIT + ")"
                    + "\n    fix: split it by responsibility (a collaborator per concern: parsing, I/O,"
                    + " rendering, policy), not by cutting the file in half.";
        }
    }

    private ClassSizes() {
    }

    static List<LongClass> find(CodeBase code) {
        List<LongClass> found = new ArrayList<>();
        for (Module module : code.modules()) {
            Path src = module.sources(Module.Scope.MAIN);
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(src)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    String relative = code.root().relativize(file).toString().replace('\\', '/');
                    int lines = lines(file);
                    if (lines > LIMIT && !RecordedData.isRecordedData(relative)) {
                        found.add(new LongClass(relative, lines));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sources under " + src, e);
            }
        }
        found.sort(Comparator.comparingInt(LongClass::lines).reversed().thenComparing(LongClass::source));
        return found;
    }

    /** Lines as {@code wc -l} counts them, plus a last line without a newline. */
    static int lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return text.isEmpty() || text.endsWith("\n") ? lines : lines + 1;
    }
}
