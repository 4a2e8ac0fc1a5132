package ua.opendata.core.report;

import java.util.Locale;
import java.util.Optional;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.rules.AnnexCoverage;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.annex.AnnexDataset;
import ua.opendata.passport.annex.AnnexSectionNames;

/** The annex section: coverage of the Resolution 835 annex by section. Not for public use. */
final class HtmlAnnex extends HtmlSection {

    HtmlAnnex(Locale locale) {
        super(locale);
    }

    void annex(ValidationReport report, HtmlOut out) {
        out.raw("<section id=\"annex\">\n<h2>").text(HtmlLabel.ANNEX_HEADING.in(locale)).raw("</h2>\n");
        if (report.annex().isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.ANNEX_NONE.in(locale)).raw("</p>\n</section>\n");
            return;
        }
        AnnexCatalogue catalogue = AnnexCatalogue.bundled();
        out.raw("<div class=\"table-wrap\">\n<table id=\"annex-table\">\n<thead><tr>");
        th(out, HtmlLabel.SECTION, false);
        th(out, HtmlLabel.TOTAL, true);
        th(out, HtmlLabel.PUBLISHED, true);
        th(out, HtmlLabel.PLANNED, true);
        th(out, HtmlLabel.RESTRICTED, true);
        th(out, HtmlLabel.MISSING, true);
        out.raw("</tr></thead>\n<tbody>\n");
        for (AnnexCoverage c : report.annex()) {
            out.raw("<tr><td>").text(AnnexSectionNames.name(c.sectionCode(), c.sectionName(), locale))
                    .raw(" <code>").text(c.sectionCode()).raw("</code></td>");
            num(out, c.total());
            num(out, c.published().size());
            num(out, c.planned().size());
            num(out, c.restricted().size());
            out.raw("<td class=\"num").raw(c.missing().isEmpty() ? "" : " t-late").raw("\">");
            if (c.missing().isEmpty()) {
                out.raw("0 <span class=\"none\">(").text(HtmlLabel.NOTHING_MISSING.in(locale)).raw(")</span>");
            } else {
                out.raw("<details><summary>").text(HtmlLabel.MISSING_LIST.format(locale, c.missing().size()))
                        .raw("</summary><ul>");
                for (String ref : c.missing()) {
                    out.raw("<li><code>").text(ref).raw("</code>");
                    Optional<AnnexDataset> ds = resolve(catalogue, ref);
                    if (ds.isPresent()) {
                        out.raw(" ").text(ds.get().nameUk());
                    }
                    out.raw("</li>");
                }
                out.raw("</ul></details>");
            }
            out.raw("</td></tr>\n");
        }
        out.raw("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static Optional<AnnexDataset> resolve(AnnexCatalogue catalogue, String ref) {
        try {
            return catalogue.resolve(ref);
        } catch (RuntimeException e) {
            return Optional.empty(); // a malformed reference is shown as it is
        }
    }
}
