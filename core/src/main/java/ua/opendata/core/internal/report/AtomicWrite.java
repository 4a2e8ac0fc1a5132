package ua.opendata.core.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report file so that readers never see half of it: a temporary file in the same
 * directory, then a move over the target. On failure the target is unchanged and the temporary
 * file is removed.
 */
public final class AtomicWrite {

    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            keepPermissions(absolute, tmp);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("Could not write the report " + absolute + ": " + e.getCause()
                    + ". The file was left unchanged. / Не вдалося записати звіт " + absolute + ": файл не змінено.",
                    e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report " + absolute + ": " + e
                    + ". The file was left unchanged; check that the directory exists and is writable, that the path"
                    + " is not a directory, and that the disk is not full. / Не вдалося записати звіт " + absolute
                    + ": файл не змінено; перевірте, що каталог існує і доступний для запису, шлях не є каталогом,"
                    + " а диск не заповнений.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    /**
     * A temporary file is created readable by its owner only; the written file should have the
     * permissions of the file it replaces, or the usual rw-r--r-- for a new file.
     */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }
}
