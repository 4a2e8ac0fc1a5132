package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.Passport;

/** The {@code --files DIR} rule: by the link's path, else by its last segment when that is unambiguous. */
class DistributionFilesTest {
    private static final Texts EN = Texts.of(Locale.ENGLISH);

    @TempDir
    Path dir;

    private static Passport passport(String id, String... links) {
        return Passport.builder().identifier(id).title("Набір " + id)
                .distributions(java.util.Arrays.stream(links).map(l -> Distribution.of(l, DataFormat.parse("csv")))
                        .toList())
                .build();
    }

    private Path file(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, relative);
        return p;
    }

    @Test
    void aUniqueLastSegmentMatchesAFileOfThatName() throws IOException {
        Path f = file("budget-2026.csv");
        DistributionFiles.Match m = DistributionFiles.match(dir, List.of(
                passport("a", "https://city.example/opendata/budget-2026.csv?download=1"),
                passport("b", "https://city.example/opendata/schools.csv")), EN);
        assertThat(m.files()).containsExactly(Map.entry("https://city.example/opendata/budget-2026.csv?download=1",
                f.toAbsolutePath().normalize()));
        assertThat(m.ambiguous()).isEmpty();
    }

    @Test
    void aSharedLastSegmentNeedsTheLinksPath() throws IOException {
        file("data.csv");
        Path a = file("opendata/a/data.csv");
        DistributionFiles.Match m = DistributionFiles.match(dir, List.of(
                passport("a", "https://city.example/opendata/a/data.csv"),
                passport("b", "https://city.example/opendata/b/data.csv")), EN);
        assertThat(m.files()).containsExactly(Map.entry("https://city.example/opendata/a/data.csv",
                a.toAbsolutePath().normalize()));
        assertThat(m.ambiguous()).singleElement().asString().startsWith("Note: " + dir.resolve("data.csv")
                .toAbsolutePath() + " is not used: 2 distribution links end in that name");
    }

    @Test
    void percentEncodedCyrillicNamesAreDecoded() throws IOException {
        Path f = file("реєстр.xlsx");
        DistributionFiles.Match m = DistributionFiles.match(dir, List.of(
                passport("a", "https://city.example/dani/%D1%80%D0%B5%D1%94%D1%81%D1%82%D1%80.xlsx")), EN);
        assertThat(m.files()).containsValue(f.toAbsolutePath().normalize());
    }

    @Test
    void aPassportWithoutDistributionsUsesItsDatasetLink() throws IOException {
        Path f = file("all.json");
        Passport p = Passport.builder().identifier("x").title("X").datasetUrl("https://city.example/api/all.json").build();
        assertThat(DistributionFiles.match(dir, List.of(p), EN).files())
                .containsExactly(Map.entry("https://city.example/api/all.json", f.toAbsolutePath().normalize()));
    }

    @Test
    void aLinkPathNeverLeavesTheDirectory() throws IOException {
        Path inside = dir.resolve("files");
        Files.createDirectories(inside);
        Files.writeString(dir.resolve("secret.txt"), "x");
        DistributionFiles.Match m = DistributionFiles.match(inside, List.of(
                passport("a", "https://city.example/../secret.txt"),
                passport("b", "https://city.example/%2E%2E/secret.txt")), EN);
        assertThat(m.files()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/a/b/data.csv, data.csv", "/a/b/, b", "/, ''", "'', ''"})
    void lastSegment(String path, String expected) {
        String s = DistributionFiles.lastSegment(path);
        assertThat(s == null ? "" : s).isEqualTo(expected);
    }
}
