package ua.opendata.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.model.CkanOrganization;
import ua.opendata.passport.annex.AnnexHolders;

/**
 * The audit of a whole portal, organization by organization (see {@link PortalAudit#runEachHolder}): only the
 * organizations the holder table pairs with an annex holder, one at a time, each result handed over and then
 * dropped. Not for public use.
 */
final class HolderSweep {

    private static final Logger LOG = LoggerFactory.getLogger(HolderSweep.class);

    private HolderSweep() {
    }

    static List<AuditSummary> run(CkanClient client, AuditOptions options, Consumer<AuditResult> each) {
        AnnexHolders holders = AnnexHolders.bundled();
        List<AuditSummary> out = new ArrayList<>();
        for (CkanOrganization o : client.organizationListAllFields()) {
            if (o.name() == null || holderOf(holders, o).isEmpty()) {
                continue;
            }
            AuditResult result = AuditEngine.run(client, options.toBuilder().organization(o.name()).build());
            each.accept(result);
            out.add(AuditSummary.of(result, o.title() == null ? "" : o.title()));
            LOG.debug("audited {} of the portal's annex holders: {}", out.size(), o.name());
        }
        return out;
    }

    /** The holder the organization publishes for, by its id, then its title. */
    static Optional<String> holderOf(AnnexHolders holders, CkanOrganization o) {
        for (String key : new String[] {o.id(), o.title()}) {
            if (key != null && !key.isBlank()) {
                Optional<String> h = holders.holderOfOrganization(key);
                if (h.isPresent()) {
                    return h;
                }
            }
        }
        return Optional.empty();
    }
}
