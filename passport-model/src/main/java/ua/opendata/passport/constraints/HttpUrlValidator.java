package ua.opendata.passport.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Validates {@link HttpUrl}. */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, CharSequence> {
    /** Creates the validator; called by the validation provider. */
    public HttpUrlValidator() {
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || isHttpUrl(value.toString());
    }

    /**
     * Whether {@code text} is an absolute http(s) URL with a host and no surrounding whitespace.
     * Internationalised host names (e.g. {@code https://міськрада.укр/dani}) are accepted when their
     * ASCII form ({@link IDN#toASCII(String, int)}) is a valid host name.
     *
     * @param text the link to check
     * @return {@code true} when the link is an absolute http(s) URL with a host
     */
    public static boolean isHttpUrl(String text) {
        return isPlainHttpUrl(text) || isHttpUrlByUri(text);
    }

    /** The full check through {@link URI}; {@link #isHttpUrl} takes a fast path first. */
    static boolean isHttpUrlByUri(String text) {
        if (text.isEmpty() || !text.strip().equals(text)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null) {
                return false;
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            if (!s.equals("http") && !s.equals("https")) {
                return false;
            }
            if (uri.getHost() != null) {
                return !uri.getHost().isEmpty();
            }
            // java.net.URI gives no host for a non-ASCII (IDN) host: check its ASCII form instead.
            String authority = uri.getRawAuthority();
            return authority != null && isIdnAuthority(s, authority);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isIdnAuthority(String scheme, String authority) throws URISyntaxException {
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host = hostAndPort;
        String port = "";
        int colon = hostAndPort.lastIndexOf(':');
        if (colon >= 0) {
            host = hostAndPort.substring(0, colon);
            port = hostAndPort.substring(colon);
        }
        if (host.isEmpty() || host.startsWith("[")) {
            return false;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (ascii.isEmpty()) {
            return false;
        }
        URI check = new URI(scheme + "://" + ascii + port + "/");
        return check.getHost() != null && !check.getHost().isEmpty();
    }

    /**
     * A fast path for the common case: an ASCII {@code http(s)://} URL whose host is a plain DNS
     * name (letters, digits, inner hyphens; the last label starts with a letter), with an optional
     * port, and whose rest holds only characters {@link URI} accepts unescaped, and valid
     * {@code %XX} escapes. Returns true only for text that {@link #isHttpUrlByUri} also accepts;
     * anything else goes the slow way.
     */
    static boolean isPlainHttpUrl(String s) {
        int i;
        if (s.startsWith("https://")) {
            i = 8;
        } else if (s.startsWith("http://")) {
            i = 7;
        } else {
            return false;
        }
        int n = s.length();
        int labelStart = i;
        boolean lastLabelAlphaStart = false;
        char prev = '.';
        while (i < n) {
            char c = s.charAt(i);
            if (c == '.') {
                if (prev == '.' || prev == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else if (c == '-') {
                if (prev == '.') {
                    return false;
                }
            } else if (isAsciiLetterOrDigit(c)) {
                if (i == labelStart) {
                    lastLabelAlphaStart = !(c >= '0' && c <= '9');
                }
            } else {
                break;
            }
            prev = c;
            i++;
        }
        if (i == (s.startsWith("https://") ? 8 : 7) || prev == '-' || prev == '.' || !lastLabelAlphaStart) {
            return false;
        }
        if (i < n && s.charAt(i) == ':') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start || i - start > 5) {
                return false;
            }
        }
        if (i == n) {
            return true;
        }
        char c = s.charAt(i);
        if (c != '/' && c != '?' && c != '#') {
            return false;
        }
        boolean fragment = false;
        for (; i < n; i++) {
            c = s.charAt(i);
            if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
            } else if (c == '%') {
                if (i + 2 >= n || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!isAsciiLetterOrDigit(c) && "-._~:/?@!$&'()*+,;=".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
