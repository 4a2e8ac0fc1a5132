package ua.opendata.core;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.internal.text.Catalog;

/**
 * A text a person reads, rendered in any language: a message key in a properties bundle with its
 * arguments, or (for texts that come from outside the bundles, such as a report read back from its
 * JSON file) a fixed Ukrainian and English text.
 *
 * <p>A keyed text is rendered by {@link #get(Locale)} from the bundle's files: the base file
 * ({@code Name.properties}) is Ukrainian, {@code Name_en.properties} English. Another language is
 * added by putting {@code Name_<language>.properties} (UTF-8) on the class path; see
 * {@code ua.opendata.core.text.Messages} for the bundles the SDK ships and the order in which a key
 * is looked up (the requested language, then English, then Ukrainian). Patterns use
 * {@link java.text.MessageFormat}'s {@code {n}} slots and quoting; arguments are inserted as text,
 * and an argument that is itself a {@code LocalizedText} is rendered in the same language.
 *
 * <p>Immutable and thread-safe. Two texts are equal when they read the same in Ukrainian and in
 * English, so a text survives a round trip through a saved report or plan. Serializable (so that an
 * exception carrying one is): a keyed text is rendered from the bundles found where it is read back.
 */
public final class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The Ukrainian locale. */
    public static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    /** The bundle's base name; {@code null} for a fixed text. */
    private final @Nullable String bundle;
    /** The key in the bundle; {@code null} for a fixed text. */
    private final @Nullable String key;
    /** The Ukrainian of a fixed text; {@code null} for a keyed text. */
    private final @Nullable String uk;
    /** The English of a fixed text; {@code null} for a keyed text. */
    private final @Nullable String en;
    /** The arguments: strings and {@code LocalizedText}s, in an unmodifiable list. */
    private final List<Object> arguments;
    /** Whether the arguments are applied to the pattern ({@code false} for {@link #pattern}). */
    private final boolean format;

    private LocalizedText(@Nullable String bundle, @Nullable String key, @Nullable String uk, @Nullable String en,
                          List<Object> arguments, boolean format) {
        this.bundle = bundle;
        this.key = key;
        this.uk = uk;
        this.en = en;
        this.arguments = arguments;
        this.format = format;
    }

    /**
     * A fixed text in the two languages the SDK ships, for a text that does not come from a bundle
     * (read back from a saved file, or given by an application). Any language other than Ukrainian
     * reads the English text.
     *
     * @param uk the Ukrainian text
     * @param en the English text
     */
    public LocalizedText(String uk, String en) {
        this(null, null, Objects.requireNonNull(uk, "uk"), Objects.requireNonNull(en, "en"), List.of(), false);
    }

    /**
     * The message {@code key} of {@code bundle} with its arguments.
     *
     * @param bundle    the bundle's base name, e.g. {@code ua.opendata.core.rules.RuleMessages}
     * @param key       the key in the bundle
     * @param arguments the values of {@code {0}}, {@code {1}}, …: a {@code LocalizedText} is rendered
     *                  in the language of the message, anything else is taken as text now
     * @return the text
     */
    public static LocalizedText of(String bundle, String key, Object... arguments) {
        return new LocalizedText(Objects.requireNonNull(bundle, "bundle"), Objects.requireNonNull(key, "key"),
                null, null, texts(arguments), true);
    }

    /**
     * The pattern of {@code key} itself, its {@code {n}} slots shown as written and its quoting kept:
     * a rule's message before a finding fills it in; see {@link #withArguments(Object...)}.
     *
     * @param bundle the bundle's base name
     * @param key    the key in the bundle
     * @return the text
     */
    public static LocalizedText pattern(String bundle, String key) {
        return new LocalizedText(Objects.requireNonNull(bundle, "bundle"), Objects.requireNonNull(key, "key"),
                null, null, List.of(), false);
    }

    /**
     * This text as a pattern with {@code arguments} applied to it, in every language.
     *
     * @param arguments the values of {@code {0}}, {@code {1}}, … (as in {@link #of})
     * @return the text
     */
    public LocalizedText withArguments(Object... arguments) {
        return new LocalizedText(bundle, key, uk, en, texts(arguments), true);
    }

    /** @return the bundle's base name; empty for a fixed text */
    public Optional<String> bundle() {
        return Optional.ofNullable(bundle);
    }

    /** @return the message key; empty for a fixed text */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** @return the arguments: strings and {@code LocalizedText}s */
    public List<Object> arguments() {
        return arguments;
    }

    /**
     * The text in {@code locale}'s language.
     *
     * @param locale the language; a language without a bundle file reads English
     * @return the text
     * @throws IllegalStateException if the key is in no file of its bundle (a packaging error)
     */
    public String get(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String pattern = bundle != null && key != null ? Catalog.pattern(bundle, key, locale)
                : "uk".equals(locale.getLanguage()) ? Objects.requireNonNull(uk) : Objects.requireNonNull(en);
        if (!format) {
            return pattern;
        }
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments.get(i) instanceof LocalizedText t ? t.get(locale) : arguments.get(i);
        }
        return Catalog.format(pattern, values);
    }

    /** @return the Ukrainian text */
    public String uk() {
        return get(UKRAINIAN);
    }

    /** @return the English text */
    public String en() {
        return get(Locale.ENGLISH);
    }

    /** Equal when both read the same in Ukrainian and in English. */
    @Override
    public boolean equals(@Nullable Object o) {
        return this == o || o instanceof LocalizedText t && uk().equals(t.uk()) && en().equals(t.en());
    }

    @Override
    public int hashCode() {
        return 31 * uk().hashCode() + en().hashCode();
    }

    @Override
    public String toString() {
        return "LocalizedText[uk=" + uk() + ", en=" + en() + "]";
    }

    private static List<Object> texts(Object... arguments) {
        List<Object> list = new ArrayList<>(arguments.length);
        for (Object a : arguments) {
            list.add(a instanceof LocalizedText ? a : String.valueOf(a));
        }
        return Collections.unmodifiableList(list);
    }
}
