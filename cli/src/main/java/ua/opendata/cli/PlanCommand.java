package ua.opendata.cli;

import java.net.URI;
import picocli.CommandLine.Command;
import ua.opendata.ckan.CkanClient;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.publish.PlanAction;
import ua.opendata.core.publish.PlanJson;
import ua.opendata.core.publish.PublishPlan;

/**
 * {@code opendata plan}: what publishing a register to an organization on a CKAN portal would do,
 * dataset by dataset (create, update, upload files, unchanged, only on the portal, conflict), for people
 * or, with {@code --format json}, as {@link PlanJson}. Reads the portal only. Exit code 1 when the plan
 * has conflicts (datasets that cannot be published as they stand).
 */
@Command(name = "plan", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = OpendataCommand.Version.class)
final class PlanCommand extends PublishingCommand {

    PlanCommand(Session session) {
        super(session);
    }

    @Override
    String name() {
        return "plan";
    }

    @Override
    int execute() {
        Texts t = t();
        PortalProfile profileValue = checkedProfile();
        URI url = portal.portalUrl(t, name());
        String key = portal.apiKey(session, t);
        Input input = readInput();
        try (CkanClient ckan = portal.client(session, t, name(), key)) {
            portal.verifyKey(ckan, key, t, url);
            PublishPlan plan = plan(ckan, url, profileValue, input);
            long conflicts = plan.summary().get(PlanAction.CONFLICT);
            int code = conflicts > 0 ? OpendataCommand.FINDINGS : OpendataCommand.OK;
            if (common.json()) {
                printJson(PlanJson.toJson(plan));
            } else {
                session.out().print(plan.render(locale()));
            }
            if (conflicts > 0) {
                session.err().println(t.get("plan.conflicts", conflicts));
            }
            return code;
        }
    }
}
