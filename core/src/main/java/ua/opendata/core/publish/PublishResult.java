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

    /**
     * Copies the list.
     *
     * @param items  the results
     * @param dryRun whether nothing was written
     */
    public PublishResult {
        items = List.copyOf(items);
    }

    /**
     * How many items had one outcome.
     *
     * @param outcome the outcome wanted
     * @return the number of items with that outcome; 0 when none had it
     */
    public long count(ItemResult.Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }

    /**
     * A text report for people: a title line with the counts per outcome, then one line per dataset (its
     * outcome, name, action and message).
     *
     * @param locale the reader's locale; a language without a bundle file reads English
     * @return the text, lines ending in {@code \n}
     */
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
