package ua.opendata.passport;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A distribution format as written by a publisher: the raw text and, when recognised, the
 * {@link KnownFormat} it stands for.
 *
 * <p>Portal formats are free text: {@code xlxs}, {@code .сsv} with a Cyrillic «с», MIME types such
 * as {@code text/csv; charset=utf-8}, any case. {@link #parse(String)} maps all of these and keeps
 * the raw text; {@link #isKnown()} is false for what it could not map.
 *
 * @param raw   the text exactly as found
 * @param value the recognised format, or {@code null}
 */
public record DataFormat(String raw, @Nullable KnownFormat value) {

    private static final Map<String, KnownFormat> ALIASES = buildAliases();

    /**
     * Checks structure only.
     *
     * @param raw the text exactly as found
     * @param value the recognised format, or {@code null}
     */
    public DataFormat {
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * The canonical value of a known format: its raw text is the format's label.
     *
     * @param format the recognised format
     * @return the format with its canonical label as raw text
     */
    public static DataFormat of(KnownFormat format) {
        return new DataFormat(format.label(), format);
    }

    /**
     * Recognises a format: case, surrounding whitespace, a leading dot, Cyrillic look-alike letters,
     * media types (with parameters) and common misspellings are all tolerated.
     *
     * @param raw the format as written in a register or passport
     * @return the format, recognised or kept as unknown raw text
     */
    public static DataFormat parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        return new DataFormat(raw, ALIASES.get(normalizeKey(raw)));
    }

    /** {@return whether the raw text was recognised} */
    public boolean isKnown() {
        return value != null;
    }

    /** {@return the recognised format, if any} */
    public Optional<KnownFormat> known() {
        return Optional.ofNullable(value);
    }

    /** {@return the class of the format; {@link FormatClass#UNKNOWN} when not recognised} */
    public FormatClass formatClass() {
        return value == null ? FormatClass.UNKNOWN : value.formatClass();
    }

    /** {@return whether the raw text is exactly the canonical label} */
    public boolean isCanonical() {
        return value != null && value.label().equals(raw);
    }

    /** {@return the label to show: the canonical label when known, else the trimmed raw text} */
    public String label() {
        return value == null ? raw.strip() : value.label();
    }

    static String normalizeKey(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        int semicolon = s.indexOf(';');
        if (semicolon >= 0 && s.indexOf('/') >= 0) {
            s = s.substring(0, semicolon).strip(); // media type parameters
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(latinLookAlike(s.charAt(i)));
        }
        s = b.toString().strip();
        while (s.startsWith(".") || s.startsWith("*")) {
            s = s.substring(1);
        }
        return s.replaceAll("\\s+", " ");
    }

    /** Maps the Cyrillic letters that look like Latin ones, as typed on a Ukrainian keyboard. */
    private static char latinLookAlike(char c) {
        switch (c) {
            case 'а': return 'a';
            case 'с': return 'c';
            case 'е': return 'e';
            case 'о': return 'o';
            case 'р': return 'p';
            case 'х': return 'x';
            case 'і': return 'i';
            case 'у': return 'y';
            case 'к': return 'k';
            case 'м': return 'm';
            case 'т': return 't';
            case 'в': return 'b';
            case 'н': return 'h';
            default: return c;
        }
    }

    private static Map<String, KnownFormat> buildAliases() {
        Map<String, KnownFormat> m = new HashMap<>();
        for (KnownFormat f : KnownFormat.values()) {
            m.put(normalizeKey(f.label()), f);
            m.put(normalizeKey(f.name()), f);
            for (String a : f.aliases()) {
                m.putIfAbsent(normalizeKey(a), f);
            }
        }
        for (KnownFormat f : KnownFormat.values()) {
            m.putIfAbsent(f.mediaType(), f);
        }
        return Map.copyOf(m);
    }
}
