package ua.opendata.ckan;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanRawDataset;
import ua.opendata.ckan.model.CkanTimestamp;

/**
 * Not for public use. The three values of a search result that the harvests need, whatever the
 * result type: its id (for de-duplication), its name (for messages) and its {@code
 * metadata_modified} as received (the sort key).
 *
 * @param <T> the result type
 */
interface HarvestKeys<T> {
    /** Typed datasets. */
    HarvestKeys<CkanDataset> TYPED = new HarvestKeys<>() {
        @Override
        public @Nullable String id(CkanDataset d) {
            return d.id();
        }

        @Override
        public @Nullable String name(CkanDataset d) {
            return d.name();
        }

        @Override
        public @Nullable String modifiedRaw(CkanDataset d) {
            return d.metadataModified() == null ? null : d.metadataModified().raw();
        }
    };

    /** Raw datasets. */
    HarvestKeys<CkanRawDataset> RAW = new HarvestKeys<>() {
        @Override
        public @Nullable String id(CkanRawDataset d) {
            return d.id();
        }

        @Override
        public @Nullable String name(CkanRawDataset d) {
            return d.name();
        }

        @Override
        public @Nullable String modifiedRaw(CkanRawDataset d) {
            return d.metadataModified();
        }
    };

    /**
     * The {@code id}.
     *
     * @param item the result
     * @return the id, or null when it has none
     */
    @Nullable String id(T item);

    /**
     * The {@code name}.
     *
     * @param item the result
     * @return the name, or null
     */
    @Nullable String name(T item);

    /**
     * The {@code metadata_modified} text as received.
     *
     * @param item the result
     * @return the text, or null when absent or not a string
     */
    @Nullable String modifiedRaw(T item);

    /**
     * The key that de-duplicates: the id, or the name when there is no id.
     *
     * @param item the result
     * @return the key, or null
     */
    default @Nullable String dedupKey(T item) {
        String id = id(item);
        return id == null ? name(item) : id;
    }

    /**
     * The {@code metadata_modified} of a result as Solr sorts and filters it: read as UTC (CKAN
     * stores and indexes it so, whatever zone the client was given, or the keyset would skip or
     * repeat datasets), truncated to milliseconds.
     *
     * @param item the result
     * @return the instant
     * @throws CkanException when the result has no readable {@code metadata_modified}
     */
    default Instant modified(T item) {
        String raw = modifiedRaw(item);
        Instant utc = raw == null ? null : CkanTimestamp.parse(raw, ZoneOffset.UTC).instant();
        if (utc == null) {
            String shown = raw == null ? "null" : '"' + raw + '"';
            throw new CkanException("package_search", 200,
                    CkanMessages.en("harvest.noModified", shown, name(item)),
                    CkanMessages.uk("harvest.noModified", shown, name(item)), null);
        }
        return utc.truncatedTo(ChronoUnit.MILLIS);
    }
}
