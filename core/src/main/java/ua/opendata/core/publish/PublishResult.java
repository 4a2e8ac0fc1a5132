package ua.opendata.core.publish;

import java.util.List;
import java.util.Locale;

/**
 * The per-dataset results of applying a plan, in plan order.
 *
 * @param items  the results
 * @param dryRun whether nothing was written
 */
public record PublishResult(List<ItemResult> items, boolean dryRun) {

    /** Copies the list. */
    public PublishResult {
        items = List.copyOf(items);
    }

    /** How many items had the outcome. */
    public long count(ItemResult.Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }

    /** A text report for people, one line per dataset. */
    public String render(Locale locale) {
        StringBuilder b = new StringBuilder();
        b.append(PublishTexts.text(locale, dryRun ? "result.title.dryRun" : "result.title"));
        b.append(": ").append(PublishTexts.text(locale, "result.counts", count(ItemResult.Outcome.DONE),
                count(ItemResult.Outcome.SKIPPED), count(ItemResult.Outcome.BLOCKED), count(ItemResult.Outcome.FAILED)));
        long conflicts = count(ItemResult.Outcome.CONFLICT);
        if (conflicts > 0) {
            b.append(", ").append(PublishTexts.text(locale, "result.conflicts", conflicts));
        }
        b.append('\n');
        for (ItemResult i : items) {
            b.append("  ").append(i.outcome()).append(' ').append(i.name() == null ? "—" : i.name())
                    .append(" [").append(i.action().label(locale)).append("]: ").append(i.message().get(locale))
                    .append('\n');
        }
        return b.toString();
    }
}
