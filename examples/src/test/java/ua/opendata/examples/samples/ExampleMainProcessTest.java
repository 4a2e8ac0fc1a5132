package ua.opendata.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.examples.JavaProcess;

/**
 * Every example's real {@code main} in its own process: the bundled sample validated end to end, wrong
 * usage answered with a usage line and exit code 2; and every example's header says what it does and
 * how to run it.
 */
class ExampleMainProcessTest {
    private static final List<Class<?>> EXAMPLES = List.of(ValidateRegisterExample.class,
            PublishRegisterExample.class, AuditPublisherExample.class, HarvestToJsonLinesExample.class,
            UploadLargeFileExample.class);

    @TempDir
    Path work;

    private JavaProcess.Result main(Class<?> example, String... args) throws IOException, InterruptedException {
        return JavaProcess.run(work, Map.of(), example, args);
    }

    @Test
    void validateRegisterExampleRunsOnTheBundledSample() throws Exception {
        JavaProcess.Result run = main(ValidateRegisterExample.class, "-", "reports");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Register: sample-register-shchastia.csv").contains("KPI: ")
                .contains("Report: " + Path.of("reports", "report.html"));
        assertThat(work.resolve("reports/report.html")).isNotEmptyFile();
    }

    static Stream<Arguments> wrongUsage() {
        return Stream.of(
                Arguments.of(Named.of("validate: three arguments", ValidateRegisterExample.class),
                        new String[] {"a.csv", "out", "more"}),
                Arguments.of(Named.of("publish: no register", PublishRegisterExample.class),
                        new String[] {"http://127.0.0.1:9", "org"}),
                Arguments.of(Named.of("audit: no organization", AuditPublisherExample.class),
                        new String[] {"http://127.0.0.1:9"}),
                Arguments.of(Named.of("harvest: no output file", HarvestToJsonLinesExample.class),
                        new String[] {"http://127.0.0.1:9"}),
                Arguments.of(Named.of("upload: no key in the environment", UploadLargeFileExample.class),
                        new String[] {"http://127.0.0.1:9", "dataset", "file.csv"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongUsage")
    void wrongUsageExitsWithTwoAndAUsageLine(Class<?> example, String[] args) throws Exception {
        JavaProcess.Result run = main(example, args);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("Usage / Використання: ").contains(example.getSimpleName())
                .doesNotContain("\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void everyExampleHeaderSaysWhatItDoesAndHowToRunIt() throws IOException {
        for (Class<?> example : EXAMPLES) {
            Path source = Path.of("src/main/java", example.getName().replace('.', '/') + ".java");
            String text = Files.readString(source);
            String header = text.substring(text.indexOf("/**"), text.indexOf("public final class"));
            assertThat(header).as(example.getSimpleName()).contains(" * Example: ")
                    .contains("Run: {@code ").contains(example.getName());
        }
    }
}
