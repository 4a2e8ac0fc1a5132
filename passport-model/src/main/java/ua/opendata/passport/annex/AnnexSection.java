package ua.opendata.passport.annex;

import java.util.List;
import java.util.Objects;

/**
 * One section of the annex: the mandatory datasets of one type of publisher.
 *
 * @param code     a stable code, e.g. {@code local-self-government}
 * @param nameUk   the section's Ukrainian name
 * @param datasets its datasets, in annex order
 */
public record AnnexSection(String code, String nameUk, List<AnnexDataset> datasets) {

    /**
     * Copies the list.
     *
     * @param code a stable code, e.g. {@code local-self-government}
     * @param nameUk the section's Ukrainian name
     * @param datasets its datasets, in annex order
     */
    public AnnexSection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameUk, "nameUk");
        datasets = List.copyOf(datasets);
    }
}
