package ua.opendata.passport.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import ua.opendata.passport.PassportException;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a
 * half-written file: the content goes to a temporary file in the same directory, which is then
 * moved over the target.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}; does not close it. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Makes the exception thrown when a write fails, from a message and the cause. */
    @FunctionalInterface
    public interface Failure {
        /** The exception to throw. */
        RuntimeException exception(String message, Exception cause);
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws PassportException naming the file when anything fails; the target is then unchanged
     */
    public static void write(Path target, Content content) {
        write(target, content, PassportException::new);
    }

    /**
     * Writes {@code target} atomically; a missing directory is created.
     *
     * @param failure makes the exception thrown, with a message that names the file, when anything
     *                fails; the target is then unchanged and no temporary file is left
     */
    public static void write(Path target, Content content, Failure failure) {
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
        } catch (IOException | RuntimeException e) {
            throw failure.exception("Could not write " + absolute + ": " + e.getMessage()
                    + ". The file was left unchanged; check that the directory exists and is writable, that the"
                    + " path is not a directory and that the disk is not full. / Не вдалося записати " + absolute
                    + ": файл не змінено; перевірте, що каталог існує і доступний для запису, шлях не є каталогом,"
                    + " а диск не заповнений.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
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
