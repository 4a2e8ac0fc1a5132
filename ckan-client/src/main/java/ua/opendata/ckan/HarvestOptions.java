package ua.opendata.ckan;

/**
 * How {@link CkanClient#harvest(CkanSearchQuery, HarvestOptions)} reads the pages.
 *
 * @param pageSize rows asked per page (the server may give fewer: {@code ckan.search.rows_max},
 *     1,000 by default, silently caps it)
 * @param parallelism how many pages may be fetched at the same time; 1 reads them one after the
 *     other with keyset paging. The client's {@link CkanClient.Builder#maxConcurrentRequests(int)}
 *     bounds it further.
 */
public record HarvestOptions(int pageSize, int parallelism) {

    /** Checks the values. */
    public HarvestOptions {
        if (pageSize < 1) {
            throw new IllegalArgumentException("HarvestOptions: pageSize must be >= 1, got " + pageSize
                    + " / розмір сторінки має бути не менше 1");
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("HarvestOptions: parallelism must be >= 1, got "
                    + parallelism + " / паралельність має бути не менше 1");
        }
    }

    /**
     * Pages of 1,000 (CKAN's default cap), four fetched at a time.
     *
     * @return the defaults
     */
    public static HarvestOptions defaults() {
        return new HarvestOptions(1000, 4);
    }

    /**
     * These options with another page size.
     *
     * @param value rows asked per page
     * @return the options
     */
    public HarvestOptions withPageSize(int value) {
        return new HarvestOptions(value, parallelism);
    }

    /**
     * These options with another parallelism.
     *
     * @param value pages fetched at the same time (1: sequential keyset paging)
     * @return the options
     */
    public HarvestOptions withParallelism(int value) {
        return new HarvestOptions(pageSize, value);
    }
}
