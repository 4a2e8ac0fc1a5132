package ua.opendata.passport.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Validates {@link HttpUrl}. */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, CharSequence> {
    /** Creates the validator; called by the validation provider. */
    public HttpUrlValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isHttpUrl(value.toString());
    }

    /** Whether {@code text} is an absolute http(s) URL with a host and no surrounding whitespace. */
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
            return (s.equals("http") || s.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
