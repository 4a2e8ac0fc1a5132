package ua.opendata.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanNotFoundException;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.publish.PortalPublisher;
import ua.opendata.core.publish.PublishOptions;
import ua.opendata.core.publish.PublishPlan;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;

/**
 * What {@code plan} and {@code publish} share: the register, its passports and local files, the portal
 * and organization, the mapping profile and licence; and making the plan. The plan reads the portal
 * only; the passports are checked with the rulebook, whose ERROR findings block a dataset at publish
 * unless {@code --force}.
 */
abstract class PublishingCommand extends PortalCommand {

    /** The values of {@code --profile}. */
    static final Map<String, PortalProfile> PROFILES = Map.of("data-gov-ua", PortalProfile.dataGovUa(),
            "stock-ckan", PortalProfile.stockCkan());

    @Parameters(index = "0", arity = "1", paramLabel = "REGISTER", descriptionKey = "publish.register")
    @Nullable Path register;

    @Option(names = "--passports", paramLabel = "DIR", descriptionKey = "opt.passports")
    @Nullable Path passports;

    @Option(names = "--files", paramLabel = "DIR", descriptionKey = "opt.files")
    @Nullable Path files;

    @Option(names = "--organization", paramLabel = "NAME", descriptionKey = "opt.organization.publish")
    @Nullable String organization;

    @Option(names = "--profile", paramLabel = "data-gov-ua|stock-ckan", defaultValue = "data-gov-ua",
            descriptionKey = "opt.profile")
    String profile = "data-gov-ua";

    @Option(names = "--license", paramLabel = "ID", descriptionKey = "opt.license")
    @Nullable String license;

    @Mixin
    RegisterLimits limits = new RegisterLimits();

    PublishingCommand(Session session) {
        super(session);
    }

    /** Checks the options that need no portal and no file; a usage error when one is wrong. */
    final PortalProfile checkedProfile() {
        Texts t = t();
        if (organization == null || organization.isBlank()) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.publish.organization", name()));
        }
        PortalProfile p = PROFILES.get(profile.strip().toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.publish.profile", profile));
        }
        return p;
    }

    /** The register and its passports and files as read: everything local, before the portal is asked. */
    record Input(String source, Register register, Map<String, Passport> passports,
                 Map<String, Path> files) {
    }

    /** Reads the register, the passports and matches the files; notes about ambiguous files on stderr. */
    final Input readInput() {
        Texts t = t();
        RegisterInput in = new RegisterInput(session, t, limits.checked(t), common.verbose);
        RegisterInput.Read read = in.register(register);
        Map<String, Passport> byId = in.passports(passports, read.result().register());
        Map<String, Path> matched = Map.of();
        if (files != null) {
            if (!Files.isDirectory(files)) {
                throw new CliException(OpendataCommand.UNREACHABLE, t.get("error.read", files,
                        t.get("error.notDirectory")));
            }
            DistributionFiles.Match m = DistributionFiles.match(files, byId.values(), t);
            m.ambiguous().forEach(session.err()::println);
            matched = m.files();
            if (matched.isEmpty()) {
                session.err().println(t.get("files.none", files));
            }
        }
        return new Input(read.source(), read.result().register(), byId, matched);
    }

    /**
     * Makes the plan: the organization looked up by name or id (a usage error when there is none), the
     * passports checked with the rulebook on the session's clock.
     */
    final PublishPlan plan(CkanClient ckan, URI url, PortalProfile profileValue, Input input) {
        Texts t = t();
        String org = Objects.requireNonNull(organization).strip();
        String name;
        try {
            name = ckan.organizationShow(org).name();
        } catch (CkanNotFoundException e) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.harvest.noOrganization", org, url), e);
        }
        PublishOptions options;
        try {
            PublishOptions.Builder b = PublishOptions.builder(name == null ? org : name).profile(profileValue)
                    .rulebook(Rulebook.create(RulebookConfig.builder().clock(session.clock()).build()));
            if (license != null) {
                b.licenseId(license.strip());
            }
            options = b.build();
        } catch (IllegalArgumentException e) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.publish.options", e.getMessage()), e);
        }
        return PortalPublisher.create(ckan).plan(input.register(), input.passports(), input.files(), options);
    }
}
