package ua.opendata.ckan;

import java.util.List;
import ua.opendata.ckan.model.CkanOrganization;
import ua.opendata.ckan.model.CkanStatus;

/** What a portal offers and whether it honours the key: built on ordinary reads. */
final class PortalChecks {
    private PortalChecks() {}

    /** See {@link CkanClient#verifyCredentials}. */
    static CkanCredentials verifyCredentials(CkanClient client, boolean hasKey, String userName) {
        List<CkanOrganization> orgs = client.organizationListForUser("create_dataset");
        boolean accepted = false;
        if (hasKey) {
            try {
                accepted = client.userShow(userName).other().containsKey("email");
            } catch (CkanNotFoundException | CkanAuthorizationException e) {
                accepted = false;
            }
        }
        return new CkanCredentials(hasKey, accepted, orgs);
    }

    static CkanCapabilities capabilities(CkanStatus s) {
        return new CkanCapabilities(s.ckanVersion(), s.extensions() == null ? List.of() : s.extensions());
    }

    /** See {@link CkanClient#supportsAction}. */
    static boolean supportsAction(CkanClient client, String action) {
        try {
            client.callTree("help_show", Results.params().put("name", action));
            return true;
        } catch (CkanNotFoundException e) {
            return false;
        } catch (CkanUnexpectedResponseException e) {
            if (e.httpStatus() == 400 && e.bareMessage() != null) {
                return false;
            }
            throw e;
        }
    }
}
