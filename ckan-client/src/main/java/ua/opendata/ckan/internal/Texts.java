package ua.opendata.ckan.internal;

import org.jspecify.annotations.Nullable;

/** Not for public use. Sanitising and redaction of texts that reach logs and messages. */
public final class Texts {
    private Texts() {}

    /**
     * Replaces every occurrence of the secret by {@code ***}.
     *
     * @param text the text
     * @param secret the secret, or null
     * @return the redacted text
     */
    public static String redact(String text, @Nullable String secret) {
        if (secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, "***");
    }

    /**
     * A short excerpt: control characters replaced, whitespace collapsed, truncated, redacted.
     *
     * @param text the text
     * @param max the maximum length
     * @param secret the secret to redact, or null
     * @return the excerpt
     */
    public static String excerpt(String text, int max, @Nullable String secret) {
        String s = redact(text, secret);
        StringBuilder b = new StringBuilder(Math.min(s.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                if (!space && b.length() > 0) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        String out = b.toString().strip();
        return s.length() > max ? out + "…" : out;
    }
}
