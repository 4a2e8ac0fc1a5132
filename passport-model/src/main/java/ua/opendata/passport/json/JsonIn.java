package ua.opendata.passport.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import java.util.Locale;
import ua.opendata.passport.json.PassportJsonException.Problem;

/**
 * A streaming reader over a Jackson parser that knows the JSON path of the current value and
 * collects problems instead of stopping at the first: a value of the wrong type is reported and
 * skipped, and reading goes on.
 */
final class JsonIn {

    /** Reads the value of one property; the parser is on the value's first token. */
    @FunctionalInterface
    interface Field {
        void read(String name) throws IOException;
    }

    /** Reads one element of an array; the parser is on the element's first token. */
    @FunctionalInterface
    interface Element<T> {
        @Nullable T read() throws IOException;
    }

    /** JSON value kinds, for messages: each names its texts {@code kind.NAME} and {@code kind.NAME.fix}. */
    enum Kind { STRING, WHOLE_NUMBER, ARRAY, OBJECT, BOOLEAN }

    private static final Locale UK = Locale.forLanguageTag("uk");

    private final JsonParser p;
    private final List<Object> path = new ArrayList<>();
    private final List<Problem> problems;

    JsonIn(JsonParser parser, List<Problem> sink) {
        this.p = parser;
        this.problems = sink;
    }

    JsonParser parser() {
        return p;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The JSON path of the current value, e.g. {@code $.distributions[1].sizeBytes}. */
    String path() {
        StringBuilder b = new StringBuilder("$");
        for (Object segment : path) {
            if (segment instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                String name = (String) segment;
                if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    b.append('.').append(name);
                } else {
                    b.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
                }
            }
        }
        return b.toString();
    }

    /** Reports the problem {@code key} of the {@code JsonMessages} bundles at the current token. */
    void problem(String key, String... arguments) {
        problemAt(p.currentTokenLocation(), key, arguments);
    }

    /** Reports the problem {@code key} of the {@code JsonMessages} bundles at {@code at}. */
    void problemAt(JsonLocation at, String key, String... arguments) {
        problems.add(JsonText.problem(Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), path(), key,
                arguments));
    }

    /** Reports that the current value is not of the expected kind and skips it. */
    void expected(Kind kind) throws IOException {
        JsonToken t = p.currentToken();
        String k = "kind." + kind.name();
        problems.add(new Problem(line(), column(), path(),
                JsonText.en("expected", JsonText.raw(Locale.ENGLISH, k), found(Locale.ENGLISH, t),
                        JsonText.raw(Locale.ENGLISH, k + ".fix")),
                JsonText.uk("expected", JsonText.raw(UK, k), found(UK, t), JsonText.raw(UK, k + ".fix"))));
        p.skipChildren();
    }

    private int line() {
        return Math.max(p.currentTokenLocation().getLineNr(), 0);
    }

    private int column() {
        return Math.max(p.currentTokenLocation().getColumnNr(), 0);
    }

    /** What was found instead: a word of the bundles, or the JSON literal itself. */
    private static String found(Locale locale, @Nullable JsonToken t) {
        if (t == null) {
            return JsonText.raw(locale, "found.END");
        }
        return switch (t) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, START_ARRAY, START_OBJECT ->
                    JsonText.raw(locale, "found." + t.name());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    /**
     * Reads an object whose properties are among {@code allowed}. A JSON {@code null} reads as
     * absent. Unknown and repeated properties are reported and skipped.
     *
     * @return whether an object was read (false for null or a value of another kind)
     */
    boolean object(List<String> allowed, Field field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        if (t != JsonToken.START_OBJECT) {
            expected(Kind.OBJECT);
            return false;
        }
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            path.add(name);
            try {
                if (!seen.add(name)) {
                    problemAt(at, "duplicate", name);
                    p.skipChildren();
                } else if (!allowed.contains(name)) {
                    problemAt(at, "unknown", name, String.join(", ", allowed));
                    p.skipChildren();
                } else {
                    field.read(name);
                }
            } finally {
                path.remove(path.size() - 1);
            }
        }
        return true;
    }

    /** Reads an array; JSON {@code null} reads as empty. Elements read as {@code null} are left out. */
    <T> List<T> array(Element<T> element) throws IOException {
        JsonToken t = p.currentToken();
        List<T> out = new ArrayList<>();
        if (t == JsonToken.VALUE_NULL) {
            return out;
        }
        if (t != JsonToken.START_ARRAY) {
            expected(Kind.ARRAY);
            return out;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            path.add(i++);
            try {
                T value = element.read();
                if (value != null) {
                    out.add(value);
                }
            } finally {
                path.remove(path.size() - 1);
            }
        }
        return out;
    }

    /** A string, or null for JSON null or a reported value of another kind. */
    @Nullable String string() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t != JsonToken.VALUE_NULL) {
            expected(Kind.STRING);
        }
        return null;
    }

    /** A string that must be present: JSON null is reported too. */
    @Nullable String requiredString() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            expected(Kind.STRING);
            return null;
        }
        return string();
    }

    /** An array of strings; null elements are reported. */
    List<String> strings() throws IOException {
        return array(this::requiredString);
    }

    /** A whole number that fits a {@code long}, or null. */
    @Nullable Long wholeNumber() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            expected(Kind.WHOLE_NUMBER);
            return null;
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            problem("number.tooLarge", p.getText(), Long.toString(Long.MAX_VALUE));
            return null;
        }
        return p.getLongValue();
    }

    /** true or false; JSON null reads as false. */
    boolean bool() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t != JsonToken.VALUE_FALSE && t != JsonToken.VALUE_NULL) {
            expected(Kind.BOOLEAN);
        }
        return false;
    }

    /** An ISO-8601 date-time with an offset, or null. */
    @Nullable OffsetDateTime dateTime() throws IOException {
        String s = string();
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            problem("dateTime.bad", s);
            return null;
        }
    }

    /** An ISO-8601 date ({@code yyyy-MM-dd}), or null. */
    @Nullable LocalDate date() throws IOException {
        String s = string();
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            problem("date.bad", s);
            return null;
        }
    }

    /** An object of string values, in document order; JSON null reads as empty. */
    Map<String, String> stringMap() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return out;
        }
        if (t != JsonToken.START_OBJECT) {
            expected(Kind.OBJECT);
            return out;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            path.add(name);
            try {
                if (out.containsKey(name)) {
                    problemAt(at, "duplicate", name);
                    p.skipChildren();
                } else {
                    String value = requiredString();
                    if (value != null) {
                        out.put(name, value);
                    }
                }
            } finally {
                path.remove(path.size() - 1);
            }
        }
        return out;
    }

    /** Runs {@code body} with {@code name} pushed on the path. */
    void at(String name, IoRunnable body) throws IOException {
        path.add(name);
        try {
            body.run();
        } finally {
            path.remove(path.size() - 1);
        }
    }

    /** Runs {@code body} with {@code index} pushed on the path. */
    void at(int index, IoRunnable body) throws IOException {
        path.add(index);
        try {
            body.run();
        } finally {
            path.remove(path.size() - 1);
        }
    }

    /** An action that may fail with an I/O error. */
    @FunctionalInterface
    interface IoRunnable {
        void run() throws IOException;
    }
}
