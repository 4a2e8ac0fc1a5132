package ua.opendata.examples.samples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** A {@link Console} whose output a test reads: the environment and language given, the tests' fixed clock. */
final class Captured {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Console console;

    Captured(Map<String, String> env, Locale locale) {
        console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, locale, ValidateRegisterExampleTest.CLOCK);
    }

    /** With {@code OPENDATA_API_KEY} set to {@code key}. */
    static Captured withKey(String key, Locale locale) {
        return new Captured(Map.of(Console.KEY_VARIABLE, key), locale);
    }

    /** With no environment variable at all. */
    static Captured withoutKey(Locale locale) {
        return new Captured(Map.of(), locale);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
