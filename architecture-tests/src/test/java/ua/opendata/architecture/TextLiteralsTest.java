package ua.opendata.architecture;

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
 * Every text a person reads comes from the bundles (each module's {@code *Messages*.properties}, Ukrainian
 * and English): no Cyrillic string literal in the main code of any module, except in the classes below,
 * each with its reason (data such as the Ministry's header labels and frequency words, never a message).
 * A class on the list that no longer has one must leave the list, so that it stays short.
 */
class TextLiteralsTest {

    /** Why a sample program's literals stay. */
    private static final String SAMPLE = "a sample program prints its few lines of its own in both languages inline "
            + "(Say.text), so that each sample reads as one file; every text of the library comes from its bundles";

    /** Class (path from the repository's root) → why its Cyrillic literals stay. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("core/src/main/java/ua/opendata/core/internal/mapping/DatasetNames.java",
                    "data: the Ukrainian-Latin transliteration table of the national standard"),
            Map.entry("core/src/main/java/ua/opendata/core/internal/content/CellRules.java",
                    "data: words matched in the cells and column names of files (\"не застосовується\", ЄДРПОУ)"),
            Map.entry("core/src/main/java/ua/opendata/core/internal/mapping/PortalKeys.java",
                    "data: the name the structure resource gets on the portal, and the words that recognise it"),
            Map.entry("core/src/main/java/ua/opendata/core/audit/AnnexPresence.java",
                    "data: the words of a dataset's access_rights value that mean it is not open (обмежений, непублічний)"),
            Map.entry("passport-model/src/main/java/ua/opendata/passport/EntryStatus.java",
                    "data: the status words registers write (оприлюднено, заплановано, …)"),
            Map.entry("passport-model/src/main/java/ua/opendata/passport/DataFormat.java",
                    "data: Cyrillic letters that look like Latin ones, read as Latin in format names (СSV → CSV)"),
            Map.entry("passport-model/src/main/java/ua/opendata/passport/Frequency.java",
                    "data: the Ministry's update-frequency values in Ukrainian, as portals store them"),
            Map.entry("passport-model/src/main/java/ua/opendata/passport/UpdateFrequency.java",
                    "data: the frequency words registers write («щомісяця», «раз на рік», …)"),
            Map.entry("passport-model/src/main/java/ua/opendata/passport/annex/AnnexBundle.java",
                    "data: the names of the annex's generic sections as the transcription writes them"),
            Map.entry("passport-model/src/main/java/ua/opendata/passport/annex/PublisherKind.java",
                    "data: the words of a publisher's name that tell its kind (рада, військова адміністрація, …)"),
            Map.entry("passport-model/src/main/java/ua/opendata/passport/internal/annex/TitleScorer.java",
                    "data: locality and body words a title may add without changing what it names"),
            Map.entry("passport-model/src/main/java/ua/opendata/passport/internal/annex/TitleWords.java",
                    "data: stop words, stems and abbreviations of dataset titles"),
            Map.entry("passport-model/src/main/java/ua/opendata/passport/internal/annex/Translit.java",
                    "data: the transliteration table used to compare titles"),
            Map.entry("passport-model/src/main/java/ua/opendata/passport/internal/csv/Column.java",
                    "data: the header labels of the Ministry's register standard in both its copies"),
            Map.entry("passport-model/src/main/java/ua/opendata/passport/internal/csv/CellValues.java",
                    "data: the status words quoted in the message of an unknown status (EntryStatus.parse's words)"),
            Map.entry("passport-model/src/main/java/ua/opendata/passport/xlsx/RegisterXlsxWriter.java",
                    "data: the default sheet name of a written register («Реєстр»)"),
            Map.entry("ckan-testkit/src/main/java/ua/opendata/ckan/testkit/FakeCkanEngine.java",
                    "data: the titles of the fake's synthetic catalogue"),
            Map.entry("examples/src/main/java/ua/opendata/examples/samples/AuditPublisherExample.java", SAMPLE),
            Map.entry("examples/src/main/java/ua/opendata/examples/samples/ValidateRegisterExample.java", SAMPLE),
            Map.entry("examples/src/main/java/ua/opendata/examples/samples/HarvestToJsonLinesExample.java", SAMPLE),
            Map.entry("examples/src/main/java/ua/opendata/examples/samples/UploadLargeFileExample.java", SAMPLE),
            Map.entry("examples/src/main/java/ua/opendata/examples/samples/PublishRegisterExample.java", SAMPLE),
            Map.entry("examples/src/main/java/ua/opendata/examples/samples/Console.java", SAMPLE));

    @Test
    void noCyrillicStringLiteralOutsideTheNamedDataTables() throws IOException {
        Path root = CodeBase.rootFromBuild();
        Map<String, List<String>> found = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> modules = Files.list(root)) {
            sources = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
        }
        for (Path source : sources) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<String> literals = cyrillicLiterals(Files.readString(file, StandardCharsets.UTF_8));
                    if (!literals.isEmpty()) {
                        found.put(root.relativize(file).toString().replace('\\', '/'), literals);
                    }
                }
            }
        }
        assertThat(sources).as("the modules' main sources").hasSizeGreaterThan(5);
        Map<String, List<String>> unexpected = new TreeMap<>(found);
        unexpected.keySet().removeAll(ALLOWED.keySet());
        assertThat(unexpected).as("Cyrillic string literals: move them to the module's bundle, or name the class "
                + "in ALLOWED with the reason (data only)").isEmpty();
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
