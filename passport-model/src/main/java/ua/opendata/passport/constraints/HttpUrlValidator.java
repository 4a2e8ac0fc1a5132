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
     */
    public static boolean isHttpUrl(String text) {
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
}
