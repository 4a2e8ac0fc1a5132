package ua.opendata.ckan.testkit;

import static ua.opendata.ckan.testkit.FakeCkanEngine.F;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.testkit.FakeCkanEngine.User;

/**
 * The fake's errors and common validation, worded as CKAN 2.10 words them in the recorded
 * exchanges (these English texts are the server's answers being imitated, not messages of the
 * SDK): the error envelope's {@code __type} and message, field-by-field validation errors, bare
 * JSON strings, and the checks several actions share (names, integers, sysadmin rights).
 */
final class FakeCkanErrors {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+");

    private FakeCkanErrors() {}

    /** An error answered in CKAN's error envelope. */
    static final class ActionError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient ObjectNode error;

        ActionError(int status, ObjectNode error) {
            super(error.toString(), null, false, false);
            this.status = status;
            this.error = error;
        }
    }

    /** An error answered as a bare JSON string (HTTP 400). */
    static final class BareError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BareError(String message) {
            super(message, null, false, false);
        }
    }

    static ObjectNode err(String type, String message) {
        ObjectNode e = F.objectNode();
        e.put("__type", type);
        e.put("message", message);
        return e;
    }

    static ActionError notFound() {
        return new ActionError(404, err("Not Found Error", "Not found"));
    }

    static ActionError denied(String message) {
        return new ActionError(403, err("Authorization Error", "Access denied: " + message));
    }

    static ActionError validation(Map<String, List<String>> fields) {
        ObjectNode e = F.objectNode();
        new TreeMap<>(fields).forEach((k, v) -> {
            ArrayNode a = e.putArray(k);
            v.forEach(a::add);
        });
        e.put("__type", "Validation Error");
        return new ActionError(409, e);
    }

    static ActionError validation(String field, String message) {
        return validation(Map.of(field, List.of(message)));
    }

    static void requireSysadmin(@Nullable User caller, String what) {
        if (caller == null || !caller.sysadmin()) {
            throw denied("User " + userName(caller) + " not authorized to " + what);
        }
    }

    static @Nullable String text(JsonNode params, String key) {
        JsonNode v = params.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String userName(@Nullable User u) {
        return u == null ? "" : u.name();
    }

    static int intParam(JsonNode params, String key, int def) {
        JsonNode v = params.get(key);
        if (v == null || v.isNull()) {
            return def;
        }
        try {
            return v.isNumber() ? v.intValue() : Integer.parseInt(v.asText().trim());
        } catch (NumberFormatException e) {
            throw validation(key, "Invalid integer");
        }
    }

    static void checkName(@Nullable String name, String inUseMessage, Predicate<String> inUse) {
        Map<String, List<String>> errors = new TreeMap<>();
        checkName(name, inUseMessage, inUse, errors);
        if (!errors.isEmpty()) {
            throw validation(errors);
        }
    }

    static void checkName(@Nullable String name, String inUseMessage,
            Predicate<String> inUse, Map<String, List<String>> errors) {
        if (name == null || name.isEmpty()) {
            errors.put("name", List.of("Missing value"));
        } else if (!NAME.matcher(name).matches()) {
            errors.put("name", List.of(
                    "Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_"));
        } else if (name.length() < 2) {
            errors.put("name", List.of("Must be at least 2 characters long"));
        } else if (name.length() > 100) {
            errors.put("name", List.of("Name must be a maximum of 100 characters long"));
        } else if (inUse.test(name)) {
            errors.put("name", List.of(inUseMessage));
        }
    }
}
