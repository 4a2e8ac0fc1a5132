package ua.opendata.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the tool works with, so that tests can run it in-process: the output streams, the
 * environment (where the API key may come from), the clock that judges dates, the default language
 * and whether standard error is a terminal (progress bar) or not (plain progress lines).
 *
 * @param out            standard output (summaries, JSON, JSON Lines)
 * @param err            standard error (errors, progress)
 * @param env            the environment variables
 * @param clock          the clock for "today"
 * @param locale         the default language when {@code --lang} is not given
 * @param errIsTerminal  whether standard error is an interactive terminal
 */
public record Session(PrintStream out, PrintStream err, Map<String, String> env, Clock clock, Locale locale,
                      boolean errIsTerminal) {

    /**
     * Copies the environment; checks structure only.
     *
     * @param out standard output (summaries, JSON, JSON Lines); not null
     * @param err standard error (errors, progress); not null
     * @param env the environment variables; copied
     * @param clock the clock for "today"; not null
     * @param locale the default language when {@code --lang} is not given; not null
     * @param errIsTerminal whether standard error is an interactive terminal
     */
    public Session {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(env);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(locale, "locale");
    }
}
