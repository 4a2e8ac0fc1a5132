package ua.opendata.ckan.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the objects of a {@code package_search} answer's {@code result.results} array out of the
 * answer's bytes, unchanged, by scanning the JSON structure (strings and escapes respected).
 */
final class ResultSlicer {
    private static final byte[] KEY = "\"results\"".getBytes(StandardCharsets.US_ASCII);

    private ResultSlicer() {}

    /**
     * The exact bytes of every element of {@code result.results}.
     *
     * @param body a {@code package_search} answer
     * @return one array per result object, in order
     * @throws IllegalArgumentException when the body has no results array at depth 2
     */
    static List<byte[]> results(byte[] body) {
        int depth = 0;
        boolean inString = false;
        int keyStart = -1;
        for (int i = 0; i < body.length; i++) {
            byte c = body[i];
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 2 && i + 1 - keyStart == KEY.length
                            && Arrays.equals(body, keyStart, i + 1, KEY, 0, KEY.length)) {
                        int j = i + 1;
                        while (body[j] == ' ' || body[j] == ':') {
                            j++;
                        }
                        if (body[j] == '[') {
                            return elements(body, j + 1);
                        }
                    }
                }
            } else if (c == '"') {
                inString = true;
                keyStart = i;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        throw new IllegalArgumentException("no result.results array");
    }

    private static List<byte[]> elements(byte[] b, int from) {
        List<byte[]> out = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = -1;
        for (int i = from; i < b.length; i++) {
            byte c = b[i];
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (depth == 0) {
                    start = i;
                }
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return out;
                }
                depth--;
                if (depth == 0) {
                    out.add(Arrays.copyOfRange(b, start, i + 1));
                }
            }
        }
        throw new IllegalArgumentException("unterminated results array");
    }
}
