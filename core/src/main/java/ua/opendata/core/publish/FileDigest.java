package ua.opendata.core.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
            throw new UncheckedIOException("cannot read the file to publish " + file + ": " + e.getMessage()
                    + "; check the path in the files map / не вдається прочитати файл " + file, e);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
