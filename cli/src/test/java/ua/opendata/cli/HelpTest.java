package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Help in both languages, the exit codes in it, and the two message bundles kept in step. */
class HelpTest {

    static Stream<Arguments> help() {
        return Stream.of(
                Arguments.of("top, English", Locale.ENGLISH, new String[] {"--help"},
                        new String[] {"Usage: opendata", "Exit codes:", "validate", "harvest", "report",
                            "4   the portal refused the API key"}),
                Arguments.of("top, Ukrainian by locale", Locale.forLanguageTag("uk-UA"), new String[] {"--help"},
                        new String[] {"Використання: opendata", "Коди завершення:", "Команди:"}),
                Arguments.of("validate, Ukrainian by --lang", Locale.ENGLISH,
                        new String[] {"validate", "--help", "--lang", "uk"},
                        new String[] {"Використання: opendata validate", "--fail-on", "Коли знахідки дають код 1",
                            "--max-file-mb=MB", "Найбільший реєстр", "Коди завершення:"}),
                Arguments.of("harvest, English", Locale.ENGLISH, new String[] {"help", "harvest"},
                        new String[] {"--portal=URL", "--api-key-env=NAME", "default: OPENDATA_API_KEY",
                            "--api-key-file=PATH", "The key is never"}),
                Arguments.of("report, English", Locale.ENGLISH, new String[] {"report", "-h"},
                        new String[] {"Re-render a report.json", "[REPORT.json]"}),
                Arguments.of("plan, English", Locale.ENGLISH, new String[] {"help", "plan"},
                        new String[] {"Usage: opendata plan", "REGISTER", "--organization=NAME", "--files=DIR",
                            "--profile=data-gov-ua|stock-ckan", "writes nothing", "Exit codes:"}),
                Arguments.of("publish, Ukrainian by locale", Locale.forLanguageTag("uk-UA"),
                        new String[] {"publish", "--help"},
                        new String[] {"Використання: opendata publish", "пробний запуск", "--execute",
                            "--pacing=DURATION", "ТЕКА/<шлях його посилання>"}),
                Arguments.of("audit, English", Locale.ENGLISH, new String[] {"help", "audit"},
                        new String[] {"Usage: opendata audit", "--organization=NAME", "--register=FILE",
                            "--check-files", "--page-base=URL", "--fail-on", "never fetched", "Exit codes:"}),
                Arguments.of("audit, Ukrainian by locale", Locale.forLanguageTag("uk-UA"),
                        new String[] {"audit", "--help"},
                        new String[] {"Використання: opendata audit", "Перевірити розпорядника", "--check-files",
                            "ніколи не запитуються"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void help(String name, Locale locale, String[] args, String[] expected) {
        Cli.Result r = new Cli().locale(locale).run(args);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains(expected);
        assertThat(r.out()).doesNotContain("--api-key=").doesNotContain("--key");
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties en = load("Messages.properties");
        Properties uk = load("Messages_uk.properties");
        assertThat(uk.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).hasSizeGreaterThan(60);
        for (String key : en.stringPropertyNames()) {
            assertThat(uk.getProperty(key)).as(key).isNotBlank();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HelpTest.class.getResourceAsStream(name);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static final Set<String> COMMANDS = OpendataCommand.commandLine(new Session(System.out, System.err,
            Map.of(), Cli.CLOCK, Locale.ENGLISH, false)).getSubcommands().keySet();

    @Test
    void theCommandsAreValidateReportPlanPublishHarvestAuditAndHelp() {
        assertThat(COMMANDS).containsExactlyInAnyOrder("validate", "report", "plan", "publish", "harvest", "audit",
                "help");
    }

    @Test
    void theDefaultCommandIsValidateUnlessASubcommandOrTopOptionComesFirst() {
        assertThat(OpendataCommand.withDefaultCommand(new String[0], COMMANDS)).containsExactly("validate");
        assertThat(OpendataCommand.withDefaultCommand(new String[] {"r.csv", "--lang", "uk"}, COMMANDS))
                .containsExactly("validate", "r.csv", "--lang", "uk");
        assertThat(OpendataCommand.withDefaultCommand(new String[] {"harvest", "--portal", "x"}, COMMANDS))
                .containsExactly("harvest", "--portal", "x");
        assertThat(OpendataCommand.withDefaultCommand(new String[] {"--version"}, COMMANDS)).containsExactly("--version");
        assertThat(OpendataCommand.withDefaultCommand(new String[] {"--lang", "uk", "--verbose", "harvest", "--portal",
            "x"}, COMMANDS)).containsExactly("harvest", "--lang", "uk", "--verbose", "--portal", "x");
        assertThat(OpendataCommand.withDefaultCommand(new String[] {"--format=json", "report"}, COMMANDS))
                .containsExactly("report", "--format=json");
        assertThat(OpendataCommand.withDefaultCommand(new String[] {"r.csv", "--out", "report"}, COMMANDS))
                .as("an option's value is not a command").containsExactly("validate", "r.csv", "--out", "report");
    }
}
