package ua.opendata.core.mapping;

import java.util.Objects;
import ua.opendata.core.audit.AuditOptions;

/**
 * The profile an audit read the portal with, and how it was chosen.
 *
 * @param profile the profile
 * @param source  how it was chosen
 */
public record ProfileDetection(PortalProfile profile, Source source) {

    /** How the profile was chosen. */
    public enum Source {
        /** Given by the caller ({@link AuditOptions.Builder#profile(PortalProfile)}, {@code --profile}). */
        GIVEN,
        /** Detected from {@code scheming_dataset_schema_show}: data.gov.ua's fields are in the schema, or not. */
        SCHEMA,
        /** Detected from a dataset of the portal carrying data.gov.ua's top-level fields, or {@code r835_} extras. */
        DATASETS,
        /** Nothing told: no schema and no dataset to look at; the stock profile is used. */
        DEFAULT
    }

    /**
     * Checks the components.
     *
     * @param profile the profile
     * @param source  how it was chosen
     */
    public ProfileDetection {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(source, "source");
    }

    /**
     * A profile the caller gave.
     *
     * @param profile the profile
     * @return the profile with the source {@link Source#GIVEN}
     */
    public static ProfileDetection given(PortalProfile profile) {
        return new ProfileDetection(profile, Source.GIVEN);
    }
}
