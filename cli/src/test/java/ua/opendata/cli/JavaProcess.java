package ua.opendata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's {@code main} in a new JVM on the tests' class path, as a person or a script would: in
 * English, in a given directory, with {@code OPENDATA_API_KEY} removed unless given, standard input closed.
 */
public final class JavaProcess {
    private static final long TIMEOUT_SECONDS = 120;

    private JavaProcess() {
    }

    /**
     * What the process did.
     *
     * @param exit the exit code
     * @param out standard output (UTF-8)
     * @param err standard error (UTF-8)
     */
    public record Result(int exit, String out, String err) {
    }

    /**
     * Runs {@code main} of {@code mainClass} in English and waits for it (at most two minutes).
     *
     * @param dir the working directory
     * @param env environment variables to set (others inherited, the API key removed)
     * @param mainClass the class whose {@code main} runs
     * @param args its arguments
     * @return what it did
     * @throws IOException when the process cannot start
     * @throws InterruptedException when interrupted while waiting
     */
    public static Result run(Path dir, Map<String, String> env, Class<?> mainClass, String... args)
            throws IOException, InterruptedException {
        return start(new ProcessBuilder(java("en", mainClass, args)), dir, env, mainClass, args);
    }

    /**
     * Runs {@code main} with the JVM's default language {@code language} (e.g. {@code uk}).
     *
     * @param dir the working directory
     * @param env environment variables to set
     * @param language the value of {@code user.language}
     * @param mainClass the class whose {@code main} runs
     * @param args its arguments
     * @return what it did
     * @throws IOException when the process cannot start
     * @throws InterruptedException when interrupted while waiting
     */
    public static Result runInLanguage(Path dir, Map<String, String> env, String language, Class<?> mainClass,
            String... args) throws IOException, InterruptedException {
        return start(new ProcessBuilder(java(language, mainClass, args)), dir, env, mainClass, args);
    }

    /**
     * Runs {@code main} on a pseudo-terminal ({@code script} of util-linux), as a person at a terminal
     * does; standard output and error both arrive in {@link Result#out()}.
     *
     * @param dir the working directory
     * @param env environment variables to set ({@code TERM} is {@code xterm} unless given)
     * @param mainClass the class whose {@code main} runs
     * @param args its arguments
     * @return what it did
     * @throws IOException when the process cannot start
     * @throws InterruptedException when interrupted while waiting
     */
    public static Result runOnTerminal(Path dir, Map<String, String> env, Class<?> mainClass, String... args)
            throws IOException, InterruptedException {
        StringBuilder line = new StringBuilder();
        for (String part : java("en", mainClass, args)) {
            line.append(line.length() == 0 ? "" : " ").append('\'').append(part.replace("'", "'\\''")).append('\'');
        }
        Map<String, String> withTerm = new java.util.HashMap<>(Map.of("TERM", "xterm"));
        withTerm.putAll(env);
        return start(new ProcessBuilder("script", "-qec", line.toString(), "/dev/null"), dir, withTerm, mainClass,
                args);
    }

    private static List<String> java(String language, Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=" + language, "-Duser.country=" + ("uk".equals(language) ? "UA" : "US"),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static Result start(ProcessBuilder pb, Path dir, Map<String, String> env, Class<?> mainClass,
            String... args) throws IOException, InterruptedException {
        pb.directory(dir.toFile());
        pb.environment().remove("OPENDATA_API_KEY");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(mainClass.getSimpleName() + " " + String.join(" ", args) + " did not finish in "
                    + TIMEOUT_SECONDS + " s");
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
