package ua.opendata.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import ua.opendata.passport.Register;

/**
 * Hibernate Validator's INFO start-up line stays off stderr in an application without a logging backend,
 * and an application's own level for that logger is kept. Each case runs in a fresh JVM (the line is printed
 * once per JVM, at the first validation), on this module's test class path, where jboss-logging falls back to
 * {@code java.util.logging}.
 */
class ValidatorLogTest {

    /** The forked program: validates a register, then prints the JUL level of the version logger. */
    public static final class Main {
        private Main() {
        }

        /**
         * Runs the program.
         *
         * @param args {@code app-level} to set the logger's level to INFO first, as an application may
         */
        public static void main(String[] args) {
            Logger own = Logger.getLogger(ValidatorLog.VERSION_LOGGER);
            if (args.length > 0 && args[0].equals("app-level")) {
                own.setLevel(Level.INFO);
            }
            Rulebook.create(RulebookConfig.defaults()).validate(Register.of(List.of()));
            System.gc();
            System.out.println("level=" + Logger.getLogger(ValidatorLog.VERSION_LOGGER).getLevel());
        }
    }

    private static String[] run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(err, StandardCharsets.UTF_8)).isZero();
        return new String[] {new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8)};
    }

    @Test
    void theStartUpLineIsNotPrinted() throws Exception {
        String[] outErr = run();

        assertThat(outErr[1]).doesNotContain("HV000001").doesNotContain("Hibernate Validator");
        assertThat(outErr[0]).contains("level=WARNING");
        assertThat(System.getProperty("java.class.path")).contains("hibernate-validator");
    }

    @Test
    void anApplicationsOwnLevelIsKeptAndItsLinePrinted() throws Exception {
        String[] outErr = run("app-level");

        assertThat(outErr[0]).contains("level=INFO");
        assertThat(outErr[1]).contains("HV000001");
    }
}
