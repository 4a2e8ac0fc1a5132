package ua.opendata.core.probe;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.DataStructure;

/**
 * A resource to check: its link, the format its publisher declares, and the dataset's structure.
 *
 * @param url       the link as published
 * @param format    the declared format; {@code null} when none is declared
 * @param structure the dataset's structure, for the content check of a CSV; {@code null} when unknown
 * @param id        the caller's key for this resource (e.g. the CKAN resource id); {@code null} when none
 */
public record ResourceTarget(String url, @Nullable DataFormat format, @Nullable DataStructure structure,
                             @Nullable String id) {

    /**
     * Checks structure only.
     *
     * @param url       the link as published
     * @param format    the declared format; {@code null} when none is declared
     * @param structure the dataset's structure, for the content check of a CSV; {@code null} when unknown
     * @param id        the caller's key for this resource (e.g. the CKAN resource id); {@code null} when none
     */
    public ResourceTarget {
        Objects.requireNonNull(url, "url");
    }

    /**
     * A link with its declared format as published, no structure and no key.
     *
     * @param url    the link as published
     * @param format the declared format as raw text, e.g. {@code "xlsx"} or {@code ".XLSX"} (read with
     *               {@link DataFormat#parse}; an unrecognised value is kept as unknown); {@code null} when none
     *               is declared
     * @return the target
     */
    public static ResourceTarget of(String url, @Nullable String format) {
        return new ResourceTarget(url, format == null ? null : DataFormat.parse(format), null, null);
    }

    /**
     * A link with its declared format and the structure its CSV should follow, and no key.
     *
     * @param url       the link as published
     * @param format    the declared format; {@code null} when none is declared
     * @param structure the structure the CSV's content is checked against; {@code null} when unknown (the CSV
     *                  is then checked without one)
     * @return the target
     */
    public static ResourceTarget of(String url, @Nullable DataFormat format, @Nullable DataStructure structure) {
        return new ResourceTarget(url, format, structure, null);
    }

    /**
     * This target with the caller's key.
     *
     * @param newId the key, e.g. the CKAN resource id; {@code null} for none
     * @return a copy of this target with that key (this target is unchanged)
     */
    public ResourceTarget withId(@Nullable String newId) {
        return new ResourceTarget(url, format, structure, newId);
    }
}
