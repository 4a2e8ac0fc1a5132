package ua.opendata.passport.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import ua.opendata.passport.PassportException;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a
 * half-written file: the content goes to a temporary file in the same directory, which is then
 * moved over the target (permissions of a file replaced are kept). Public for the other modules of
 * ua-opendata and for applications that write their own files the same way.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes everything to {@code out}; does not close it.
         *
         * @param out the stream to the temporary file that replaces the target
         * @throws IOException when writing fails; {@link AtomicFiles#write} then leaves the target unchanged
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Makes the exception thrown when a write fails, from a message and the cause. */
    @FunctionalInterface
    public interface Failure {
        /**
         * The exception to throw.
         *
         * @param message the text that names the file
         * @param cause the failure
         * @return the exception {@link AtomicFiles#write} throws
         */
        RuntimeException exception(String message, Exception cause);
    }

    /**
     * Writes {@code target} atomically; a missing directory is created.
     *
     * @param target the file to create or replace
     * @param content writes the file's bytes
     * @throws UncheckedIOException naming the file when the platform's I/O fails (also inside
     *                              {@code content}); the target is then unchanged
     * @throws PassportException    naming the file when {@code content} fails otherwise
     */
    public static void write(Path target, Content content) {
        write(target, content, AtomicFiles::defaultFailure);
    }

    private static RuntimeException defaultFailure(String message, Exception cause) {
        if (cause instanceof IOException io) {
            return new UncheckedIOException(message, io);
        }
        if (cause instanceof UncheckedIOException io) {
            return new UncheckedIOException(message, io.getCause());
        }
        return new PassportException(message, cause);
    }

    /**
     * Writes {@code target} atomically; a missing directory is created.
     *
     * @param target the file to create or replace
     * @param content writes the file's bytes
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
            throw failure.exception(message(absolute, e), e);
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

    /** The message of a failed write, in English, then {@code " / "}, then in Ukrainian. */
    private static String message(Path file, Exception e) {
        String[] args = {file.toString(), String.valueOf(e.getMessage())};
        return format(Locale.ENGLISH, args) + " / " + format(Locale.ROOT, args);
    }

    private static String format(Locale locale, String[] args) {
        ResourceBundle b = ResourceBundle.getBundle("ua.opendata.passport.io.IoMessages", locale,
                AtomicFiles.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(b.getString("write.failed"), locale).format(args);
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
