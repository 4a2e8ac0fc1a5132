package ua.opendata.passport.annex;

import java.util.Objects;

/**
 * A data.gov.ua organization that publishes for a holder the annex names.
 *
 * @param holderUk          the holder as the annex (or the pairing's author) names it, e.g. {@code ДПС}
 * @param organizationTitle the portal organization's title
 * @param organizationId    the portal organization's id
 */
public record AnnexHolder(String holderUk, String organizationTitle, String organizationId) {

    /**
     * Checks structure only.
     *
     * @param holderUk the holder as the annex (or the pairing's author) names it, e.g. {@code ДПС}
     * @param organizationTitle the portal organization's title
     * @param organizationId the portal organization's id
     */
    public AnnexHolder {
        Objects.requireNonNull(holderUk, "holderUk");
        Objects.requireNonNull(organizationTitle, "organizationTitle");
        Objects.requireNonNull(organizationId, "organizationId");
    }
}
