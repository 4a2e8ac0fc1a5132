package ua.opendata.ckan;

import java.util.List;
import ua.opendata.ckan.model.CkanOrganization;

/**
 * The result of {@link CkanClient#verifyCredentials(String)}. CKAN never rejects an invalid,
 * expired or revoked key: the call silently runs as anonymous. This tells whether the key was
 * honoured.
 *
 * @param keySent whether the client has a key at all
 * @param keyAccepted whether the server treated the call as the named user (or a sysadmin)
 * @param publishableOrganizations organizations where the caller may create datasets
 */
public record CkanCredentials(
        boolean keySent, boolean keyAccepted, List<CkanOrganization> publishableOrganizations) {

    /**
     * Copies the list.
     *
     * @param keySent whether the client has a key at all
     * @param keyAccepted whether the server treated the call as the named user (or a sysadmin)
     * @param publishableOrganizations organizations where the caller may create datasets
     */
    public CkanCredentials {
        publishableOrganizations = List.copyOf(publishableOrganizations);
    }
}
