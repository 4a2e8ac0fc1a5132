package ua.opendata.passport.internal.json;

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

    /** JSON value kinds, for messages. */
    enum Kind {
        STRING("a string", "рядок", "write the value in double quotes", "запишіть значення в подвійних лапках"),
        WHOLE_NUMBER("a whole number", "ціле число", "write a whole number without quotes, e.g. 12345",
                "запишіть ціле число без лапок, напр. 12345"),
        ARRAY("an array", "масив", "write a list in square brackets, e.g. [\"a\", \"b\"]",
                "запишіть список у квадратних дужках, напр. [\"a\", \"b\"]"),
        OBJECT("an object", "об'єкт", "write an object in curly braces, e.g. {\"name\": \"…\"}",
                "запишіть об'єкт у фігурних дужках, напр. {\"name\": \"…\"}"),
        BOOLEAN("true or false", "true або false", "write true or false without quotes",
                "запишіть true або false без лапок");

        final String en;
        final String uk;
        final String fixEn;
        final String fixUk;

        Kind(String en, String uk, String fixEn, String fixUk) {
            this.en = en;
            this.uk = uk;
            this.fixEn = fixEn;
            this.fixUk = fixUk;
        }
    }

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

    void problem(String en, String uk) {
        problemAt(p.currentTokenLocation(), en, uk);
    }

    void problemAt(JsonLocation at, String en, String uk) {
        problems.add(new Problem(Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), path(), en, uk));
    }

    /** Reports that the current value is not of the expected kind and skips it. */
    void expected(Kind kind) throws IOException {
        JsonToken t = p.currentToken();
        problem("expected " + kind.en + ", found " + foundEn(t) + "; " + kind.fixEn,
                "очікується: " + kind.uk + "; знайдено: " + foundUk(t) + "; " + kind.fixUk);
        p.skipChildren();
    }

    private static String foundEn(@Nullable JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a fractional number";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    private static String foundUk(@Nullable JsonToken t) {
        if (t == null) {
            return "кінець даних";
        }
        return switch (t) {
            case VALUE_STRING -> "рядок";
            case VALUE_NUMBER_INT -> "ціле число";
            case VALUE_NUMBER_FLOAT -> "дробове число";
            case START_ARRAY -> "масив";
            case START_OBJECT -> "об'єкт";
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
                    problemAt(at, "duplicate property '" + name + "'; keep only one of them",
                            "властивість '" + name + "' повторюється; залиште лише одну");
                    p.skipChildren();
                } else if (!allowed.contains(name)) {
                    problemAt(at, "unknown property '" + name + "'; remove it or correct its name (allowed: "
                            + String.join(", ", allowed) + ")", "невідома властивість '" + name
                            + "'; вилучіть її або виправте назву (дозволені: " + String.join(", ", allowed) + ")");
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
            problem("the number " + p.getText() + " is too large; the largest allowed is " + Long.MAX_VALUE,
                    "число " + p.getText() + " завелике; найбільше допустиме — " + Long.MAX_VALUE);
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
            problem("'" + s + "' is not an ISO-8601 date and time with an offset; write it as "
                    + "2024-05-01T10:15:30+03:00", "'" + s + "' не є датою й часом ISO-8601 зі зміщенням; "
                    + "запишіть як 2024-05-01T10:15:30+03:00");
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
            problem("'" + s + "' is not an ISO-8601 date; write it as 2024-05-01",
                    "'" + s + "' не є датою ISO-8601; запишіть як 2024-05-01");
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
                    problemAt(at, "duplicate property '" + name + "'; keep only one of them",
                            "властивість '" + name + "' повторюється; залиште лише одну");
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
