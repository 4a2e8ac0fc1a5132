package ua.opendata.core.internal.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** CKAN dataset names: validity, derivation from an identifier, and reading one from a landing page. */
public final class DatasetNames {

    private static final Pattern VALID = Pattern.compile("[a-z0-9_-]{2,100}");
    private static final String[] UK = {
        "а", "a", "б", "b", "в", "v", "г", "h", "ґ", "g", "д", "d", "е", "e", "є", "ie", "ж", "zh", "з", "z",
        "и", "y", "і", "i", "ї", "i", "й", "i", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p",
        "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh",
        "щ", "shch", "ь", "", "ю", "iu", "я", "ia", "'", "", "’", "", "ʼ", "", "ы", "y", "э", "e", "ё", "io", "ъ", ""};

    private DatasetNames() {
    }

    /** Whether CKAN accepts the text as a dataset name: 2–100 characters of {@code a-z0-9-_}. */
    public static boolean isValid(String name) {
        return VALID.matcher(name).matches();
    }

    /**
     * A valid name derived from an identifier: Ukrainian letters transliterated (after the 2010 national
     * system, simplified), lower case, every other character a hyphen, runs collapsed, at most 100 characters.
     * An identifier that leaves fewer than two characters gets a name from its SHA-256.
     */
    public static String derive(String identifier) {
        String lower = identifier.strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        outer:
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                b.append(c);
                continue;
            }
            for (int k = 0; k < UK.length; k += 2) {
                if (UK[k].charAt(0) == c) {
                    b.append(UK[k + 1]);
                    continue outer;
                }
            }
            b.append('-');
        }
        String s = b.toString().replaceAll("-{2,}", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 100) {
            s = s.substring(0, 100).replaceAll("-+$", "");
        }
        if (s.length() < 2) {
            s = "ds-" + sha256Hex(identifier).substring(0, 16);
        }
        return s;
    }

    /** The name in a landing page {@code …/dataset/<name>} when it is a valid name, else {@code null}. */
    public static @Nullable String fromLandingPage(@Nullable String landingPage) {
        if (landingPage == null) {
            return null;
        }
        int at = landingPage.indexOf("/dataset/");
        if (at < 0) {
            return null;
        }
        String rest = landingPage.substring(at + "/dataset/".length());
        int end = rest.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int i = rest.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String name = rest.substring(0, end);
        return isValid(name) ? name : null;
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
