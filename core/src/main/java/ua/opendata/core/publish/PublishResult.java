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
        boolean uk = "uk".equals(locale.getLanguage());
        StringBuilder b = new StringBuilder();
        b.append(uk ? (dryRun ? "Пробний запуск (нічого не записано)" : "Результат публікації")
                : (dryRun ? "Dry run (nothing written)" : "Publication result"));
        b.append(": ").append(count(ItemResult.Outcome.DONE)).append(uk ? " виконано, " : " done, ")
                .append(count(ItemResult.Outcome.SKIPPED)).append(uk ? " пропущено, " : " skipped, ")
                .append(count(ItemResult.Outcome.BLOCKED)).append(uk ? " заблоковано, " : " blocked, ")
                .append(count(ItemResult.Outcome.FAILED)).append(uk ? " з помилкою" : " failed");
        long conflicts = count(ItemResult.Outcome.CONFLICT);
        if (conflicts > 0) {
            b.append(", ").append(conflicts).append(uk ? " у конфлікті (набір змінено після плану)" : " in conflict "
                    + "(changed since the plan)");
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
