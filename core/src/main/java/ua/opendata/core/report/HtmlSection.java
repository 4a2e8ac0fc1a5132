package ua.opendata.core.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.rules.Rule;
import ua.opendata.core.rules.Severity;

/**
 * A section of the HTML report in one language, with the cells every section writes the same way.
 * Not for public use.
 */
abstract class HtmlSection {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

    /** The report language. */
    final Locale locale;

    HtmlSection(Locale locale) {
        this.locale = locale;
    }

    void th(HtmlOut out, HtmlLabel label, boolean numeric) {
        out.raw(numeric ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">").text(label.in(locale))
                .raw("</th>");
    }

    /** A header the script sorts by: as numbers ({@code data-sort} or the cell text) or as text. */
    void thSort(HtmlOut out, HtmlLabel label, boolean numeric) {
        thSort(out, label, numeric, numeric);
    }

    void thSort(HtmlOut out, HtmlLabel label, boolean numeric, boolean alignRight) {
        out.raw("<th").raw(alignRight ? " class=\"num\"" : "").raw(" scope=\"col\"")
                .raw(numeric ? " data-type=\"number\"" : "").raw(">").text(label.in(locale)).raw("</th>");
    }

    static void num(HtmlOut out, long n) {
        out.raw("<td class=\"num\">").raw(Long.toString(n)).raw("</td>");
    }

    void none(HtmlOut out) {
        out.raw("<span class=\"none\">").text(HtmlLabel.NONE.in(locale)).raw("</span>");
    }

    void textOrNone(HtmlOut out, @Nullable String text) {
        if (text == null || text.isBlank()) {
            none(out);
        } else {
            out.text(text);
        }
    }

    /** "… and N more (all in report.json and findings.csv)" when {@code n} is positive. */
    void more(HtmlOut out, long n) {
        if (n > 0) {
            out.raw("<p class=\"more small\">").text(HtmlLabel.MORE.format(locale, n)).raw("</p>\n");
        }
    }

    static String cssName(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    boolean uk() {
        return "uk".equals(locale.getLanguage());
    }

    /** A share as a percentage, rounded down to a tenth so that a missed target never reads as met. */
    String percent(double fraction) {
        double f = Double.isNaN(fraction) ? 0 : fraction;
        long tenths = (long) Math.floor(f * 1000 + 1e-6);
        String s = tenths % 10 == 0 ? Long.toString(tenths / 10)
                : (tenths / 10) + (uk() ? "," : ".") + Math.abs(tenths % 10);
        return s + "\u00a0%";
    }

    /** A link to the portal (http/https only; anything else is shown as text). */
    static void link(HtmlOut out, String href, String text) {
        if (href.startsWith("https://") || href.startsWith("http://")) {
            out.raw("<a").attr("href", href).raw(" rel=\"external noopener noreferrer\">").text(text).raw("</a>");
        } else {
            out.text(text);
        }
    }

    String dateOf(java.time.@Nullable Instant instant) {
        return instant == null ? HtmlLabel.NONE.in(locale) : DATE.format(instant.atZone(KYIV));
    }

    /** The anchor of a catalogue rule; catalogue ids are letters, digits and hyphens. */
    static String ruleAnchor(Rule rule) {
        return "rule-" + rule.id().replaceAll("[^A-Za-z0-9-]", "_");
    }
}
