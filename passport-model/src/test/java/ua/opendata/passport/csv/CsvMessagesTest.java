package ua.opendata.passport.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code the codec emits has a message in English and in Ukrainian. */
public class CsvMessagesTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The codes written in the codec's sources. */
    static Set<String> codesInSources() throws IOException {
        return codesInSources("CSV", "csv");
    }

    /** The codes {@code PREFIX-…} written in the sources of the codec's public and internal packages. */
    public static Set<String> codesInSources(String prefix, String pkg) throws IOException {
        Set<String> codes = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(" + prefix + "-[A-Z0-9-]+)\"");
        // the CSV tokenizer, whose codes share the bundles, is public in ua.opendata.passport.io
        for (String dir : List.of("src/main/java/ua/opendata/passport/" + pkg,
                "src/main/java/ua/opendata/passport/internal/" + pkg, "src/main/java/ua/opendata/passport/io")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        return codes;
    }

    static Set<String> codes() throws IOException {
        Set<String> codes = codesInSources();
        assertThat(codes).hasSizeGreaterThan(15).contains("CSV-BAD-DATE", "CSV-ENCODING-WINDOWS-1251");
        return codes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void everyCodeHasAnEnglishAndAUkrainianMessage(String code) {
        List<String> args = List.of("«a»", "b");
        CsvProblem p = new CsvProblem("f.csv", 2, 3, "title", code, args);
        String en = p.message(Locale.ENGLISH);
        String uk = p.message(UK);
        assertThat(en).isNotBlank().doesNotContain("{0}").matches("[\\p{ASCII}«»…]+");
        assertThat(uk).isNotBlank().isNotEqualTo(en).doesNotContain("{0}").containsPattern("[а-яіїєґ]");
        assertThat(p.message(Locale.GERMAN)).isEqualTo(en);
        assertThat(new CsvNotice("f.csv", 2, 3, null, code, args)).hasToString("f.csv:2:3: " + en);
    }

    @Test
    void theBundlesHoldTheSameCodesAndNoOthers() throws IOException {
        ResourceBundle en = ResourceBundle.getBundle("ua.opendata.passport.csv.CsvMessages", Locale.ROOT, NO_FALLBACK);
        ResourceBundle uk = ResourceBundle.getBundle("ua.opendata.passport.csv.CsvMessages", UK, NO_FALLBACK);
        assertThat(en.getLocale()).isEqualTo(Locale.ROOT);
        assertThat(uk.getLocale().getLanguage()).isEqualTo("uk");
        // the bundles are shared with the XLSX codec (ua.opendata.passport.xlsx)
        Set<String> all = new TreeSet<>(codesInSources());
        all.addAll(codesInSources("XLSX", "xlsx"));
        assertThat(new TreeSet<>(en.keySet())).isEqualTo(all);
        assertThat(new TreeSet<>(uk.keySet())).isEqualTo(all);
    }

    @Test
    void theUkrainianBundleIsPureAscii() throws IOException {
        byte[] bytes = getClass().getResourceAsStream("/ua/opendata/passport/csv/CsvMessages_uk.properties").readAllBytes();
        for (byte b : bytes) {
            assertThat(b).isGreaterThanOrEqualTo((byte) 0);
        }
    }
}
