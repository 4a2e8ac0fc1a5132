package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code ./opendata} at the repository root, copied into a scratch tree: it tells
 * how to build a missing jar, and otherwise runs {@code java -jar} on it with the arguments unchanged,
 * after its JVM flags and, when it is newer than the jar, the class-data archive (a stand-in {@code
 * java} records what it was given).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherScriptTest {

    @TempDir
    Path root;

    private record Run(int exit, String out, String err) {
    }

    private Run launch(Path javaHome, String... args) throws IOException, InterruptedException {
        Path script = root.resolve("opendata");
        Files.copy(Path.of("..", "opendata"), script);
        return launchVia(script, javaHome, args);
    }

    private Run launchVia(Path script, Path javaHome, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = "/bin/sh";
        command[1] = script.toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).directory(Files.createDirectories(root.resolve("elsewhere")
                .toAbsolutePath()).toFile());
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.redirectOutput(root.resolve("stdout.txt").toFile()).redirectError(root.resolve("stderr.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(root.resolve("stdout.txt")),
                Files.readString(root.resolve("stderr.txt")));
    }

    @Test
    void aMissingJarIsExplained() throws Exception {
        Run r = launch(root.resolve("no-java"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cli/target/opendata.jar is missing")
                .contains("./mvnw -B -q package -DskipTests").contains("спершу зберіть");
    }

    private Path fakeJdk() throws IOException {
        Path jar = Files.createDirectories(root.resolve("cli/target")).resolve("opendata.jar");
        Files.writeString(jar, "not really a jar");
        Path bin = Files.createDirectories(root.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '[%s]\\n' \"$a\"; done\nexit 7\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return root.resolve("jdk");
    }

    @Test
    void runsJavaOnTheJarWithTheArgumentsUnchanged() throws Exception {
        Run r = launch(fakeJdk(), "validate", "my register.csv", "--lang", "uk");
        assertThat(r.exit()).as("the tool's exit code is passed on").isEqualTo(7);
        List<String> args = r.out().lines().toList();
        assertThat(args.subList(args.indexOf("[-jar]"), args.size())).containsExactly("[-jar]", "["
                + root.toRealPath().resolve("cli/target/opendata.jar") + "]", "[validate]",
                "[my register.csv]", "[--lang]", "[uk]");
        // the JVM flags for a short-lived tool come first; no archive was built
        assertThat(args.subList(0, args.indexOf("[-jar]"))).contains("[-XX:TieredStopAtLevel=1]",
                "[-XX:+UseSerialGC]").noneMatch(a -> a.contains("SharedArchiveFile"));
    }

    @Test
    void usesTheClassDataArchiveOnlyWhenItIsNewerThanTheJar() throws Exception {
        Path jdk = fakeJdk();
        Path jar = root.resolve("cli/target/opendata.jar");
        Path jsa = Files.writeString(root.resolve("cli/target/opendata.jsa"), "archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        List<String> fresh = launch(jdk, "--version").out().lines().toList();
        assertThat(fresh).contains("[-XX:SharedArchiveFile=" + root.toRealPath().resolve(
                "cli/target/opendata.jsa") + "]", "[-Xshare:auto]", "[-Xlog:cds=off]");
        assertThat(fresh.indexOf("[-XX:SharedArchiveFile=" + root.toRealPath().resolve(
                "cli/target/opendata.jsa") + "]")).isLessThan(fresh.indexOf("[-jar]"));

        // a jar rebuilt after the archive: the stale archive is not given to java
        Files.setLastModifiedTime(jsa, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        Files.delete(root.resolve("opendata"));
        List<String> stale = launch(jdk, "--version").out().lines().toList();
        assertThat(stale).noneMatch(a -> a.contains("SharedArchiveFile")).endsWith("[--version]");
    }

    @Test
    void javaOptionsFromTheEnvironmentComeAfterTheLaunchersOwn() throws Exception {
        Path jdk = fakeJdk();
        Path script = root.resolve("opendata");
        Files.copy(Path.of("..", "opendata"), script);
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", script.toString(), "--version");
        pb.environment().put("JAVA_HOME", jdk.toString());
        pb.environment().put("OPENDATA_JAVA_OPTS", "-Xmx2g -XX:TieredStopAtLevel=4");
        pb.redirectOutput(root.resolve("stdout.txt").toFile()).redirectError(root.resolve("stderr.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> args = Files.readString(root.resolve("stdout.txt")).lines().toList();
        assertThat(args.indexOf("[-Xmx2g]")).isGreaterThan(args.indexOf("[-Xmx512m]")).isLessThan(args.indexOf("[-jar]"));
        assertThat(args.indexOf("[-XX:TieredStopAtLevel=4]")).isGreaterThan(args.indexOf("[-XX:TieredStopAtLevel=1]"));
    }

    @Test
    void findsTheJarThroughASymbolicLink() throws Exception {
        Path script = root.resolve("opendata");
        Files.copy(Path.of("..", "opendata"), script);
        Path bin = Files.createDirectories(root.resolve("home/bin"));
        Path link = Files.createSymbolicLink(bin.resolve("opendata"), script);
        Run r = launchVia(link, root.resolve("no-java"), "--version");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(root.toRealPath().resolve("cli/target/opendata.jar") + " is missing");
    }
}
