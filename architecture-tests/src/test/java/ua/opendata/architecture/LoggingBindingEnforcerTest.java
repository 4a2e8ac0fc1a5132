package ua.opendata.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Rule c on a real build: a throw-away library module whose parent is the repository's own pom
 * (so it inherits the enforcer's {@code no-logging-binding} execution exactly as every module
 * does) fails {@code validate} with a runtime logging binding, a transitive one included, and
 * passes with slf4j-api alone or with the binding in test scope.
 */
class LoggingBindingEnforcerTest {

    private static final String BAN_MESSAGE = "A library must not ship a logging binding";

    @Test
    void theEnforcerRejectsALibraryWithALoggingBindingAndAcceptsOneWithout() throws Exception {
        Path root = CodeBase.rootFromBuild();
        Path builds = root.resolve("architecture-tests/target/fixture-builds");

        Build withBinding = maven(root, builds.resolve("with-binding"), """
                <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId></dependency>
                <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-simple</artifactId>
                  <scope>runtime</scope></dependency>
                """);
        Build without = maven(root, builds.resolve("without-binding"), """
                <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId></dependency>
                <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-simple</artifactId>
                  <scope>test</scope></dependency>
                """);

        assertThat(withBinding.exit()).as(withBinding.output()).isNotZero();
        assertThat(withBinding.output()).contains(BAN_MESSAGE).contains("org.slf4j:slf4j-simple");
        assertThat(without.exit()).as(without.output()).isZero();
    }

    private record Build(int exit, String output) {
    }

    private static Build maven(Path root, Path dir, String dependencies) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        String parent = dir.relativize(root.resolve("pom.xml")).toString().replace('\\', '/');
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>ua.opendata</groupId>
                    <artifactId>ua-opendata-parent</artifactId>
                    <version>0.1.0-SNAPSHOT</version>
                    <relativePath>%s</relativePath>
                  </parent>
                  <artifactId>fixture-%s</artifactId>
                  <dependencies>
                %s  </dependencies>
                </project>
                """.formatted(parent, dir.getFileName(), dependencies));
        // Offline: everything validate needs (the parent pom, the enforcer, slf4j) is what the
        // outer build has already resolved.
        List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B", "-q", "-o"));
        String repo = System.getProperty("opendata.maven.repo.local", "");
        if (!repo.isBlank() && !repo.startsWith("$")) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        command.add("validate");
        Path log = dir.resolve("build.log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the fixture build in " + dir + " did not end; its log: " + log);
        }
        return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
