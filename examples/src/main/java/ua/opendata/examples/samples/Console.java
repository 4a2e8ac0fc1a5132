package ua.opendata.examples.samples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.CkanClient;

/**
 * What an example's {@code main} takes from the process: the output streams, the environment (for the
 * API key), the default language and the clock. {@code main} passes {@link #system()}; a test passes its
 * own, and so runs the same entry {@code main} runs, with the same arguments.
 *
 * @param out standard output
 * @param err standard error (usage lines)
 * @param env the environment variables
 * @param locale the language of the output
 * @param clock the clock timeliness is judged by
 */
record Console(PrintStream out, PrintStream err, Map<String, String> env, Locale locale, Clock clock) {
    /** The environment variable the examples read the API key from. */
    static final String KEY_VARIABLE = "OPENDATA_API_KEY";

    /** Copies the environment. */
    Console {
        env = Map.copyOf(env);
    }

    /** The process's: UTF-8 standard streams, its environment, default locale and system clock. */
    static Console system() {
        return new Console(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                System.getenv(), Locale.getDefault(), Clock.systemDefaultZone());
    }

    /** The API key from {@value #KEY_VARIABLE}, or null when it is unset or blank. */
    @Nullable String apiKey() {
        String key = env.get(KEY_VARIABLE);
        return key == null || key.isBlank() ? null : key.strip();
    }

    /** A client of the portal, with the key when there is one (anonymous otherwise). */
    static CkanClient client(String portalUrl, @Nullable String apiKey) {
        CkanClient.Builder builder = CkanClient.builder(portalUrl);
        if (apiKey != null) {
            builder.apiKey(apiKey);
        }
        return builder.build();
    }

    /** Prints the usage line and returns the exit code of wrong usage, 2. */
    int usage(String line) {
        err.println("Usage / Використання: " + line);
        return 2;
    }

    /** Ends the process with {@code code} unless it is 0 (then {@code main} simply returns). */
    static void exit(int code) {
        if (code != 0) {
            System.exit(code);
        }
    }
}
