package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.internal.Texts;

/** Not for public use. Maps CKAN's error envelope to exceptions by {@code error.__type}. */
final class ErrorMapper {
    private static final int EXCERPT = 300;

    private ErrorMapper() {}

    /**
     * Maps an error envelope.
     *
     * @param action the action
     * @param status the HTTP status
     * @param error the {@code error} member (may be missing or not an object)
     * @param secret the key to redact
     * @return the exception to throw
     */
    static CkanException map(
            String action, int status, @Nullable JsonNode error, @Nullable String secret) {
        if (error == null || !error.isObject()) {
            JsonNode e = error == null ? JsonNodeFactory.instance.nullNode() : error;
            String ex = Texts.excerpt(e.toString(), EXCERPT, secret);
            return new CkanApiException(action, status, "", null, e,
                    CkanMessages.en("error.noErrorObject", action, status, ex),
                    CkanMessages.uk("error.noErrorObject", action, status, ex));
        }
        String type = error.path("__type").asText("");
        JsonNode m = error.get("message");
        String serverMessage =
                m != null && m.isTextual() ? Texts.excerpt(m.textValue(), EXCERPT, secret) : null;
        String head = serverMessage == null
                ? CkanMessages.text("error.head", action, type, status)
                : CkanMessages.text("error.headWithMessage", action, type, status, serverMessage);
        switch (type) {
            case "Validation Error": {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                flatten("", error, fields);
                fields.remove("__type");
                String summary = Texts.excerpt(fields.toString(), EXCERPT, secret);
                return new CkanValidationException(action, status, error, fields,
                        CkanMessages.en("error.validation", head, summary),
                        CkanMessages.uk("error.validation", head, summary));
            }
            case "Not Found Error":
                return new CkanNotFoundException(action, status, serverMessage, error,
                        CkanMessages.en("error.notFound", head), CkanMessages.uk("error.notFound", head));
            case "Authorization Error":
                return new CkanAuthorizationException(action, status, serverMessage, error,
                        CkanMessages.en("error.authorization", head),
                        CkanMessages.uk("error.authorization", head));
            case "Integrity Error":
                return new CkanIntegrityException(action, status, serverMessage, error,
                        CkanMessages.en("error.integrity", head), CkanMessages.uk("error.integrity", head));
            case "Search Query Error":
                return new CkanSearchQueryException(action, status, serverMessage, error,
                        CkanMessages.en("error.searchQuery", head), CkanMessages.uk("error.searchQuery", head));
            case "Search Error":
                return new CkanSearchException(action, status, serverMessage, error,
                        CkanMessages.en("error.search", head), CkanMessages.uk("error.search", head));
            case "Search Index Error":
                return new CkanSearchIndexException(action, status, serverMessage, error,
                        CkanMessages.en("error.searchIndex", head), CkanMessages.uk("error.searchIndex", head));
            case "Internal Server Error":
                return new CkanInternalException(action, status, serverMessage, error,
                        CkanMessages.en("error.internal", head), CkanMessages.uk("error.internal", head));
            default:
                return new CkanApiException(action, status, type, serverMessage, error,
                        CkanMessages.en("error.unknownType", head), CkanMessages.uk("error.unknownType", head));
        }
    }

