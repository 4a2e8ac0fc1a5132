package ua.opendata.core.publish;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A local file to upload as a new version of a distribution's resource.
 *
 * @param distribution the distribution's link in the passport (the resource's {@code r835_distribution} key)
 * @param file         the local file
 * @param sha256       the file's SHA-256 when planned
 * @param storedSha256 the checksum the portal's resource carries ({@code r835_sha256}), or {@code null}
 */
public record PlannedUpload(String distribution, Path file, String sha256, @Nullable String storedSha256) {

    /**
     * Checks structure only.
     *
     * @param distribution the distribution's link in the passport (the resource's {@code r835_distribution}
     *                     key)
     * @param file         the local file
     * @param sha256       the file's SHA-256 when planned
     * @param storedSha256 the checksum the portal's resource carries ({@code r835_sha256}), or {@code null}
     */
    public PlannedUpload {
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }
}
