package ua.opendata.core.report;

import java.util.Locale;
import ua.opendata.core.audit.AuditAnnex;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.passport.annex.AnnexSectionNames;
import ua.opendata.passport.annex.MatchMethod;

/**
 * The annex positions of an audit without a register: which sections bind the organization and why, a row per
 * position (verdict, how matched, the datasets), then the datasets that fulfil no position. Not for public use.
 */
final class HtmlAnnexPresence extends HtmlSection {

    HtmlAnnexPresence(Locale locale) {
        super(locale);
    }

    void render(AuditAnnex a, HtmlOut out) {
        out.raw("<section id=\"annex-positions\">\n<h2>").text(HtmlLabel.PRESENCE_HEADING.in(locale)).raw("</h2>\n");
        out.raw("<p>").text(HtmlLabel.PRESENCE_SECTIONS.format(locale, a.annexVersion(), String.join(", ",
                a.sections().stream().map(c -> AnnexSectionNames.name(c, c, locale) + " (" + c + ")").toList()),
                basis(a))).raw("</p>\n");
        out.raw("<p>").text(HtmlLabel.PRESENCE_COUNTS.format(locale, a.count(AuditAnnex.State.PRESENT),
                a.count(AuditAnnex.State.RESTRICTED), a.count(AuditAnnex.State.UNSURE),
                a.count(AuditAnnex.State.MISSING), a.extras().size())).raw("</p>\n");
        out.raw("<div class=\"table-wrap\">\n<table id=\"annex-positions-table\">\n<thead><tr>");
        th(out, HtmlLabel.POSITION, false);
        th(out, HtmlLabel.PRESENCE_STATE, false);
        th(out, HtmlLabel.MATCHED_BY, false);
        th(out, HtmlLabel.ON_PORTAL, false);
        out.raw("</tr></thead>\n<tbody>\n");
        for (AuditAnnex.Position p : a.positions()) {
            String css = p.state() == AuditAnnex.State.PRESENT ? "" : p.state() == AuditAnnex.State.MISSING
                    ? " class=\"t-late\"" : "";
            out.raw("<tr").raw(css).raw("><td><code>").text(p.position().ref()).raw("</code> ")
                    .text(p.position().nameUk()).raw("</td><td>")
                    .text(HtmlLabel.valueOf("STATE_" + p.state().name()).in(locale)).raw("</td><td>");
            if (p.method() == MatchMethod.MISSING) {
                none(out);
            } else {
                out.text(p.method().name().toLowerCase(Locale.ROOT)).raw(" ").text(p.reason().render(locale));
            }
            out.raw("</td><td>");
            textOrNone(out, String.join(", ", p.datasets().isEmpty() ? p.proposed() : p.datasets()));
            out.raw("</td></tr>\n");
        }
        out.raw("</tbody>\n</table>\n</div>\n");
        if (!a.extras().isEmpty()) {
            out.raw("<details><summary>").text(HtmlLabel.EXTRA_LIST.format(locale, a.extras().size()))
                    .raw("</summary><ul>");
            for (AuditAnnex.Extra x : a.extras()) {
                out.raw("<li><code>").text(x.name()).raw("</code> ").text(x.title());
                if (x.proposed() != null) {
                    out.raw(" <span class=\"small\">").text(HtmlLabel.PROPOSED.format(locale, x.proposed(),
                            x.method().name().toLowerCase(Locale.ROOT))).raw("</span>");
                }
                if (x.restricted()) {
                    out.raw(" <span class=\"small\">").text(HtmlLabel.STATE_RESTRICTED.in(locale)).raw("</span>");
                }
                out.raw("</li>");
            }
            out.raw("</ul></details>\n");
        }
        out.raw("</section>\n");
    }

    private String basis(AuditAnnex a) {
        String holder = a.holder() == null ? "" : a.holder();
        return HtmlLabel.valueOf("BASIS_" + a.basis().name()).format(locale, holder);
    }
}
