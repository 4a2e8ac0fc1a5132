package ua.opendata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanCredentials;
import ua.opendata.ckan.RetryPolicy;

/**
 * The portal options shared by every subcommand that talks to a CKAN portal ({@code harvest} now;
 * {@code plan}, {@code publish} and {@code audit} later): the portal's address and where the API key
 * comes from. The key itself is never accepted on the command line (it would stay in the shell's
 * history and in the process list).
 */
final class PortalOptions {
    static final String DEFAULT_KEY_ENV = "OPENDATA_API_KEY";
    private static final int MAX_KEY_FILE_BYTES = 4096;

    @Option(names = "--portal", paramLabel = "URL", descriptionKey = "opt.portal")
    @Nullable String portal;

    @Option(names = "--api-key-env", paramLabel = "NAME", defaultValue = DEFAULT_KEY_ENV,
            descriptionKey = "opt.api-key-env")
    String apiKeyEnv = DEFAULT_KEY_ENV;

    @Option(names = "--api-key-file", paramLabel = "PATH", descriptionKey = "opt.api-key-file")
    @Nullable Path apiKeyFile;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "opt.user")
    @Nullable String user;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", descriptionKey = "opt.timeout")
    int timeoutSeconds = 60;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3", descriptionKey = "opt.retries")
    int retries = 3;

    /** Only to refuse it with a helpful message; its value is never printed. */
    @Option(names = {"--api-key", "--key"}, hidden = true, arity = "0..1")
    @Nullable String keyOnCommandLine;

    /** The portal's base URL, checked; a usage error when missing or not an http(s) address. */
    URI portalUrl(Texts t, String command) {
        if (portal == null || portal.isBlank()) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.portal.missing", command));
        }
        URI u;
        try {
            u = URI.create(portal.strip());
        } catch (IllegalArgumentException e) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.portal.invalid", portal), e);
        }
        if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.portal.invalid", portal));
        }
        return u;
    }

    /** The API key from the file or the environment variable, or null when neither gives one. */
    @Nullable String apiKey(Session session, Texts t) {
        if (keyOnCommandLine != null) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.key.onCommandLine", DEFAULT_KEY_ENV));
        }
        if (apiKeyFile != null) {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(apiKeyFile)) {
                bytes = in.readNBytes(MAX_KEY_FILE_BYTES + 1);
            } catch (NoSuchFileException e) {
                throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.key.file", apiKeyFile,
                        t.get("error.file.missing")), e);
            } catch (IOException e) {
                throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.key.file", apiKeyFile,
                        e.getClass().getSimpleName()), e);
            }
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            if (bytes.length > MAX_KEY_FILE_BYTES || text.isEmpty() || text.contains("\n")) {
                throw new CliException(OpendataCommand.USAGE, t.get("error.key.fileContent", apiKeyFile));
            }
            return text;
        }
        String value = session.env().get(apiKeyEnv);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Where the key came from, for messages (never the key). */
    String keySource(Texts t) {
        return apiKeyFile != null ? t.get("key.source.file", apiKeyFile) : t.get("key.source.env", apiKeyEnv);
    }

    /** A client for the portal with the key from {@link #apiKey} (or none); the caller closes it. */
    CkanClient client(Session session, Texts t, String command, @Nullable String key) {
        return client(session, t, command, key, 4);
    }

    /** A client for the portal allowing {@code maxConcurrent} requests at once (the default is 4). */
    CkanClient client(Session session, Texts t, String command, @Nullable String key, int maxConcurrent) {
        URI url = portalUrl(t, command);
        if (retries < 0 || retries > 10) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.retries", retries));
        }
        RetryPolicy retry = retries == 0 ? RetryPolicy.none()
                : new RetryPolicy(retries + 1, Duration.ofMillis(500), Duration.ofSeconds(30),
                        RetryPolicy.defaults().retryableWrites());
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.timeout", timeoutSeconds));
        }
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        // callTimeout bounds the whole call: an answer trickling in byte by byte never trips the
        // response timeout, which only bounds silences
        CkanClient.Builder builder = CkanClient.builder(url.toString());
        if (key != null) {
            builder.apiKey(key);
        }
        return builder.retryPolicy(retry).responseTimeout(timeout)
                .callTimeout(timeout)
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10))
                .maxConcurrentRequests(maxConcurrent)
                .userAgent("ua-opendata-cli/" + OpendataCommand.version()).build();
    }

    /**
     * With {@code --user}, checks that the portal honours the key: CKAN runs a call with a wrong,
     * expired or revoked key as anonymous and never says so. Exit code 4 when it ignores the key, 2
     * when {@code --user} is given without a key.
     */
    void verifyKey(CkanClient ckan, @Nullable String key, Texts t, URI url) {
        if (user == null) {
            return;
        }
        if (key == null) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.key.none", keySource(t)));
        }
        CkanCredentials c = ckan.verifyCredentials(user);
        if (!c.keyAccepted()) {
            throw new CliException(OpendataCommand.REFUSED, t.get("error.key.ignored", url, keySource(t), user));
        }
    }
}
