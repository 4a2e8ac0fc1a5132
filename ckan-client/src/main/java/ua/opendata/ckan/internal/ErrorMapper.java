package ua.opendata.ckan.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.CkanApiException;
import ua.opendata.ckan.CkanAuthorizationException;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.CkanIntegrityException;
import ua.opendata.ckan.CkanInternalException;
import ua.opendata.ckan.CkanNotFoundException;
import ua.opendata.ckan.CkanSearchException;
import ua.opendata.ckan.CkanSearchIndexException;
import ua.opendata.ckan.CkanSearchQueryException;
import ua.opendata.ckan.CkanUnexpectedResponseException;
import ua.opendata.ckan.CkanValidationException;

/** Not for public use. Maps CKAN's error envelope to exceptions by {@code error.__type}. */
public final class ErrorMapper {
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
    public static CkanException map(
            String action, int status, @Nullable JsonNode error, @Nullable String secret) {
        if (error == null || !error.isObject()) {
            JsonNode e = error == null ? JsonNodeFactory.instance.nullNode() : error;
            String ex = Texts.excerpt(e.toString(), EXCERPT, secret);
            return new CkanApiException(action, status, "", null, e,
                    action + ": CKAN answered HTTP " + status + " with success=false and no error object: "
                            + ex,
                    action + ": CKAN відповів HTTP " + status + " з success=false без об'єкта помилки: " + ex);
        }
        String type = error.path("__type").asText("");
        JsonNode m = error.get("message");
        String serverMessage =
                m != null && m.isTextual() ? Texts.excerpt(m.textValue(), EXCERPT, secret) : null;
        String shown = serverMessage == null ? "" : " (\"" + serverMessage + "\")";
        String head = action + ": CKAN " + type + ", HTTP " + status + shown + ": ";
        String headUk = action + ": CKAN " + type + ", HTTP " + status + shown + ": ";
        switch (type) {
            case "Validation Error": {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                flatten("", error, fields);
                fields.remove("__type");
                String summary = Texts.excerpt(fields.toString(), EXCERPT, secret);
                return new CkanValidationException(action, status, error, fields,
                        head + "the data was refused: " + summary + ". Fix these fields and send again.",
                        headUk + "дані відхилено: " + summary + ". Виправте ці поля й надішліть знову.");
            }
            case "Not Found Error":
                return new CkanNotFoundException(action, status, serverMessage, error,
                        head + "not found (or deleted). Check the id or name.",
                        headUk + "не знайдено (або видалено). Перевірте id чи назву.");
            case "Authorization Error":
                return new CkanAuthorizationException(action, status, serverMessage, error,
                        head + "access denied. Check that the API key is valid (an invalid key runs as "
                                + "anonymous) and that its user may do this.",
                        headUk + "доступ заборонено. Перевірте, що ключ API дійсний (з недійсним ключем запит "
                                + "виконується анонімно) і що користувач має право на цю дію.");
            case "Integrity Error":
                return new CkanIntegrityException(action, status, serverMessage, error,
                        head + "a database integrity conflict. Re-read the object and retry.",
                        headUk + "конфлікт цілісності бази даних. Перечитайте об'єкт і повторіть.");
            case "Search Query Error":
                return new CkanSearchQueryException(action, status, serverMessage, error,
                        head + "invalid search parameters. Remove unknown parameters.",
                        headUk + "недійсні параметри пошуку. Приберіть невідомі параметри.");
            case "Search Error":
                return new CkanSearchException(action, status, serverMessage, error,
                        head + "the search engine refused the query. Check the Solr syntax of q and fq.",
                        headUk + "пошукова система відхилила запит. Перевірте синтаксис Solr у q та fq.");
            case "Search Index Error":
                return new CkanSearchIndexException(action, status, serverMessage, error,
                        head + "the search index was not updated; the database write may be committed. "
                                + "Re-read with package_show before retrying.",
                        headUk + "пошуковий індекс не оновлено; запис у базу міг відбутися. Перечитайте "
                                + "через package_show перед повтором.");
            case "Internal Server Error":
                return new CkanInternalException(action, status, serverMessage, error,
                        head + "CKAN failed internally. Retry later or tell the portal's administrators.",
                        headUk + "внутрішня помилка CKAN. Повторіть пізніше або повідомте адміністраторів "
                                + "порталу.");
            default:
                return new CkanApiException(action, status, type, serverMessage, error,
                        head + "an error type this client does not know. See error().",
                        headUk + "тип помилки, невідомий клієнту. Див. error().");
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
    public static CkanUnexpectedResponseException unexpected(
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
        String after = e.attempts() > 1 ? " after " + e.attempts() + " attempts" : "";
        String afterUk = e.attempts() > 1 ? " після " + e.attempts() + " спроб" : "";
        if (e.isLoginRedirect()) {
            String where = loc == null ? "" : " (" + loc + ")";
            return new String[] {
                action + ": the portal answered HTTP " + status + " with a login page" + where
                        + ": it wants a browser session, so the call ran without a valid API key. Check "
                        + "the base URL (the portal's own address, not a single sign-on page) and the API key.",
                action + ": портал відповів HTTP " + status + " сторінкою входу" + where
                        + ": він чекає сеансу браузера, тож виклик пройшов без чинного ключа API. Перевірте "
                        + "базову адресу (власну адресу порталу, не сторінку єдиного входу) і ключ API."};
        }
        if (loc != null) {
            return new String[] {
                action + ": the server redirected (HTTP " + status + ") to " + loc
                        + "; redirects are not followed because they turn a POST into a GET. Configure the "
                        + "final base URL (often https instead of http).",
                action + ": сервер переспрямував (HTTP " + status + ") на " + loc
                        + "; переспрямування не виконуються, бо вони перетворюють POST на GET. Вкажіть "
                        + "кінцеву базову адресу (часто https замість http)."};
        }
        if (status == 413) {
            String size = e.requestBytes() >= 0 ? " of " + e.requestBytes() + " bytes" : "";
            String sizeUk = e.requestBytes() >= 0 ? " розміром " + e.requestBytes() + " байтів" : "";
            return new String[] {
                action + ": HTTP 413: the request" + size + " is larger than the portal or its proxy "
                        + "accepts (it does not say its limit). Send a smaller file, or ask the portal's "
                        + "administrators for the limit (CKAN's default ckan.max_resource_size is 10 MB).",
                action + ": HTTP 413: запит" + sizeUk + " більший, ніж приймає портал або його проксі "
                        + "(межу він не повідомляє). Надішліть менший файл або дізнайтеся межу в "
                        + "адміністраторів порталу (типово ckan.max_resource_size у CKAN — 10 МБ)."};
        }
        if (e.isRateLimited()) {
            String ra = retryAfter == null ? "" : " (Retry-After: " + Texts.excerpt(retryAfter, 40, null) + ")";
            return new String[] {
                action + ": HTTP " + status + ": the portal is limiting requests" + after + ra
                        + "; nothing was applied. Try later, or send fewer calls at once and space writes "
                        + "further apart (maxConcurrentRequests, writePacing).",
                action + ": HTTP " + status + ": портал обмежує кількість запитів" + afterUk + ra
                        + "; нічого не застосовано. Спробуйте пізніше або надсилайте менше викликів одночасно "
                        + "й рідше (maxConcurrentRequests, writePacing)."};
        }
        if (bare != null) {
            return new String[] {
                action + ": CKAN answered HTTP " + status + " with a bare message: \"" + ex
                        + "\". Check the action name, the JSON body and the HTTP method.",
                action + ": CKAN відповів HTTP " + status + " простим повідомленням: \"" + ex
                        + "\". Перевірте назву дії, тіло JSON і метод HTTP."};
        }
        String unknown = e.outcomeUnknown()
                ? " Whether a write took effect is unknown: read the object again before repeating it."
                : "";
        String unknownUk = e.outcomeUnknown()
                ? " Невідомо, чи запис відбувся: перечитайте об'єкт, перш ніж повторювати його."
                : "";
        return new String[] {
            action + ": HTTP " + status + " with a body that is not a CKAN answer ("
                    + contentType + ")" + after + ": \"" + ex + "\". A proxy or the server failed; retry later"
                    + (retryAfter == null ? "" : " (Retry-After: " + retryAfter + ")")
                    + " or check the base URL." + unknown,
            action + ": HTTP " + status + " з тілом, що не є відповіддю CKAN ("
                    + contentType + ")" + afterUk + ": \"" + ex + "\". Збій проксі або сервера; повторіть пізніше"
                    + (retryAfter == null ? "" : " (Retry-After: " + retryAfter + ")")
                    + " або перевірте базову адресу." + unknownUk};
    }
}
