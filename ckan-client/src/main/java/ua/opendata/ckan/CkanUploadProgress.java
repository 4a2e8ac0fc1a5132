package ua.opendata.ckan;

/** Told how far an upload has come (called from the sending thread, often: keep it cheap). */
@FunctionalInterface
public interface CkanUploadProgress {
    /**
     * Bytes of the file sent so far.
     *
     * @param sent bytes sent
     * @param total the file size
     */
    void progress(long sent, long total);

    /**
     * Told nothing: for an upload whose progress nobody follows.
     *
     * @return a progress that ignores what it is told
     */
    static CkanUploadProgress none() {
        return (sent, total) -> { };
    }
}
