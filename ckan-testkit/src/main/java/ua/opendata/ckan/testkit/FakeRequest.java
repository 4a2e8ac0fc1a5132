package ua.opendata.ckan.testkit;

import java.util.List;
import java.util.Map;

/**
 * A request received by the {@link FakeCkan}, for assertions in tests.
 *
 * @param method the HTTP method
 * @param path the path with query
 * @param headers the headers (names in lower case), each with its values
 * @param bodyExcerpt the start of the body (at most 64 KiB), as UTF-8 text
 * @param bodyLength the body length in bytes
 */
public record FakeRequest(
        String method,
        String path,
        Map<String, List<String>> headers,
        String bodyExcerpt,
        long bodyLength) {

    /**
     * Copies the headers.
     *
     * @param method the HTTP method
     * @param path the path with query
     * @param headers the headers (names in lower case), each with its values; copied
     * @param bodyExcerpt the start of the body (at most 64 KiB), as UTF-8 text
     * @param bodyLength the body length in bytes
     */
    public FakeRequest {
        headers = Map.copyOf(headers);
    }

    /**
     * The first value of a header.
     *
     * @param name the name, any case
     * @return the value, or null
     */
    public @org.jspecify.annotations.Nullable String header(String name) {
        List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
