package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helper: the recorded CKAN fixtures copied into test resources (names kept). */
public final class Fixtures {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {}

    public static Path dir(String name) {
        URL u = Fixtures.class.getResource("/fixtures/" + name);
        if (u == null) {
            throw new IllegalStateException("missing test resource fixtures/" + name);
        }
        try {
            return Path.of(u.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Path> files(String dirName) {
        try (Stream<Path> s = Files.list(dir(dirName))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode read(Path p) {
        try {
            return (ObjectNode) MAPPER.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed response body of a transcript (may be a bare string or non-JSON: then null). */
    public static JsonNode responseBody(ObjectNode transcript) {
        String text = transcript.path("response").path("body_text").asText();
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            return MAPPER.nullNode();
        }
    }

    /** The action name of a transcript's request path, or the path itself if not an action. */
    public static String action(ObjectNode transcript) {
        String path = transcript.path("request").path("path").asText();
        String prefix = "/api/3/action/";
        if (!path.startsWith(prefix)) {
            return path;
        }
        String a = path.substring(prefix.length());
        int q = a.indexOf('?');
        return q < 0 ? a : a.substring(0, q);
    }

    /** A copy of the tree with every null-valued member removed, recursively. */
    public static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            List<String> nulls =
                    Stream.of(o.fieldNames()).flatMap(it -> {
                        Stream.Builder<String> b = Stream.builder();
                        it.forEachRemaining(b);
                        return b.build();
                    }).filter(k -> o.get(k).isNull()).toList();
            o.remove(nulls);
            o.forEach(Fixtures::strip);
        } else if (n.isArray()) {
            n.forEach(Fixtures::strip);
        }
    }
}