    /** Flattens CKAN's nested field errors into paths. */
    static void flatten(String prefix, JsonNode node, Map<String, List<String>> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                flatten(key, e.getValue(), out);
            }
        } else if (node.isArray()) {
            List<String> messages = new ArrayList<>();
            int i = 0;
            for (JsonNode e : node) {
                if (e.isValueNode()) {
                    messages.add(e.asText());
                } else {
                    flatten(prefix + "[" + i + "]", e, out);
                }
                i++;
            }
            if (!messages.isEmpty()) {
                out.computeIfAbsent(prefix, k -> new ArrayList<>()).addAll(messages);
            }
        } else if (!prefix.isEmpty()) {
            out.computeIfAbsent(prefix, k -> new ArrayList<>()).add(node.asText());
        }
    }

    /**
     * An exception for a body that is not the envelope.
     *
     * @param action the action
     * @param status the status
     * @param contentType the content type
     * @param body the body text
     * @param bare the bare JSON string, if the body was one
     * @param location the redirect target, if any
     * @param retryAfter the Retry-After header, if any
     * @param secret the key to redact
     * @param attempts the attempts made, this one included
     * @param requestBytes the request body's size, or -1 when unknown
     * @return the exception
     */
    static CkanUnexpectedResponseException unexpected(
            String action,
            int status,
            @Nullable String contentType,
            String body,
            @Nullable String bare,
            @Nullable String location,
            @Nullable String retryAfter,
            @Nullable String secret,
            int attempts,
            long requestBytes) {
        String ex = Texts.excerpt(body, 200, secret);
        String loc = location == null ? null : Texts.excerpt(location, 300, secret);
        boolean login = isLoginForm(body);
        CkanUnexpectedResponseException probe = new CkanUnexpectedResponseException(action, status,
                contentType, ex, bare, loc, retryAfter, attempts, requestBytes, login, "", "");
        String[] m = messages(probe, action, status, contentType, ex, bare, loc, retryAfter);
        return new CkanUnexpectedResponseException(action, status, contentType, ex, bare, loc,
                retryAfter, attempts, requestBytes, login, m[0], m[1]);
    }

    /** Whether an HTML body is a login form (a password field, or CKAN's login form's target). */
    static boolean isLoginForm(String body) {
        String b = body.toLowerCase(java.util.Locale.ROOT);
        return b.contains("<form") && (b.contains("type=\"password\"") || b.contains("type='password'")
                || b.contains("/user/login"));
    }

    private static String[] messages(CkanUnexpectedResponseException e, String action, int status,
            @Nullable String contentType, String ex, @Nullable String bare, @Nullable String loc,
            @Nullable String retryAfter) {
        if (e.isLoginRedirect()) {
            String where = loc == null ? "" : " (" + loc + ")";
            return both("unexpected.login", action, status, where);
        }
        if (loc != null) {
            return both("unexpected.redirect", action, status, loc);
        }
        if (status == 413) {
            return new String[] {
                CkanMessages.en("unexpected.tooLarge", action,
                        e.requestBytes() >= 0 ? CkanMessages.en("unexpected.size", e.requestBytes()) : ""),
                CkanMessages.uk("unexpected.tooLarge", action,
                        e.requestBytes() >= 0 ? CkanMessages.uk("unexpected.size", e.requestBytes()) : "")};
        }
        boolean several = e.attempts() > 1;
        String after = several ? CkanMessages.en("unexpected.after", e.attempts()) : "";
        String afterUk = several ? CkanMessages.uk("unexpected.after", e.attempts()) : "";
        if (e.isRateLimited()) {
            String ra = retryAfter == null ? "" : " (Retry-After: " + Texts.excerpt(retryAfter, 40, null) + ")";
            return new String[] {
                CkanMessages.en("unexpected.rateLimited", action, status, after, ra),
                CkanMessages.uk("unexpected.rateLimited", action, status, afterUk, ra)};
        }
        if (bare != null) {
            return both("unexpected.bare", action, status, ex);
        }
        String ra = retryAfter == null ? "" : " (Retry-After: " + retryAfter + ")";
        boolean unknown = e.outcomeUnknown();
        return new String[] {
            CkanMessages.en("unexpected.notCkan", action, status, contentType, after, ex, ra,
                    unknown ? CkanMessages.en("unexpected.unknownOutcome") : ""),
            CkanMessages.uk("unexpected.notCkan", action, status, contentType, afterUk, ex, ra,
                    unknown ? CkanMessages.uk("unexpected.unknownOutcome") : "")};
    }

    private static String[] both(String key, Object... args) {
        return new String[] {CkanMessages.en(key, args), CkanMessages.uk(key, args)};
    }
}
