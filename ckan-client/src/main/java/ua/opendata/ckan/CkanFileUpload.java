package ua.opendata.ckan;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.model.CkanResourceWrite;

/**
 * One file of a {@link CkanClient#packageReviseFiles package_revise with files}: a new resource
 * with its file, or a new file for an existing resource.
 *
 * @param file the file to send
 * @param newResource the fields of the resource to add (no {@code url}, no {@code id}), or null
 *     when the file replaces that of {@code resourceId}
 * @param resourceId the existing resource whose file is replaced, or null for a new resource
 */
public record CkanFileUpload(Path file, @Nullable CkanResourceWrite newResource,
        @Nullable String resourceId) {

    /**
     * Checks that exactly one target is given.
     *
     * @param file the file to send
     * @param newResource the fields of the resource to add (no {@code url}, no {@code id}), or null
     *                    when the file replaces that of {@code resourceId}
     * @param resourceId the existing resource whose file is replaced, or null for a new resource
     */
    public CkanFileUpload {
        Objects.requireNonNull(file, "file");
        if ((newResource == null) == (resourceId == null || resourceId.isBlank())) {
            throw new IllegalArgumentException(CkanMessages.text("arg.fileUpload", file));
        }
    }

    /**
     * A new resource with its file (CKAN sets {@code url}, {@code url_type}, {@code size}).
     *
     * @param resource the resource fields (name, format, description, …)
     * @param file the file
     * @return the upload
     */
    public static CkanFileUpload newResource(CkanResourceWrite resource, Path file) {
        return new CkanFileUpload(file, Objects.requireNonNull(resource, "resource"), null);
    }

    /**
     * A new file for an existing resource of the dataset.
     *
     * @param resourceId the resource's id
     * @param file the file
     * @return the upload
     */
    public static CkanFileUpload replace(String resourceId, Path file) {
        return new CkanFileUpload(file, null, Objects.requireNonNull(resourceId, "resourceId"));
    }
}
