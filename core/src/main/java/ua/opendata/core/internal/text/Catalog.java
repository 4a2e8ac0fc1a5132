package ua.opendata.core.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Finds message patterns in UTF-8 properties bundles: the base file ({@code Name.properties}) is
 * Ukrainian, {@code Name_en.properties} English, and any other language may be added as
 * {@code Name_<language>.properties} or {@code Name_<language>_<COUNTRY>.properties} on the class
 * path. A key is looked up in the files of the requested language, most specific first, then in
 * English, then in the Ukrainian base file; Ukrainian reads the base file only. Files are read once
 * and kept. Thread-safe; a leaf: it knows nothing of the types that use it.
 */
public final class Catalog {

    private static final Map<String, Optional<Map<String, String>>> FILES = new ConcurrentHashMap<>();
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();
    /** The files of each bundle and locale, most specific first ({@link #files}), made once: a key per message. */
    private static final Map<List<Object>, List<String>> FILE_LISTS = new ConcurrentHashMap<>();

    private Catalog() {
    }

    /**
     * The raw pattern of {@code key} for {@code locale}.
     *
     * @throws IllegalStateException if no file of the bundle has the key (a packaging error)
     */
    public static String pattern(String baseName, String key, Locale locale) {
        for (String file : FILE_LISTS.computeIfAbsent(List.of(baseName, locale),
                k -> List.copyOf(files(baseName, locale)))) {
            Optional<Map<String, String>> texts = FILES.computeIfAbsent(file, Catalog::load);
            if (texts.isPresent()) {
                String value = texts.get().get(key);
                if (value != null) {
                    return value;
                }
            }
        }
        throw new IllegalStateException("The text '" + key + "' is missing from the bundle " + baseName
                + " (looked in " + String.join(", ", files(baseName, locale)) + ")");
    }

    /**
     * The text of {@code key} in English, then in Ukrainian, as {@code "English / Ukrainian"}: for an
     * exception, which has one message.
     */
    public static String bilingual(String baseName, String key, Object... args) {
        return format(pattern(baseName, key, Locale.ENGLISH), args) + " / "
                + format(pattern(baseName, key, Locale.forLanguageTag("uk")), args);
    }

    /** Applies text arguments to a pattern ({@link Template} rules). */
    public static String format(String pattern, Object... args) {
        return TEMPLATES.computeIfAbsent(pattern, Template::parse).format(args);
    }

    /** The files looked in for {@code locale}, in order, as class-path resource names. */
    public static List<String> files(String baseName, Locale locale) {
        String base = baseName.replace('.', '/');
        List<String> files = new ArrayList<>(4);
        String language = locale.getLanguage();
        if (!"uk".equals(language)) {
            if (!language.isEmpty() && !locale.getCountry().isEmpty()) {
                files.add(base + "_" + language + "_" + locale.getCountry() + ".properties");
            }
            if (!language.isEmpty() && !"en".equals(language)) {
                files.add(base + "_" + language + ".properties");
            }
            files.add(base + "_en.properties");
        }
        files.add(base + ".properties");
        return files;
    }

    private static Optional<Map<String, String>> load(String resource) {
        URL url = find(resource);
        if (url == null) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the message bundle " + url, e);
        }
        Map<String, String> texts = new ConcurrentHashMap<>();
        p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
        return Optional.of(Map.copyOf(texts));
    }

    private static @Nullable URL find(String resource) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        @Nullable URL url = context == null ? null : context.getResource(resource);
        if (url == null) {
            ClassLoader own = Catalog.class.getClassLoader();
            url = own == null ? ClassLoader.getSystemResource(resource) : own.getResource(resource);
        }
        return url;
    }
}
