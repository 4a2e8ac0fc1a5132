package ua.opendata.core.publish;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.PublishTarget;
import ua.opendata.core.rules.Rulebook;

/**
 * How to plan a publication: the organization, the profile, the licence, and the rulebook that checks
 * passports (its ERROR findings block a dataset at apply unless forced).
 *
 * @param organization the organization's <em>name</em> (used in {@code fq=organization:<name>})
 * @param profile      the mapping profile
 * @param licenseId    the licence id sent with every dataset
 * @param rulebook     the rulebook, or {@code null} to publish without validation
 */
public record PublishOptions(String organization, PortalProfile profile, String licenseId, @Nullable Rulebook rulebook) {

    /** Checks the values. */
    public PublishOptions {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(licenseId, "licenseId");
        new PublishTarget(organization, null, licenseId); // same checks
    }

    /** Options for the organization: data.gov.ua profile, licence {@code cc-by}, no rulebook. */
    public static PublishOptions of(String organization) {
        return new PublishOptions(organization, PortalProfile.dataGovUa(), PublishTarget.DEFAULT_LICENSE, null);
    }

    /** These options with another profile. */
    public PublishOptions withProfile(PortalProfile value) {
        return new PublishOptions(organization, value, licenseId, rulebook);
    }

    /** These options with another licence. */
    public PublishOptions withLicenseId(String value) {
        return new PublishOptions(organization, profile, value, rulebook);
    }

    /** These options with a rulebook that validates passports. */
    public PublishOptions withRulebook(@Nullable Rulebook value) {
        return new PublishOptions(organization, profile, licenseId, value);
    }

    /** The target for one dataset. */
    PublishTarget target(String name) {
        return new PublishTarget(organization, name, licenseId);
    }
}
