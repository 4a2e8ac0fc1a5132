package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report folder is replaced as one set, or not at all, and leaves nothing temporary behind. */
class ReportFolderTest {

    private static final Set<String> OWNED = Set.of("report.html", "report-data", "report.json", "findings.csv");

    @TempDir
    Path parent;

    private Path oldFolder() throws IOException {
        Path folder = parent.resolve("opendata-report");
        Files.createDirectories(folder.resolve("report-data"));
        Files.writeString(folder.resolve("report.html"), "old page");
        Files.writeString(folder.resolve("report-data/000.js"), "old rows");
        Files.writeString(folder.resolve("report.json"), "old json");
        return folder;
    }

    private String[] siblings() throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aWriterThatFailsMidwayLeavesTheOldFolderUnchangedAndNoTemporaryFolder() throws IOException {
        Path folder = oldFolder();
        assertThatThrownBy(() -> ReportFolder.write(folder, OWNED, dir -> {
            try {
                Files.writeString(dir.resolve("report.html"), "new page");
                Files.createDirectories(dir.resolve("report-data"));
                Files.writeString(dir.resolve("report-data/000.js"), "new rows");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException("disk full, say");
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full, say");
        assertThat(Files.readString(folder.resolve("report.html"))).isEqualTo("old page");
        assertThat(Files.readString(folder.resolve("report-data/000.js"))).isEqualTo("old rows");
        assertThat(Files.readString(folder.resolve("report.json"))).isEqualTo("old json");
        assertThat(siblings()).containsExactly("opendata-report");
    }

    @Test
    void anInterruptionMidwayRemovesTheTemporaryFolderAndKeepsTheOldOne() throws IOException {
        Path folder = oldFolder();
        // what Ctrl-C does: the shutdown hook runs while the writer is half-way
        assertThatThrownBy(() -> ReportFolder.write(folder, OWNED, dir -> {
            write(dir.resolve("report.html"), "new page");
            ReportFolder.runAll();
            assertThat(dir).doesNotExist();
            write(dir.resolve("report.json"), "new json"); // the writer goes on, and fails
        })).isInstanceOf(UncheckedIOException.class);
        assertThat(Files.readString(folder.resolve("report.html"))).isEqualTo("old page");
        assertThat(Files.readString(folder.resolve("report.json"))).isEqualTo("old json");
        assertThat(siblings()).containsExactly("opendata-report");
    }

    @Test
    void aWriterThatSucceedsReplacesTheWholeSet() throws IOException {
        Path folder = oldFolder();
        ReportFolder.write(folder, OWNED, dir -> write(dir.resolve("report.html"), "new page"));
        assertThat(Files.readString(folder.resolve("report.html"))).isEqualTo("new page");
        // the old set's other files are gone with it: the folder is one set
        assertThat(folder.resolve("report.json")).doesNotExist();
        assertThat(folder.resolve("report-data")).doesNotExist();
        assertThat(siblings()).containsExactly("opendata-report");
    }

    @Test
    void aNewFolderIsCreated() throws IOException {
        Path folder = parent.resolve("a/b/out");
        ReportFolder.write(folder, OWNED, dir -> write(dir.resolve("report.json"), "{}"));
        assertThat(Files.readString(folder.resolve("report.json"))).isEqualTo("{}");
        try (Stream<Path> s = Files.list(parent.resolve("a/b"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }

    @Test
    void aFolderSharedWithOtherFilesKeepsThemAndGetsTheNewReportFiles() throws IOException {
        Path folder = oldFolder();
        Files.writeString(folder.resolve("notes.txt"), "mine");
        ReportFolder.write(folder, OWNED, dir -> write(dir.resolve("report.html"), "new page"));
        assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(Files.readString(folder.resolve("report.html"))).isEqualTo("new page");
        assertThat(folder.resolve("report.json")).as("an owned file the new set has not").doesNotExist();
        assertThat(folder.resolve("report-data")).doesNotExist();
        assertThat(siblings()).containsExactly("opendata-report");
    }

    @Test
    void aFailureInASharedFolderTouchesNothing() throws IOException {
        Path folder = oldFolder();
        Files.writeString(folder.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> ReportFolder.write(folder, OWNED, dir -> {
            write(dir.resolve("report.html"), "new page");
            throw new UncheckedIOException(new IOException("no space left"));
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("opendata-report")
                .hasMessageContaining("no space left");
        assertThat(Files.readString(folder.resolve("report.html"))).isEqualTo("old page");
        assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(siblings()).containsExactly("opendata-report");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAClearError() throws IOException {
        Path file = parent.resolve("opendata-report");
        Files.writeString(file, "a file");
        assertThatThrownBy(() -> ReportFolder.write(file, OWNED, dir -> write(dir.resolve("report.html"), "x")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Could not write the report folder").hasMessageContaining("opendata-report")
                .hasMessageContaining("Не вдалося записати теку звіту");
        assertThat(Files.readString(file)).isEqualTo("a file");
        assertThat(siblings()).containsExactly("opendata-report");
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
