package ua.opendata.core.audit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanOrganization;

/**
 * What a portal keeps on the organization rather than on each dataset (data.gov.ua shows the publisher's
 * EDRPOU code from the organization's profile): read with {@code organization_show} once per organization.
 * Not thread-safe; not for public use.
 */
final class OrganizationFacts {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationFacts.class);

    private final CkanClient client;
    private final Map<String, Optional<String>> edrpou = new HashMap<>();

    OrganizationFacts(CkanClient client) {
        this.client = client;
    }

    /** The EDRPOU code in the extras of the dataset's organization (key {@code edrpou}, any case), if any. */
    @Nullable String edrpou(CkanDataset d) {
        String org = d.organization() != null && d.organization().name() != null ? d.organization().name()
                : d.ownerOrg();
        if (org == null || org.isBlank()) {
            return null;
        }
        return edrpou.computeIfAbsent(org, this::read).orElse(null);
    }

    private Optional<String> read(String org) {
        CkanOrganization o;
        try {
            o = client.organizationShow(org);
        } catch (CkanException e) {
            LOG.debug("organization_show {} failed ({}); its EDRPOU code is not known", org,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
        if (o.extras() == null) {
            return Optional.empty();
        }
        for (CkanExtra e : o.extras()) {
            if (e.key() != null && e.key().strip().toLowerCase(Locale.ROOT).equals("edrpou") && e.value() != null
                    && !e.value().asText().isBlank()) {
                return Optional.of(e.value().asText().strip());
            }
        }
        return Optional.empty();
    }
}
