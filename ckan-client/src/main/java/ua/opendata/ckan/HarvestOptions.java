package ua.opendata.ckan;

/**
 * How {@link CkanClient#harvest(CkanSearchQuery, HarvestOptions)} reads the pages.
 *
 * <p>With a parallelism of 1 it is keyset paging on {@code metadata_modified asc, id asc}, one
 * page after the other. With more, the first page (sorted {@code metadata_modified asc, id asc})
 * gives the count and the server's page size {@code r}; the following offset pages, each
 * overlapping its predecessor by one result, are fetched in parallel and delivered in order,
 * de-duplicated by id. Where two neighbouring pages do not join (a dataset before them was
 * changed or deleted between the two reads, which shifts offsets), the key range between them is
 * read again with keyset paging; at the end a keyset pass from the last {@code
 * metadata_modified} delivered catches what changed during the crawl. Guaranteed, with either
 * parallelism: every dataset that existed unchanged during the whole crawl is delivered exactly
 * once; a dataset changed or added during the crawl is delivered once (in one of its versions);
 * one deleted during the crawl may or may not be. Results come in ascending {@code
 * metadata_modified}, except datasets changed during the crawl. The search index can lag behind
 * writes (CKAN commits to Solr asynchronously on some sites): "during the crawl" means as the
 * index sees it.
 *
 * <p>Memory: the ids delivered, at most {@code parallelism} pages fetched ahead, each page
 * stream-parsed. Worker threads are daemon threads, stopped when the stream is exhausted, fails,
 * or is closed: close the stream (try-with-resources) if you stop reading early. An error on any
 * page ends the stream with that page's exception and cancels the others.
 *
 * @param pageSize rows asked per page (the server may give fewer: {@code ckan.search.rows_max},
 *     1,000 by default, silently caps it)
 * @param parallelism how many pages may be fetched at the same time; 1 reads them one after the
 *     other with keyset paging. The client's {@link CkanClient.Builder#maxConcurrentRequests(int)}
 *     bounds it further.
 */
public record HarvestOptions(int pageSize, int parallelism) {

    /**
     * Checks the values.
     *
     * @param pageSize rows asked per page (the server may give fewer: {@code ckan.search.rows_max},
     *                 1,000 by default, silently caps it)
     * @param parallelism how many pages may be fetched at the same time; 1 reads them one after the
     *                    other with keyset paging. The client's {@link CkanClient.Builder#maxConcurrentRequests(int)}
     *                    bounds it further.
     */
    public HarvestOptions {
        if (pageSize < 1) {
            throw new IllegalArgumentException(CkanMessages.text("arg.pageSize", pageSize));
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException(CkanMessages.text("arg.parallelism", parallelism));
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
     * A builder starting from {@link #defaults()}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /**
     * A builder starting from these options.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(pageSize, parallelism);
    }

    /** Builds {@link HarvestOptions}; the values are checked by {@link #build()}. */
    public static final class Builder {
        private int pageSize;
        private int parallelism;

        private Builder(int pageSize, int parallelism) {
            this.pageSize = pageSize;
            this.parallelism = parallelism;
        }

        /**
         * Sets the rows asked per page.
         *
         * @param value rows asked per page (the server may give fewer)
         * @return this builder
         */
        public Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        /**
         * Sets how many pages may be fetched at the same time.
         *
         * @param value pages fetched at the same time (1: sequential keyset paging)
         * @return this builder
         */
        public Builder parallelism(int value) {
            parallelism = value;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException when a value is below 1
         */
        public HarvestOptions build() {
            return new HarvestOptions(pageSize, parallelism);
        }
    }
}
