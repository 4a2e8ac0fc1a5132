package ua.opendata.core.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a register covers one section of the Resolution-835 annex: each mandatory dataset is
 * present (published), planned, restricted with a legal basis, or missing.
 *
 * @param sectionCode the section code, e.g. {@code local-self-government}
 * @param sectionName the section's Ukrainian name
 * @param published   annex references ({@code section:position}) of published datasets
 * @param planned     references of datasets that are only planned
 * @param restricted  references of datasets restricted from publication
 * @param missing     references of datasets not in the register (or only withdrawn)
 * @param matchedBy   per reference, how the register was matched to it: {@code column} (the entry's
 *                    annexDataset column), {@code mapping} (a reviewer's mapping file), {@code title 0.87}
 *                    (by title, with the score), {@code weak 0.55} or {@code ambiguous 0.70} (proposed,
 *                    not counted), {@code missing}; empty when not known (reports written before)
 */
public record AnnexCoverage(String sectionCode, String sectionName, List<String> published, List<String> planned,
                            List<String> restricted, List<String> missing, Map<String, String> matchedBy) {

    /**
     * Without {@code matchedBy}, as reports written before it was kept.
     *
     * @param sectionCode the section code
     * @param sectionName the section's Ukrainian name
     * @param published   references of published datasets
     * @param planned     references of planned datasets
     * @param restricted  references of restricted datasets
     * @param missing     references of missing datasets
     */
    public AnnexCoverage(String sectionCode, String sectionName, List<String> published, List<String> planned,
                         List<String> restricted, List<String> missing) {
        this(sectionCode, sectionName, published, planned, restricted, missing, Map.of());
    }

    /**
     * Copies the lists.
     *
     * @param sectionCode the section code
     * @param sectionName the section's Ukrainian name
     * @param published   references of published datasets
     * @param planned     references of planned datasets
     * @param restricted  references of restricted datasets
     * @param missing     references of missing datasets
     * @param matchedBy   per reference, how the register was matched to it
     */
    public AnnexCoverage {
        matchedBy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(matchedBy));
        Objects.requireNonNull(sectionCode, "sectionCode");
        Objects.requireNonNull(sectionName, "sectionName");
        published = List.copyOf(published);
        planned = List.copyOf(planned);
        restricted = List.copyOf(restricted);
        missing = List.copyOf(missing);
    }

    /** {@return the number of mandatory datasets in the section} */
    public int total() {
        return published.size() + planned.size() + restricted.size() + missing.size();
    }
}
