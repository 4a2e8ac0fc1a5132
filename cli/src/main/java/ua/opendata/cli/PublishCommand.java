package ua.opendata.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ua.opendata.ckan.CkanClient;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.publish.ApplyOptions;
import ua.opendata.core.publish.ItemResult;
import ua.opendata.core.publish.PlanAction;
import ua.opendata.core.publish.PlanItem;
import ua.opendata.core.publish.PlanJson;
import ua.opendata.core.publish.PortalPublisher;
import ua.opendata.core.publish.PublishPlan;
import ua.opendata.core.publish.PublishResult;

/**
 * {@code opendata publish}: plans as {@code plan} does, then applies the plan. A dry run by default
 * (says so, and shows what would be done); {@code --execute} writes, with the API key from the
 * environment or a file (required), a progress bar or lines on standard error, and one result line per
 * dataset. Exit code 0 when every dataset is done or has nothing to do, 1 when one failed, was blocked by
 * validation errors (override with {@code --force}) or is a conflict; in a dry run, 1 predicts that.
 *
 * <p>The plan is applied in groups of {@code --concurrency} datasets so that progress can be shown
 * between them; the starts of writing datasets stay at least {@code --pacing} apart across groups.
 */
@Command(name = "publish", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = OpendataCommand.Version.class)
final class PublishCommand extends PublishingCommand {
    /** The longest {@code --pacing}. */
    static final Duration MAX_PACING = Duration.ofHours(1);
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)?");

    @Option(names = "--execute", descriptionKey = "opt.execute")
    boolean execute;

    @Option(names = "--force", descriptionKey = "opt.force")
    boolean force;

    @Option(names = "--pacing", paramLabel = "DURATION", defaultValue = "500ms", descriptionKey = "opt.pacing")
    String pacing = "500ms";

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "2", descriptionKey = "opt.concurrency")
    int concurrency = 2;

    PublishCommand(Session session) {
        super(session);
    }

    @Override
    String name() {
        return "publish";
    }

    /**
     * A duration as {@code 2s}, {@code 500ms}, {@code 1m}, a bare number of seconds, or ISO-8601
     * ({@code PT1.5S}).
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    static Duration parseDuration(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            };
        }
        try {
            return Duration.parse(s.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private ApplyOptions applyOptions(Texts t) {
        Duration interval;
        try {
            interval = parseDuration(pacing);
        } catch (IllegalArgumentException e) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.publish.pacing", pacing), e);
        }
        if (interval.isNegative() || interval.compareTo(MAX_PACING) > 0) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.publish.pacing", pacing));
        }
        if (concurrency < 1 || concurrency > 16) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.publish.concurrency", concurrency));
        }
        return (execute ? ApplyOptions.execute() : ApplyOptions.dryRun()).force(force).pacing(interval)
                .concurrency(concurrency);
    }

    @Override
    int execute() throws InterruptedException {
        Texts t = t();
        Locale locale = locale();
        PortalProfile profileValue = checkedProfile();
        ApplyOptions options = applyOptions(t);
        URI url = portal.portalUrl(t, name());
        String key = portal.apiKey(session, t);
        if (execute && key == null) {
            throw new CliException(OpendataCommand.USAGE, t.get("error.publish.noKey", portal.keySource(t)));
        }
        Input input = readInput();
        try (CkanClient ckan = portal.client(session, t, name(), key)) {
            portal.verifyKey(ckan, key, t, url);
            PublishPlan plan = plan(ckan, url, profileValue, input);
            PublishResult result;
            if (execute) {
                result = applyWithProgress(ckan, plan, options, t);
            } else {
                result = PortalPublisher.create(ckan).apply(plan, options);
            }
            // conflicts found when planning, and datasets someone else changed between plan and apply
            long conflicts = plan.summary().get(PlanAction.CONFLICT) + result.count(ItemResult.Outcome.CONFLICT);
            long failed = result.count(ItemResult.Outcome.FAILED);
            long blocked = result.count(ItemResult.Outcome.BLOCKED);
            int code = failed + blocked + conflicts > 0 ? OpendataCommand.FINDINGS : OpendataCommand.OK;
            if (common.json()) {
                printJson(json(plan, result, url, code));
            } else {
                if (!execute) {
                    session.out().println(t.get("publish.dryRun.banner"));
                    session.out().println();
                    session.out().print(plan.render(locale));
                    session.out().println();
                }
                session.out().print(result.render(locale));
            }
            if (!execute) {
                long wouldWrite = result.items().stream().filter(i -> i.outcome() == ItemResult.Outcome.SKIPPED
                        && (i.action() == PlanAction.CREATE || i.action() == PlanAction.UPDATE
                        || i.action() == PlanAction.UPLOAD)).count();
                session.err().println(t.get("publish.dryRun.done", wouldWrite));
            } else {
                session.err().println(t.get("publish.done", result.count(ItemResult.Outcome.DONE),
                        result.count(ItemResult.Outcome.SKIPPED), blocked, failed));
            }
            if (blocked > 0) {
                session.err().println(t.get("publish.blocked", blocked));
            }
            if (conflicts > 0) {
                session.err().println(t.get("plan.conflicts", conflicts));
            }
            return code;
        }
    }

    /** Applies the plan in groups of {@code concurrency} items, reporting progress between groups. */
    private PublishResult applyWithProgress(CkanClient ckan, PublishPlan plan, ApplyOptions options, Texts t)
            throws InterruptedException {
        List<PlanItem> items = plan.items();
        Progress progress = new Progress(session.err(), session.errIsTerminal(), t,
                t.get("publish.label", plan.organization()), items.size());
        List<ItemResult> results = new ArrayList<>(items.size());
        int group = options.maxConcurrency();
        Pacer pacer = Pacer.system(options.pacingInterval());
        for (int from = 0; from < items.size(); from += group) {
            List<PlanItem> chunk = items.subList(from, Math.min(items.size(), from + group));
            pacer.beforeGroup(chunk.stream().filter(i -> i.writes()
                    && (options.isForce() || i.blockingFindings().isEmpty())).count());
            PublishResult part = PortalPublisher.create(ckan).apply(new PublishPlan(plan.organization(), plan.profile(),
                    plan.licenseId(), chunk), options);
            results.addAll(part.items());
            progress.update(results.size());
        }
        progress.finish(results.size());
        return new PublishResult(results, false);
    }

    private ObjectNode json(PublishPlan plan, PublishResult result, URI url, int code) {
        ObjectNode o = JSON.createObjectNode();
        o.put("command", name());
        o.put("exitCode", code);
        o.put("dryRun", result.dryRun());
        o.put("portal", url.toString());
        o.put("organization", plan.organization());
        ObjectNode outcomes = o.putObject("outcomes");
        for (ItemResult.Outcome outcome : ItemResult.Outcome.values()) {
            outcomes.put(outcome.name(), result.count(outcome));
        }
        ArrayNode items = o.putArray("results");
        for (ItemResult r : result.items()) {
            ObjectNode i = items.addObject();
            i.put("name", r.name());
            i.put("action", r.action().name());
            i.put("outcome", r.outcome().name());
            i.putObject("message").put("uk", r.message().uk()).put("en", r.message().en());
            ArrayNode calls = i.putArray("calls");
            r.calls().forEach(calls::add);
        }
        o.set("plan", PlanJson.toJson(plan));
        return o;
    }
}
