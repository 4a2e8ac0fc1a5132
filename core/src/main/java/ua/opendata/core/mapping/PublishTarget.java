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

    /** Checks the values; a given name must be a valid CKAN name. */
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

    /** A target in the organization, with the name derived from each passport and the default licence. */
    public static PublishTarget of(String organization) {
        return new PublishTarget(organization, null, DEFAULT_LICENSE);
    }

    /** This target with the given dataset name. */
    public PublishTarget withName(String datasetName) {
        return new PublishTarget(organization, datasetName, licenseId);
    }

    /**
     * The dataset name to use for a passport: the given {@link #name()}; else the last segment of a
     * landing page {@code …/dataset/<name>}; else one derived from the identifier (transliterated,
     * lower case, {@code a-z0-9-_}, 2–100 characters). Never the dataset's {@code id}: CKAN 2.11 lets only
     * sysadmins choose ids.
     *
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
