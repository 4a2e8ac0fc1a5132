package ua.opendata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The README's part about the tool says what the tool does: its two commands, commands and exit codes. */
class ReadmeCliTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void theTwoCommandsAreUnchanged() throws IOException {
        assertThat(readme()).contains("./mvnw -B -q package -DskipTests && java -jar examples/target/opendata.jar\n")
                .contains("\n./mvnw -B verify\n");
    }

    @Test
    void everyExitCodeOfTheHelpIsInTheReadme() throws IOException {
        String readme = readme();
        ResourceBundle en = Texts.of(Locale.ENGLISH).bundle();
        for (int code = 0; code <= 4; code++) {
            assertThat(en.getString("usage.exitCodeList." + code)).startsWith(code + ":");
            assertThat(readme).contains("| " + code + " | ");
        }
        assertThat(en.containsKey("usage.exitCodeList.5")).isFalse();
    }

    @Test
    void everyCommandIsInTheReadme() throws IOException {
        String readme = readme();
        for (String command : new String[] {"validate", "report", "plan", "publish", "harvest", "audit"}) {
            assertThat(readme).contains("| `" + command + " ");
            assertThat(new Cli().run(command, "--help").exit()).isZero();
        }
        assertThat(readme).contains("OPENDATA_API_KEY").contains("--api-key-file PATH").contains("./opendata --help");
    }
}
