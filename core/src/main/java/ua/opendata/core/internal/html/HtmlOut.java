package ua.opendata.core.internal.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Writes markup to an {@link Appendable}: {@link #raw} for our own markup, {@link #text} and
 * {@link #attr} for anything from the data, which is escaped for HTML and XML. Characters that
 * XML 1.0 does not allow (most C0 controls, lone surrogates, U+FFFE, U+FFFF) become U+FFFD, so the
 * output stays well-formed whatever the data holds. Not for public use.
 */
public final class HtmlOut {

    private final Appendable out;

    /** Writes to {@code out}; an {@link IOException} from it is rethrown unchecked. */
    public HtmlOut(Appendable out) {
        this.out = out;
    }

    /** Appends our own markup as is. */
    public HtmlOut raw(String markup) {
        try {
            out.append(markup);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the HTML report: " + e.getMessage()
                    + " / Не вдалося записати HTML-звіт: " + e.getMessage(), e);
        }
        return this;
    }

    /** Appends text from the data, escaped; {@code null} appends nothing. */
    public HtmlOut text(@Nullable String text) {
        return text == null ? this : raw(escape(text));
    }

    /** Appends {@code  name="value"} with the value escaped. */
    public HtmlOut attr(String name, String value) {
        return raw(" ").raw(name).raw("=\"").raw(escape(value)).raw("\"");
    }

    /** Escapes {@code & < > " '} and replaces characters XML does not allow by U+FFFD. */
    public static String escape(String s) {
        StringBuilder b = null;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null && !allowed(s, i, c)) {
                rep = "\uFFFD";
            }
            if (rep == null && Character.isHighSurrogate(c)) {
                // a valid pair (checked by allowed): copy both halves
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (rep != null) {
                if (b == null) {
                    b = new StringBuilder(len + 16);
                    b.append(s, 0, i);
                }
                b.append(rep);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean allowed(String s, int i, char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return false; // a low surrogate not preceded by a high one
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
