package ua.opendata.architecture;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one rule over the real code: written to {@code target/architecture/RULE.txt} (the
 * figures {@code tools/architecture-report.sh} prints before and after a change), one summary line
 * on standard output, and a failure that lists every violation with its fix.
 */
final class Report {

    private Report() {
    }

    static void check(CodeBase code, String rule, String what, List<String> violations) {
        StringBuilder text = new StringBuilder();
        text.append(rule).append(": ").append(violations.size()).append(' ').append(what).append('\n');
        for (int i = 0; i < violations.size(); i++) {
            text.append(i + 1).append(". ").append(violations.get(i)).append('\n');
        }
        Path dir = code.root().resolve("architecture-tests/target/architecture");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(rule + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report under " + dir, e);
        }
        System.out.println("architecture " + rule + ": " + violations.size() + " " + what);
        if (!violations.isEmpty()) {
            fail(text.toString());
        }
    }
}
