package ua.opendata.ckan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.hc.client5.http.entity.mime.AbstractContentBody;
import org.apache.hc.core5.http.ContentType;
import org.jspecify.annotations.Nullable;

/**
 * Not for public use. A multipart file part streamed from disk in 64 KiB chunks (constant
 * memory) that computes SHA-256 and reports progress while it is written.
 */
final class HashingFileBody extends AbstractContentBody {
    private final Path file;
    private final long size;
    private final @Nullable CkanUploadProgress progress;
    private volatile @Nullable String sha256;
    private volatile long sent;

    /**
     * Creates the part.
     *
     * @param file the file
     * @param size its size
     * @param contentType the content type
     * @param progress the progress listener, or null
     */
    public HashingFileBody(Path file, long size, ContentType contentType,
            @Nullable CkanUploadProgress progress) {
        super(contentType);
        this.file = file;
        this.size = size;
        this.progress = progress;
    }

    @Override
    public String getFilename() {
        return file.getFileName().toString();
    }

    @Override
    public long getContentLength() {
        return size;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                digest.update(buf, 0, n);
                total += n;
                if (progress != null) {
                    progress.progress(total, size);
                }
            }
        }
        sent = total;
        sha256 = HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The SHA-256 of what was written.
     *
     * @return lower-case hex, or null before the part was written
     */
    public @Nullable String sha256() {
        return sha256;
    }

    /**
     * The bytes written.
     *
     * @return the count
     */
    public long sent() {
        return sent;
    }
}
