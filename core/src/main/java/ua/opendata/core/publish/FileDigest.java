package ua.opendata.core.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import ua.opendata.core.internal.text.Catalog;
import ua.opendata.core.text.Messages;

/** The SHA-256 of a local file, read in a constant-size buffer. */
final class FileDigest {

    private FileDigest() {
    }

    /**
     * The lower-case hex SHA-256 of the file.
     *
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    public static String sha256(Path file) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Catalog.bilingual(Messages.PUBLISH, "file.unreadable", file, e.getMessage()),
                    e);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
