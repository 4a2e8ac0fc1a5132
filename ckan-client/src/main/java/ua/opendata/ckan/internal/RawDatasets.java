package ua.opendata.ckan.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.ckan.model.CkanRawDataset;

/**
 * Not for public use. Lets the raw search reader hand over bytes it already checked (one JSON
 * object on one line) to a {@link CkanRawDataset} without the copy and the scan its public
 * constructor makes. {@link CkanRawDataset} registers the factory when its class is initialised.
 */
public final class RawDatasets {
    /** Makes a raw dataset that owns the bytes. */
    @FunctionalInterface
    public interface Factory {
        /**
         * Makes the dataset.
         *
         * @param id the id
         * @param name the name
         * @param metadataModified the text as received
         * @param json the bytes, already checked, not copied
         * @return the dataset
         */
        CkanRawDataset owning(@Nullable String id, @Nullable String name,
                @Nullable String metadataModified, byte[] json);
    }

    private static volatile @Nullable Factory factory;

    private RawDatasets() {}

    /**
     * Registers the factory; only the first registration counts.
     *
     * @param f the factory
     */
    public static synchronized void register(Factory f) {
        if (factory == null) {
            factory = Objects.requireNonNull(f, "f");
        }
    }

    static CkanRawDataset owning(@Nullable String id, @Nullable String name,
            @Nullable String metadataModified, byte[] json) {
        Factory f = factory;
        if (f == null) {
            CkanRawDataset.oneLineObject(new byte[0]); // initialises the class, which registers
            f = Objects.requireNonNull(factory, "CkanRawDataset did not register");
        }
        return f.owning(id, name, metadataModified, json);
    }
}
