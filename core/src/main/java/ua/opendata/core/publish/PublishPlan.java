package ua.opendata.core.publish;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.rules.Finding;

/**
 * What publishing a register would do on the portal, dataset by dataset. Made by
 * {@link PortalPublisher#plan}; carried out by {@link PortalPublisher#apply}; written for machines by
 * {@link PlanJson}.
 *
 * @param organization the organization's name
 * @param profile      the mapping profile
 * @param licenseId    the licence sent with every dataset
 * @param items        one item per register entry, then one per dataset only on the portal
 */
public record PublishPlan(String organization, PortalProfile profile, String licenseId, List<PlanItem> items) {

    private static final int SHOWN = 80;

    /**
     * Copies the items.
     *
     * @param organization the organization's name
     * @param profile      the mapping profile
     * @param licenseId    the licence sent with every dataset
     * @param items        one item per register entry, then one per dataset only on the portal
     */
    public PublishPlan {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(licenseId, "licenseId");
        items = List.copyOf(items);
    }

    /** {@return how many items have each action (every action present, zero included)} */
    public Map<PlanAction, Long> summary() {
        Map<PlanAction, Long> m = new EnumMap<>(PlanAction.class);
        for (PlanAction a : PlanAction.values()) {
            m.put(a, 0L);
        }
        items.forEach(i -> m.merge(i.action(), 1L, Long::sum));
        return m;
    }

    /**
     * The items with one action.
     *
     * @param action the action wanted
     * @return the items with that action, in plan order; empty when there are none
     */
    public List<PlanItem> items(PlanAction action) {
        return items.stream().filter(i -> i.action() == action).toList();
    }

    /**
     * The plan for people: a heading, the number of items per action (actions with none left out), then each
     * item with its reason, field changes (values on one line, cut at 80 characters), uploads, notes and
     * blocking findings.
     *
     * @param locale Ukrainian ({@code uk}) or English (any other locale)
     * @return the text, lines ending in {@code \n}
     */
    public String render(Locale locale) {
        StringBuilder b = new StringBuilder();
        b.append(PublishTexts.text(locale, "plan.heading", organization, profile.name())).append('\n');
        summary().forEach((a, n) -> {
            if (n > 0) {
                b.append("  ").append(a.label(locale)).append(": ").append(n).append('\n');
            }
        });
        for (PlanItem i : items) {
            b.append('\n').append('[').append(i.action().label(locale)).append("] ")
                    .append(i.name() == null ? "—" : i.name());
            if (i.identifier() != null && !i.identifier().equals(i.name())) {
                b.append(" (").append(i.identifier()).append(')');
            }
            b.append('\n');
            if (i.reason() != null) {
                b.append("    ").append(i.reason().get(locale)).append('\n');
            }
            for (FieldChange c : i.changes()) {
                b.append("    ").append(c.field()).append(": ").append(shown(c.oldValue(), locale)).append(" → ")
                        .append(shown(c.newValue(), locale)).append('\n');
            }
            for (PlannedUpload u : i.uploads()) {
                b.append("    ").append(PublishTexts.text(locale, "plan.upload", u.file(), u.distribution(),
                        u.sha256().substring(0, 12))).append('\n');
            }
            for (MappingNote n : i.notes()) {
                b.append("    ").append(PublishTexts.text(locale, "plan.note", n.element(), n.message()))
                        .append('\n');
            }
            for (Finding f : i.blockingFindings()) {
                b.append("    ").append(PublishTexts.text(locale, "plan.blocks", f.ruleId(), f.path(),
                        f.describe(locale))).append('\n');
            }
        }
        return b.toString();
    }

    private static String shown(@org.jspecify.annotations.Nullable String value, Locale locale) {
        if (value == null) {
            return PublishTexts.text(locale, "value.none");
        }
        String oneLine = value.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= SHOWN ? "«" + oneLine + "»" : "«" + oneLine.substring(0, SHOWN) + "…»";
    }
}
