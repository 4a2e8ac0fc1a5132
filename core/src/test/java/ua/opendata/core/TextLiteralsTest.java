package ua.opendata.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads comes from the bundles ({@code ua.opendata.core.text.Messages}): no Cyrillic
 * string literal in core's main code, except in the classes below, each with its reason. A class on the
 * list that no longer has one must leave the list, so that it stays short.
 */
class TextLiteralsTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** Class (path under {@code src/main/java}) → why its Cyrillic literals stay. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("ua/opendata/core/internal/mapping/DatasetNames.java",
                    "data: the Ukrainian-Latin transliteration table of the national standard"),
            Map.entry("ua/opendata/core/internal/content/CellRules.java",
                    "data: words matched in the cells and column names of files (\"не застосовується\", ЄДРПОУ)"),
            Map.entry("ua/opendata/core/internal/mapping/PortalKeys.java",
                    "data: the name the structure resource gets on the portal, and the words that recognise it"));

    @Test
    void noCyrillicStringLiteralOutsideTheNamedDataTables() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                List<String> literals = cyrillicLiterals(Files.readString(file, StandardCharsets.UTF_8));
                if (!literals.isEmpty()) {
                    found.put(name, literals);
                }
            }
        }
        Map<String, List<String>> unexpected = new TreeMap<>(found);
        unexpected.keySet().removeAll(ALLOWED.keySet());
        assertThat(unexpected).as("Cyrillic string literals: move them to a bundle (see "
                + "ua.opendata.core.text.Messages), or name the class in ALLOWED with the reason").isEmpty();
        assertThat(new TreeSet<>(found.keySet())).as("classes in ALLOWED that no longer need to be there")
                .containsAll(ALLOWED.keySet());
    }

    @Test
    void theScannerFindsLiteralsAndSkipsComments() {
        String code = "// \"коментар\"\n/* \"ще\" */ String a = \"текст\"; char c = 'ї'; String b = \"a\\\"б\";\n"
                + "String t = \"\"\"\n    блок\n    \"\"\"; String e = \"english\"; /** «doc» \"док\" */";
        assertThat(cyrillicLiterals(code)).containsExactly("2: \"текст\"", "2: 'ї'", "2: \"a\\\"б\"",
                "3: \"\"\"\n    блок\n    \"\"\"");
    }

    /** The string, text-block and char literals with a Cyrillic letter, as {@code line: literal}. */
    static List<String> cyrillicLiterals(String code) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (code.startsWith("//", i)) {
                while (i < n && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(code, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                boolean block = code.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : String.valueOf(c);
                int j = i + close.length();
                while (j < n && !code.startsWith(close, j)) {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + close.length());
                String literal = code.substring(i, end);
                if (literal.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)) {
                    out.add(line + ": " + literal);
                }
                line += count(code, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
