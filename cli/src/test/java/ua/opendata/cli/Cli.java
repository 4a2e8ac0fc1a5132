package ua.opendata.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/** Runs the tool in-process with captured streams, a fixed clock and a chosen environment. */
final class Cli {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    /** What one run produced. */
    record Result(int exit, String out, String err) {
    }

    private Map<String, String> env = Map.of();
    private Locale locale = Locale.ENGLISH;
    private boolean terminal;

    Cli env(Map<String, String> value) {
        env = value;
        return this;
    }

    Cli locale(Locale value) {
        locale = value;
        return this;
    }

    Cli terminal(boolean value) {
        terminal = value;
        return this;
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session s = new Session(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, CLOCK, locale, terminal);
        int code = OpendataCommand.run(args, s);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
