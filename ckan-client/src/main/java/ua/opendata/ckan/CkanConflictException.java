package ua.opendata.ckan;

import org.jspecify.annotations.Nullable;

/**
 * A safe update found that someone else changed the dataset between reading it and writing it
 * ({@code package_revise} rejected the {@code match} on {@code metadata_modified}, or a re-read
 * showed a newer one). Nothing was written by this call: read again and re-apply the change.
 */
public final class CkanConflictException extends CkanException {
    private static final long serialVersionUID = 1L;

    /** The id or name of the dataset in conflict. */
    private final String dataset;

    /**
     * Creates the exception.
     *
     * @param action the action that detected the conflict
     * @param dataset the dataset id or name
     * @param cause the server's answer, if any
     */
    public CkanConflictException(String action, String dataset, @Nullable Throwable cause) {
        super(action, cause instanceof CkanException c ? c.httpStatus() : -1,
                CkanMessages.en("conflict", action, dataset), CkanMessages.uk("conflict", action, dataset), cause);
        this.dataset = dataset;
    }

    /**
     * The dataset in conflict.
     *
     * @return its id or name
     */
    public String dataset() {
        return dataset;
    }
}
