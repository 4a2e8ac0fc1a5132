package ua.opendata.cli;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;

/** A command that talks to a portal: the shared portal options and how failures name the portal. */
abstract class PortalCommand extends BaseCommand {

    @Mixin
    PortalOptions portal = new PortalOptions();

    PortalCommand(Session session) {
        super(session);
    }

    @Override
    @Nullable URI portalForMessages() {
        try {
            return portal.portal == null ? null : URI.create(portal.portal.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    @Nullable String keySourceForMessages() {
        return portal.keySource(t());
    }
}
