package ua.opendata.core.mapping;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.internal.mapping.DatasetNames;
import ua.opendata.core.internal.text.Catalog;
import ua.opendata.core.text.Messages;
import ua.opendata.passport.Passport;

/**
 * Where a passport goes on the portal.
 *
 * @param organization the owning organization's name or id
 * @param name         the dataset's {@code name} (the URL slug, the natural key); {@code null} to derive it
 *                     from the passport (see {@link #datasetName(Passport)})
 * @param licenseId    the licence id sent with the dataset, e.g. {@code cc-by}
 */
public record PublishTarget(String organization, @Nullable String name, String licenseId) {

    /** The licence data.gov.ua uses for practically every dataset. */
    public static final String DEFAULT_LICENSE = "cc-by";

    /**
     * Checks the values; a given name must be a valid CKAN name.
     *
     * @param organization the owning organization's name or id
     * @param name         the dataset's {@code name} (the URL slug, the natural key); {@code null} to derive
     *                     it from the passport (see {@link #datasetName(Passport)})
     * @param licenseId    the licence id sent with the dataset, e.g. {@code cc-by}
     * @throws IllegalArgumentException when {@code organization} is blank, or {@code name} is given and is not
     *                                  2 to 100 characters a-z, 0-9, {@code -} and {@code _}
     */
    public PublishTarget {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(licenseId, "licenseId");
        if (organization.isBlank()) {
            throw new IllegalArgumentException(Catalog.bilingual(Messages.MAPPING, "target.blankOrganization"));
        }
        if (name != null && !DatasetNames.isValid(name)) {
            throw new IllegalArgumentException(Catalog.bilingual(Messages.MAPPING, "target.badName", name));
        }
    }

    /**
     * A target in the organization, with the name derived from each passport and the default licence.
     *
     * @param organization the owning organization's name or id; not blank
     * @return the target, with no name and {@link #DEFAULT_LICENSE}
     * @throws IllegalArgumentException when {@code organization} is blank
     */
    public static PublishTarget of(String organization) {
        return new PublishTarget(organization, null, DEFAULT_LICENSE);
    }

    /**
     * This target with the given dataset name.
     *
     * @param datasetName the dataset's {@code name}: 2 to 100 characters a-z, 0-9, {@code -} and {@code _}
     * @return a copy of this target with that name (this target is unchanged)
     * @throws IllegalArgumentException when {@code datasetName} is not a valid CKAN name
     */
    public PublishTarget withName(String datasetName) {
        return new PublishTarget(organization, datasetName, licenseId);
    }

    /**
     * The dataset name to use for a passport: the given {@link #name()}; else the last segment of a
     * landing page {@code …/dataset/<name>}; else one derived from the identifier (transliterated,
     * lower case, {@code a-z0-9-_}, 2–100 characters). Never the dataset's {@code id}: CKAN 2.11 lets only
     * sysadmins choose ids.
     *
     * @param passport the passport to be published
     * @return the dataset name, a valid CKAN name
     * @throws IllegalArgumentException when the passport has no identifier to derive a name from
     */
    public String datasetName(Passport passport) {
        if (name != null) {
            return name;
        }
        String fromPage = DatasetNames.fromLandingPage(passport.landingPage());
        if (fromPage != null) {
            return fromPage;
        }
        String id = passport.identifier();
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(Catalog.bilingual(Messages.MAPPING, "target.noIdentifier",
                    passport.title()));
        }
        return DatasetNames.derive(id);
    }
}
