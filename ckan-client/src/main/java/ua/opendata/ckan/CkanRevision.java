package ua.opendata.ckan;

import java.util.List;
import ua.opendata.ckan.model.CkanDataset;

/**
 * The result of a {@code package_revise} with files.
 *
 * @param dataset the dataset as revised
 * @param files one entry per file sent, in the order given: the resource it landed in, its
 *     SHA-256 (computed while sending) and the bytes sent
 */
public record CkanRevision(CkanDataset dataset, List<CkanUploaded> files) {

    /**
     * Copies the list.
     *
     * @param dataset the dataset as revised
     * @param files one entry per file sent, in the order given: the resource it landed in, its
     *              SHA-256 (computed while sending) and the bytes sent
     */
    public CkanRevision {
        files = List.copyOf(files);
    }
}
