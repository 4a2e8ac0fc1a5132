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
            @Nullable String secret) {
        String ex = Texts.excerpt(body, 200, secret);
        String loc = location == null ? null : Texts.excerpt(location, 300, secret);
        String en;
        String uk;
        if (loc != null) {
            en = action + ": the server redirected (HTTP " + status + ") to " + loc
                    + "; redirects are not followed because they turn a POST into a GET. Configure the "
                    + "final base URL (often https instead of http).";
            uk = action + ": сервер переспрямував (HTTP " + status + ") на " + loc
                    + "; переспрямування не виконуються, бо вони перетворюють POST на GET. Вкажіть "
                    + "кінцеву базову адресу (часто https замість http).";
        } else if (bare != null) {
            en = action + ": CKAN answered HTTP " + status + " with a bare message: \"" + ex
                    + "\". Check the action name, the JSON body and the HTTP method.";
            uk = action + ": CKAN відповів HTTP " + status + " простим повідомленням: \"" + ex
                    + "\". Перевірте назву дії, тіло JSON і метод HTTP.";
        } else {
            en = action + ": HTTP " + status + " with a body that is not a CKAN answer ("
                    + contentType + "): \"" + ex + "\". A proxy or the server failed; retry later"
                    + (retryAfter == null ? "" : " (Retry-After: " + retryAfter + ")")
                    + " or check the base URL.";
            uk = action + ": HTTP " + status + " з тілом, що не є відповіддю CKAN ("
                    + contentType + "): \"" + ex + "\". Збій проксі або сервера; повторіть пізніше"
                    + (retryAfter == null ? "" : " (Retry-After: " + retryAfter + ")")
                    + " або перевірте базову адресу.";
        }
        return new CkanUnexpectedResponseException(
                action, status, contentType, ex, bare, loc, retryAfter, en, uk);
    }
}
