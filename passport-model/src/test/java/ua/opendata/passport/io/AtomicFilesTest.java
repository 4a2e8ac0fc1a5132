package ua.opendata.passport.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.passport.PassportException;

/** The public atomic write: the old content or the whole new one, and the I/O policy of its failures. */
class AtomicFilesTest {

    @Test
    void replacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a").resolve("out.txt");
        AtomicFiles.write(file, out -> out.write("перше".getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(file, out -> out.write("друге".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("друге");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anIoFailureIsAnUncheckedIoExceptionNamingTheFileInBothLanguages(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write('x');
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class)
                .hasMessageStartingWith("Could not write " + file.toAbsolutePath() + ": disk full. The file was left"
                        + " unchanged")
                .hasMessageContaining(" / Не вдалося записати " + file.toAbsolutePath() + ": файл не змінено");
        assertThat(Files.readString(file)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anotherFailureIsAPassportException(@TempDir Path dir) {
        Path file = dir.resolve("out.txt");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            throw new IllegalStateException("no value");
        })).isInstanceOf(PassportException.class).hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("out.txt").hasMessageContaining("no value");
        assertThat(file).doesNotExist();
    }

    @Test
    void aCallerChoosesItsOwnException(@TempDir Path dir) {
        Path file = dir.resolve("out.txt");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            throw new IOException("gone");
        }, (message, cause) -> new IllegalArgumentException(message, cause)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gone");
    }
}
