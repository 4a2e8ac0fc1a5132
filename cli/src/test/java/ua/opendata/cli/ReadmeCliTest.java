package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The README's part about the tool says what the tool does: its two commands, commands and exit codes. */
class ReadmeCliTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void theTwoCommandsAreUnchanged() throws IOException {
        assertThat(readme()).contains("./mvnw -B -q package -DskipTests && java -jar cli/target/opendata.jar\n")
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

    /** Every command's options as its help shows them (hidden ones left out), by command name. */
    private static Map<String, Set<String>> optionsOfTheHelp() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine cl = OpendataCommand.commandLine(new Session(sink, sink, Map.of(), Cli.CLOCK, Locale.ENGLISH,
                false));
        Map<String, Set<String>> options = new TreeMap<>();
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                options.put(name, sub.getCommandSpec().options().stream().filter(o -> !o.hidden())
                        .map(OptionSpec::longestName).collect(Collectors.toSet()));
            }
        });
        return options;
    }

    @Test
    void everyOptionOfTheHelpIsInTheReadme() throws IOException {
        String readme = readme();
        optionsOfTheHelp().forEach((command, options) -> options.forEach(option ->
                assertThat(readme).as("%s %s", command, option).contains(option)));
    }

    @Test
    void everyOptionTheReadmeGivesACommandIsInItsHelp() throws IOException {
        Map<String, Set<String>> help = optionsOfTheHelp();
        Pattern command = Pattern.compile("(?:\\./opendata|\\| `)(" + String.join("|", help.keySet()) + ") ");
        Pattern option = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");
        int checked = 0;
        for (String line : readme().lines().toList()) {
            Matcher c = command.matcher(line);
            if (!c.find()) {
                continue;
            }
            Matcher o = option.matcher(line.substring(c.end()));
            while (o.find()) {
                assertThat(help.get(c.group(1))).as("README line: %s", line).contains(o.group());
                checked++;
            }
        }
        assertThat(checked).as("options checked").isGreaterThan(25);
    }
}
