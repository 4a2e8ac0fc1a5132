package ua.opendata.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.audit.AuditDataset;
import ua.opendata.core.audit.AuditDifference;
import ua.opendata.core.audit.AuditFile;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.internal.html.HtmlSvg;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.rules.AnnexCoverage;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Rule;
import ua.opendata.core.rules.RuleCatalogue;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.TimelinessStatus;
import ua.opendata.core.rules.TimelinessVerdict;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.annex.AnnexCatalogue;
import ua.opendata.passport.annex.AnnexDataset;
import ua.opendata.passport.annex.AnnexSectionNames;

/**
 * Renders a {@link ValidationReport} as one self-contained HTML page (XHTML-compatible markup,
 * inline CSS, SVG and a small script; nothing loaded from anywhere). Every text from the data goes
 * through {@link HtmlOut#text} or {@link HtmlOut#attr}. Deterministic: the same report, locale and
 * title give the same bytes. Immutable and thread-safe. Not for public use.
 */
final class HtmlRenderer {

    /** The Content-Security-Policy the page declares for itself. */
    public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src data:";

    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
    private static final int TOP_RULES = 15;

    private final Locale locale;
    private final @Nullable String title;

    /**
     * @param locale the report language: Ukrainian for language {@code uk}, English otherwise
     * @param title  the page title; {@code null} for the default
     */
    public HtmlRenderer(Locale locale, @Nullable String title) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.title = title;
    }

    /** Writes the page for {@code report}. */
    public void render(ValidationReport report, HtmlOut out) {
        render(report, null, out);
    }

    /**
     * Writes the page for {@code report} with a "Портал / Portal" section for an audit; without one the page
     * is byte for byte the page of {@link #render(ValidationReport, HtmlOut)}.
     */
    public void render(ValidationReport report, @Nullable AuditResult portal, HtmlOut out) {
        String pageTitle = title != null ? title : HtmlLabel.TITLE.in(locale);
        out.raw("<!DOCTYPE html>\n<html lang=\"").raw(uk() ? "uk" : "en").raw("\">\n<head>\n")
                .raw("<meta charset=\"utf-8\"/>\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").raw(CSP).raw("\"/>\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .raw("<meta name=\"referrer\" content=\"no-referrer\"/>\n")
                .raw("<meta name=\"generator\" content=\"ua-opendata\"/>\n")
                .raw("<title>").text(pageTitle).raw("</title>\n")
                .raw("<style>/*<![CDATA[*/\n").raw(CSS).raw("/*]]>*/</style>\n")
                .raw("</head>\n<body>\n");
        header(report, pageTitle, portal != null, out);
        out.raw("<main>\n");
        kpi(report, out);
        new HtmlFixFirst(locale).render(report, this::percent, out);
        charts(report, out);
        annex(report, out);
        Map<String, Integer> groupOf = groups(report);
        datasets(report, groupOf, out);
        if (portal != null) {
            portal(portal, out);
        }
        findings(report, groupOf, out);
        rules(report, out);
        out.raw("</main>\n<footer><p class=\"small\">").text(HtmlLabel.FOOTER.in(locale)).raw("</p></footer>\n");
        out.raw("<script>//<![CDATA[\n").raw(JS).raw("//]]></script>\n</body>\n</html>\n");
    }

    // ---------------------------------------------------------------- header

    private void header(ValidationReport report, String pageTitle, boolean withPortal, HtmlOut out) {
        out.raw("<header>\n<h1>").text(pageTitle).raw("</h1>\n<p class=\"meta\">")
                .text(HtmlLabel.GENERATED.format(locale, GENERATED.format(report.generatedAt().atZone(KYIV))))
                .raw("</p>\n");
        out.raw("<nav").attr("aria-label", HtmlLabel.CONTENTS.in(locale)).raw("><ul>\n");
        navItem(out, "kpi", HtmlLabel.KPI_HEADING);
        navItem(out, "fix-first", HtmlLabel.FIX_FIRST_HEADING);
        navItem(out, "charts", HtmlLabel.CHARTS_HEADING);
        navItem(out, "annex", HtmlLabel.ANNEX_HEADING);
        navItem(out, "datasets", HtmlLabel.DATASETS_HEADING);
        if (withPortal) {
            navItem(out, "portal", HtmlLabel.PORTAL_HEADING);
        }
        navItem(out, "findings", HtmlLabel.FINDINGS_HEADING);
        navItem(out, "rules", HtmlLabel.RULES_HEADING);
        out.raw("</ul></nav>\n");
        int total = report.datasets().size();
        int passed = report.passedCount();
        out.raw("<dl class=\"counts\"").attr("aria-label", HtmlLabel.SUMMARY.in(locale)).raw(">\n");
        count(out, "c-datasets", HtmlLabel.DATASETS_COUNT, total);
        count(out, "c-passed", HtmlLabel.PASSED_COUNT, passed);
        count(out, "c-failed", HtmlLabel.FAILED_COUNT, total - passed);
        count(out, "c-error", HtmlLabel.ERRORS_COUNT, report.count(Severity.ERROR));
        count(out, "c-warning", HtmlLabel.WARNINGS_COUNT, report.count(Severity.WARNING));
        count(out, "c-info", HtmlLabel.INFOS_COUNT, report.count(Severity.INFO));
        out.raw("</dl>\n</header>\n");
    }

    private void navItem(HtmlOut out, String id, HtmlLabel label) {
        out.raw("<li><a href=\"#").raw(id).raw("\">").text(label.in(locale)).raw("</a></li>\n");
    }

    private void count(HtmlOut out, String cssClass, HtmlLabel label, long n) {
        out.raw("<div class=\"").raw(cssClass).raw("\"><dt>").text(label.in(locale)).raw("</dt><dd>")
                .raw(Long.toString(n)).raw("</dd></div>\n");
    }

    // ---------------------------------------------------------------- KPI

    private void kpi(ValidationReport report, HtmlOut out) {
        boolean ok = report.meetsTarget();
        int total = report.datasets().size();
        int passed = report.passedCount();
        String value = percent(report.kpi());
        String target = percent(report.kpiTarget());
        out.raw("<section id=\"kpi\">\n<h2>").text(HtmlLabel.KPI_HEADING.in(locale)).raw("</h2>\n")
                .raw("<div class=\"kpi ").raw(ok ? "kpi-ok" : "kpi-fail").raw("\">\n");
        HtmlSvg.gauge(out, report.kpi(), report.kpiTarget(), ok, value,
                HtmlLabel.TARGET.in(locale) + " " + target, percent(0), percent(1),
                HtmlLabel.GAUGE_LABEL.format(locale, value, target));
        out.raw("<div>\n<p class=\"kpi-text\">")
                .text(HtmlLabel.KPI_TEXT.format(locale, passed, total, value, target)).raw("</p>\n")
                .raw("<p class=\"kpi-verdict\">");
        if (total == 0) {
            out.text(HtmlLabel.KPI_EMPTY.in(locale));
        } else if (ok) {
            out.text(HtmlLabel.KPI_MET.in(locale));
        } else {
            long needed = Math.max(1, (long) Math.ceil(report.kpiTarget() * total - 1e-9) - passed);
            out.text(HtmlLabel.KPI_MISSED.format(locale, needed));
        }
        out.raw("</p>\n</div>\n</div>\n</section>\n");
    }

    /** A share as a percentage, rounded down to a tenth so that a missed target never reads as met. */
    String percent(double fraction) {
        double f = Double.isNaN(fraction) ? 0 : fraction;
        long tenths = (long) Math.floor(f * 1000 + 1e-6);
        String s = tenths % 10 == 0 ? Long.toString(tenths / 10)
                : (tenths / 10) + (uk() ? "," : ".") + Math.abs(tenths % 10);
        return s + "\u00a0%";
    }

    // ---------------------------------------------------------------- charts

    private void charts(ValidationReport report, HtmlOut out) {
        out.raw("<section id=\"charts\">\n<h2>").text(HtmlLabel.CHARTS_HEADING.in(locale)).raw("</h2>\n")
                .raw("<div class=\"charts\">\n");
        out.raw("<figure id=\"chart-rules\">\n<figcaption>").text(HtmlLabel.CHART_RULES.in(locale))
                .raw("</figcaption>\n");
        List<HtmlSvg.Bar> ruleBars = ruleBars(report);
        if (ruleBars.isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.NO_FINDINGS_CHART.in(locale)).raw("</p>\n");
        } else {
            HtmlSvg.bars(out, ruleBars, HtmlLabel.CHART_RULES.in(locale));
            out.raw("<ul class=\"legend\">");
            for (Severity s : Severity.values()) {
                out.raw("<li class=\"l-").raw(cssName(s)).raw("\">").text(HtmlLabel.severity(s, locale)).raw("</li>");
            }
            out.raw("</ul>\n");
        }
        out.raw("</figure>\n<figure id=\"chart-overdue\">\n<figcaption>").text(HtmlLabel.CHART_OVERDUE.in(locale))
                .raw("</figcaption>\n");
        List<HtmlSvg.Bar> personBars = personBars(report);
        if (personBars.isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.NO_OVERDUE.in(locale)).raw("</p>\n");
        } else {
            HtmlSvg.bars(out, personBars, HtmlLabel.CHART_OVERDUE.in(locale));
        }
        out.raw("</figure>\n</div>\n</section>\n");
    }

    private List<HtmlSvg.Bar> ruleBars(ValidationReport report) {
        Map<String, long[]> bySeverity = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            bySeverity.computeIfAbsent(f.ruleId(), k -> new long[Severity.values().length])[f.severity().ordinal()]++;
        }
        List<HtmlSvg.Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Long> e : report.countByRule().entrySet()) {
            if (bars.size() == TOP_RULES) {
                break;
            }
            String id = e.getKey();
            long[] counts = bySeverity.get(id);
            List<HtmlSvg.Segment> segments = new ArrayList<>();
            for (Severity s : Severity.values()) {
                long n = counts[s.ordinal()];
                segments.add(new HtmlSvg.Segment("bar-" + cssName(s), n,
                        HtmlLabel.BAR_TOOLTIP.format(locale, HtmlLabel.severity(s, locale) + " · " + id, n)));
            }
            String description = RuleCatalogue.standard().find(id).map(r -> r.description().get(locale))
                    .orElse(HtmlLabel.UNKNOWN_RULE.in(locale));
            bars.add(new HtmlSvg.Bar(description, HtmlLabel.BAR_TOOLTIP.format(locale, id, e.getValue()) + " — "
                    + description, segments));
        }
        return bars;
    }

    private List<HtmlSvg.Bar> personBars(ValidationReport report) {
        List<Map.Entry<String, List<DatasetResult>>> people = new ArrayList<>(report.overdueByPerson().entrySet());
        // most late datasets first; the map is in name order, and the sort is stable
        people.sort(Comparator.comparingInt((Map.Entry<String, List<DatasetResult>> e) -> e.getValue().size())
                .reversed());
        List<HtmlSvg.Bar> bars = new ArrayList<>();
        for (Map.Entry<String, List<DatasetResult>> e : people) {
            int n = e.getValue().size();
            String tip = HtmlLabel.BAR_TOOLTIP.format(locale, e.getKey(), n);
            bars.add(new HtmlSvg.Bar(e.getKey(), tip, List.of(new HtmlSvg.Segment("bar-late", n, tip))));
        }
        return bars;
    }

    // ---------------------------------------------------------------- annex

    private void annex(ValidationReport report, HtmlOut out) {
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

    // ---------------------------------------------------------------- datasets

    /** The group number of each dataset identifier that has findings, in register order. */
    private static Map<String, Integer> groups(ValidationReport report) {
        Map<String, Integer> groupOf = new LinkedHashMap<>();
        Set<String> withFindings = new HashSet<>();
        for (Finding f : report.findings()) {
            if (f.datasetId() != null) {
                withFindings.add(f.datasetId());
            }
        }
        for (DatasetResult d : report.datasets()) {
            String id = d.identifier();
            if (id != null && withFindings.contains(id) && !groupOf.containsKey(id)) {
                groupOf.put(id, groupOf.size() + 1);
            }
        }
        for (Finding f : report.findings()) {
            String id = f.datasetId();
            if (id != null && !groupOf.containsKey(id)) {
                groupOf.put(id, groupOf.size() + 1);
            }
        }
        return groupOf;
    }

    private void datasets(ValidationReport report, Map<String, Integer> groupOf, HtmlOut out) {
        out.raw("<section id=\"datasets\">\n<h2>").text(HtmlLabel.DATASETS_HEADING.in(locale)).raw("</h2>\n");
        if (report.datasets().isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.NO_DATASETS.in(locale)).raw("</p>\n</section>\n");
            return;
        }
        int total = report.datasets().size();
        out.raw("<div class=\"filter\" id=\"datasets-filter\" hidden=\"hidden\"><label for=\"datasets-filter-input\">")
                .text(HtmlLabel.FILTER.in(locale)).raw("</label> ")
                .raw("<input type=\"search\" id=\"datasets-filter-input\" autocomplete=\"off\"")
                .attr("placeholder", HtmlLabel.FILTER_PLACEHOLDER.in(locale)).raw("/> ")
                .raw("<span class=\"small\" id=\"datasets-filter-count\" aria-live=\"polite\"")
                .attr("data-template", HtmlLabel.FILTER_COUNT.in(locale)).raw(">")
                .text(HtmlLabel.FILTER_COUNT.format(locale, total, total)).raw("</span></div>\n")
                .raw("<p class=\"hint\" id=\"sort-hint\" hidden=\"hidden\">").text(HtmlLabel.SORT_HINT.in(locale))
                .raw("</p>\n");
        out.raw("<div class=\"table-wrap\">\n<table id=\"datasets-table\">\n<thead><tr>");
        thSort(out, HtmlLabel.NUMBER, true);
        thSort(out, HtmlLabel.IDENTIFIER, false);
        thSort(out, HtmlLabel.DATASET_TITLE, false);
        thSort(out, HtmlLabel.STATUS, false);
        thSort(out, HtmlLabel.RESPONSIBLE, false);
        thSort(out, HtmlLabel.TIMELINESS, true, false);
        thSort(out, HtmlLabel.DUE, false);
        thSort(out, HtmlLabel.ERRORS, true);
        thSort(out, HtmlLabel.WARNINGS, true);
        thSort(out, HtmlLabel.RESULT, false);
        out.raw("</tr></thead>\n<tbody>\n");
        Map<String, TimelinessVerdict> fromRegister = registerDue(report);
        for (DatasetResult d : report.datasets()) {
            out.raw("<tr data-index=\"").raw(Integer.toString(d.index())).raw("\" class=\"")
                    .raw(d.passed() ? "row-pass" : "row-fail").raw("\">");
            out.raw("<td class=\"num\">").raw(Integer.toString(d.index() + 1)).raw("</td>");
            out.raw("<td>");
            Integer group = d.identifier() == null ? null : groupOf.get(d.identifier());
            if (d.identifier() == null) {
                none(out);
            } else if (group != null) {
                out.raw("<a href=\"#findings-").raw(Integer.toString(group)).raw("\"><code>").text(d.identifier())
                        .raw("</code></a>");
            } else {
                out.raw("<code>").text(d.identifier()).raw("</code>");
            }
            out.raw("</td><td>");
            textOrNone(out, d.title());
            out.raw("</td><td>");
            textOrNone(out, d.status() == null ? null : HtmlLabel.status(d.status(), locale));
            out.raw("</td><td>");
            textOrNone(out, d.responsible());
            out.raw("</td>");
            TimelinessVerdict v = d.timeliness();
            timeliness(out, v == null && d.identifier() != null ? fromRegister.get(d.identifier()) : v);
            num(out, d.errors());
            num(out, d.warnings());
            out.raw("<td><span class=\"badge ").raw(d.passed() ? "pass" : "fail").raw("\">")
                    .text((d.passed() ? HtmlLabel.PASS : HtmlLabel.FAIL).in(locale)).raw("</span></td>");
            out.raw("</tr>\n");
        }
        out.raw("</tbody>\n</table>\n</div>\n</section>\n");
    }

    /**
     * The timeliness of the datasets that have no verdict (no passport, no portal dates) but whose register
     * entry's next update date has passed: late by the days from that date to the report's day.
     */
    private static Map<String, TimelinessVerdict> registerDue(ValidationReport report) {
        Map<String, TimelinessVerdict> due = new LinkedHashMap<>();
        java.time.LocalDate today = report.generatedAt().atZone(KYIV).toLocalDate();
        for (Finding f : report.findings()) {
            if (f.ruleId().equals("R835-NEXT-UPDATE-OVERDUE") && f.datasetId() != null && f.excerpt() != null) {
                try {
                    java.time.LocalDate date = java.time.LocalDate.parse(f.excerpt());
                    long late = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(date, today));
                    due.putIfAbsent(f.datasetId(), new TimelinessVerdict(TimelinessStatus.LATE, null, date, 0, late,
                            new ua.opendata.core.LocalizedText(HtmlLabel.REGISTER_DUE.in(Locale.forLanguageTag("uk")),
                                    HtmlLabel.REGISTER_DUE.in(Locale.ENGLISH))));
                } catch (java.time.format.DateTimeParseException e) {
                    // an excerpt that is not a date: no verdict from it
                }
            }
        }
        return due;
    }

    // ---------------------------------------------------------------- portal

    /** The findings about the portal rather than the datasets, when there are any. */
    private void portalFindings(AuditResult a, HtmlOut out) {
        if (a.portalFindings().isEmpty()) {
            return;
        }
        out.raw("<h3 id=\"portal-findings\">").text(HtmlLabel.PORTAL_FINDINGS.in(locale)).raw("</h3>\n<p>")
                .text(HtmlLabel.PORTAL_FINDINGS_NOTE.in(locale)).raw("</p>\n<ul class=\"portal-findings\">\n");
        for (ua.opendata.core.rules.Finding f : a.portalFindings()) {
            out.raw("<li><code>").text(f.datasetId() == null ? "" : f.datasetId()).raw("</code> <code>")
                    .text(f.ruleId()).raw("</code> <code>").text(f.path()).raw("</code> ")
                    .text(f.message().get(locale)).raw("</li>\n");
        }
        out.raw("</ul>\n");
    }

    private void portal(AuditResult a, HtmlOut out) {
        out.raw("<section id=\"portal\">\n<h2>").text(HtmlLabel.PORTAL_HEADING.in(locale)).raw("</h2>\n");
        String scope = a.organization() == null ? HtmlLabel.PORTAL_ALL.in(locale)
                : HtmlLabel.PORTAL_ORGANIZATION.format(locale, a.organization());
        out.raw("<p>").text(HtmlLabel.PORTAL_SUMMARY.format(locale, a.datasets().size(), a.fileCount(), scope))
                .raw("</p>\n");
        HtmlLabel source = switch (a.profileSource()) {
            case GIVEN -> HtmlLabel.PROFILE_GIVEN;
            case SCHEMA -> HtmlLabel.PROFILE_SCHEMA;
            case DATASETS -> HtmlLabel.PROFILE_DATASETS;
            case DEFAULT -> HtmlLabel.PROFILE_DEFAULT;
        };
        out.raw("<p id=\"portal-profile\">").text(HtmlLabel.PORTAL_PROFILE.format(locale, a.profile(), source.in(locale)))
                .raw("</p>\n");
        if (a.datasets().isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.PORTAL_EMPTY.in(locale)).raw("</p>\n");
        } else {
            out.raw("<div class=\"table-wrap\">\n<table id=\"portal-table\">\n<thead><tr>");
            th(out, HtmlLabel.NUMBER, true);
            th(out, HtmlLabel.PORTAL_PAGE, false);
            th(out, HtmlLabel.IDENTIFIER, false);
            th(out, HtmlLabel.FILES, false);
            th(out, HtmlLabel.UPDATE_DATE, false);
            th(out, HtmlLabel.TIMELINESS, false);
            th(out, HtmlLabel.RESULT, false);
            out.raw("</tr></thead>\n<tbody>\n");
            int n = 0;
            for (AuditDataset d : a.datasets()) {
                DatasetResult verdict = a.verdict(d).orElse(null);
                n++;
                out.raw("<tr><td class=\"num\">").raw(Integer.toString(n)).raw("</td><td>");
                link(out, d.pageUrl(), d.title() == null || d.title().isBlank() ? d.name() : d.title());
                out.raw("<br/><code class=\"small\">").text(d.name()).raw("</code></td><td><code>").text(d.identifier())
                        .raw("</code></td><td>");
                if (d.files().isEmpty()) {
                    out.raw("<span class=\"none\">").text(HtmlLabel.NO_FILES.in(locale)).raw("</span>");
                } else {
                    out.raw("<ul class=\"files\">");
                    for (AuditFile f : d.files()) {
                        out.raw("<li><code>").text(f.format() == null || f.format().isBlank() ? "?" : f.format())
                                .raw("</code> ");
                        String label = f.name() == null || f.name().isBlank() ? f.url() : f.name();
                        if (f.url() != null && (f.url().startsWith("https://") || f.url().startsWith("http://"))) {
                            link(out, f.url(), label == null ? f.url() : label);
                        } else {
                            textOrNone(out, label);
                        }
                        out.raw(" <span class=\"small\">").text(HtmlLabel.FILE_DATES.format(locale,
                                dateOf(f.lastModified()), dateOf(f.created()))).raw("; ")
                                .text(f.status().state().label().get(locale));
                        if (f.status().detail() != null) {
                            out.raw(": ").text(f.status().detail().get(locale));
                        }
                        out.raw("</span></li>");
                    }
                    out.raw("</ul>");
                }
                out.raw("</td><td>");
                if (d.evidence() == null) {
                    none(out);
                } else {
                    out.raw(DATE.format(d.evidence().date())).raw(" <span class=\"small\">(")
                            .text(HtmlLabel.basis(d.evidence().basis(), locale)).raw(")</span>");
                }
                out.raw("</td>");
                if (verdict == null) {
                    out.raw("<td>");
                    none(out);
                    out.raw("</td><td>");
                    none(out);
                    out.raw("</td>");
                } else {
                    out.raw("<td>");
                    textOrNone(out, verdict.timeliness() == null ? null
                            : verdict.timeliness().status().label().get(locale));
                    out.raw("</td><td><span class=\"badge ").raw(verdict.passed() ? "pass" : "fail").raw("\">")
                            .text((verdict.passed() ? HtmlLabel.PASS : HtmlLabel.FAIL).in(locale)).raw("</span></td>");
                }
                out.raw("</tr>\n");
            }
            out.raw("</tbody>\n</table>\n</div>\n");
        }
        out.raw("<h3>").text(HtmlLabel.PORTAL_COMPARISON.in(locale)).raw("</h3>\n");
        if (!a.compared()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.PORTAL_NOT_COMPARED.in(locale)).raw("</p>\n");
        } else if (a.comparison().isEmpty()) {
            out.raw("<p>").text(HtmlLabel.PORTAL_SAME.in(locale)).raw("</p>\n");
        } else {
            out.raw("<div class=\"table-wrap\">\n<table id=\"portal-comparison\">\n<thead><tr>");
            th(out, HtmlLabel.DIFFERENCE, false);
            th(out, HtmlLabel.IDENTIFIER, false);
            th(out, HtmlLabel.PORTAL_PAGE, false);
            th(out, HtmlLabel.FIELD, false);
            th(out, HtmlLabel.IN_REGISTER, false);
            th(out, HtmlLabel.ON_PORTAL, false);
            out.raw("</tr></thead>\n<tbody>\n");
            for (AuditDifference x : a.comparison()) {
                HtmlLabel kind = switch (x.kind()) {
                    case MISSING -> HtmlLabel.KIND_MISSING;
                    case EXTRA -> HtmlLabel.KIND_EXTRA;
                    case DIFFERENT -> HtmlLabel.KIND_DIFFERENT;
                };
                out.raw("<tr class=\"diff-").raw(x.kind().name().toLowerCase(Locale.ROOT)).raw("\"><td>")
                        .text(kind.in(locale)).raw("</td><td>");
                if (x.identifier() == null) {
                    none(out);
                } else {
                    out.raw("<code>").text(x.identifier()).raw("</code>");
                }
                out.raw("</td><td>");
                if (x.datasetName() == null) {
                    none(out);
                } else {
                    link(out, a.pageBase() + x.datasetName(), x.datasetName());
                }
                out.raw("</td><td>");
                if (x.field() == null) {
                    none(out);
                } else {
                    out.raw("<code>").text(x.field()).raw("</code>");
                }
                out.raw("</td><td>");
                textOrNone(out, x.registerValue());
                out.raw("</td><td>");
                textOrNone(out, x.portalValue());
                out.raw("</td></tr>\n");
            }
            out.raw("</tbody>\n</table>\n</div>\n");
        }
        List<MappingNote> notes = new java.util.ArrayList<>(a.notes());
        for (AuditDataset d : a.datasets()) {
            notes.addAll(d.notes());
        }
        if (!notes.isEmpty()) {
            out.raw("<h3>").text(HtmlLabel.PORTAL_NOTES.in(locale)).raw("</h3>\n<ul>");
            for (MappingNote note : notes) {
                out.raw("<li><code>").text(note.element()).raw("</code> ").text(note.message().get(locale)).raw("</li>");
            }
            out.raw("</ul>\n");
        }
        portalFindings(a, out);
        out.raw("</section>\n");
    }

    /** A link to the portal (http/https only; anything else is shown as text). */
    private static void link(HtmlOut out, String href, String text) {
        if (href.startsWith("https://") || href.startsWith("http://")) {
            out.raw("<a").attr("href", href).raw(" rel=\"external noopener noreferrer\">").text(text).raw("</a>");
        } else {
            out.text(text);
        }
    }

    private String dateOf(java.time.@Nullable Instant instant) {
        return instant == null ? HtmlLabel.NONE.in(locale) : DATE.format(instant.atZone(KYIV));
    }

    /**
     * The sort key of a timeliness cell: days late for a late dataset, so that sorting down puts the
     * latest first; 0 for on time; below that the verdicts without a day count, and no verdict last.
     */
    private static long timelinessKey(@Nullable TimelinessVerdict v) {
        if (v == null) {
            return -10;
        }
        return switch (v.status()) {
            case LATE -> Math.max(1, v.daysLate());
            case ON_TIME -> 0;
            case NEVER_PUBLISHED -> -1;
            case NOT_CHECKABLE -> -2;
            case NO_LONGER_UPDATED -> -3;
        };
    }

    private void timeliness(HtmlOut out, @Nullable TimelinessVerdict v) {
        if (v == null) {
            out.raw("<td data-sort=\"").raw(Long.toString(timelinessKey(null))).raw("\">");
            none(out);
            out.raw("</td><td data-sort=\"\">");
            none(out);
            out.raw("</td>");
            return;
        }
        String css = switch (v.status()) {
            case LATE -> "t-late";
            case ON_TIME -> "t-on-time";
            default -> "t-other";
        };
        out.raw("<td class=\"").raw(css).raw("\" data-sort=\"").raw(Long.toString(timelinessKey(v))).raw("\"");
        if (v.reason() != null) {
            out.attr("title", v.reason().get(locale));
        } else if (v.evidence() != null) {
            out.attr("title", HtmlLabel.LAST_UPDATE.format(locale, DATE.format(v.evidence().date()),
                    HtmlLabel.basis(v.evidence().basis(), locale)));
        }
        out.raw(">").text(v.status().label().get(locale));
        if (v.status() == TimelinessStatus.LATE && v.daysLate() > 0) {
            out.raw(" <span class=\"small days\">").text(HtmlLabel.DAYS_LATE.format(locale, v.daysLate())).raw("</span>");
        }
        out.raw("</td>");
        if (v.dueDate() == null) {
            out.raw("<td data-sort=\"\">");
            none(out);
            out.raw("</td>");
        } else {
            out.raw("<td data-sort=\"").raw(v.dueDate().toString()).raw("\">").raw(DATE.format(v.dueDate()))
                    .raw("</td>");
        }
    }

    // ---------------------------------------------------------------- findings

    private void findings(ValidationReport report, Map<String, Integer> groupOf, HtmlOut out) {
        out.raw("<section id=\"findings\">\n<h2>").text(HtmlLabel.FINDINGS_HEADING.in(locale)).raw("</h2>\n");
        if (report.findings().isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.NO_FINDINGS.in(locale)).raw("</p>\n</section>\n");
            return;
        }
        Map<String, List<Finding>> byDataset = new LinkedHashMap<>();
        for (String id : groupOf.keySet()) {
            byDataset.put(id, new ArrayList<>());
        }
        List<Finding> register = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.datasetId() == null) {
                register.add(f);
            } else {
                byDataset.get(f.datasetId()).add(f);
            }
        }
        Map<String, @Nullable String> titles = new LinkedHashMap<>();
        for (DatasetResult d : report.datasets()) {
            if (d.identifier() != null && !titles.containsKey(d.identifier())) {
                titles.put(d.identifier(), d.title());
            }
        }
        for (Map.Entry<String, List<Finding>> e : byDataset.entrySet()) {
            out.raw("<section class=\"group\" id=\"findings-").raw(Integer.toString(groupOf.get(e.getKey())))
                    .raw("\">\n<h3><code>").text(e.getKey()).raw("</code>");
            String t = titles.get(e.getKey());
            if (t != null) {
                out.raw(" <span>").text(t).raw("</span>");
            }
            groupCounts(out, e.getValue());
            out.raw(" <a class=\"back small\" href=\"#datasets\">").text(HtmlLabel.BACK_TO_TABLE.in(locale))
                    .raw("</a></h3>\n");
            findingTable(out, e.getValue());
            out.raw("</section>\n");
        }
        if (!register.isEmpty()) {
            boolean unnamed = report.datasets().stream().anyMatch(d -> d.identifier() == null);
            out.raw("<section class=\"group\" id=\"findings-register\">\n<h3><span>")
                    .text((unnamed ? HtmlLabel.REGISTER_GROUP_AND_UNNAMED : HtmlLabel.REGISTER_GROUP).in(locale))
                    .raw("</span>");
            groupCounts(out, register);
            out.raw("</h3>\n");
            findingTable(out, register);
            out.raw("</section>\n");
        }
        out.raw("</section>\n");
    }

    private void groupCounts(HtmlOut out, List<Finding> findings) {
        out.raw(" <span class=\"small\">").text(HtmlLabel.GROUP_COUNT.format(locale, findings.size())).raw("</span>");
        for (Severity s : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                out.raw(" <span class=\"badge sev-").raw(cssName(s)).raw("\">").text(HtmlLabel.severity(s, locale))
                        .raw(" ").raw(Long.toString(n)).raw("</span>");
            }
        }
    }

    private void findingTable(HtmlOut out, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity)); // stable: report order within a severity
        out.raw("<div class=\"table-wrap\">\n<table class=\"findings\">\n<thead><tr>");
        th(out, HtmlLabel.SEVERITY, false);
        th(out, HtmlLabel.RULE, false);
        th(out, HtmlLabel.PATH, false);
        th(out, HtmlLabel.MESSAGE, false);
        th(out, HtmlLabel.EXCERPT, false);
        out.raw("</tr></thead>\n<tbody>\n");
        for (Finding f : sorted) {
            Optional<Rule> rule = RuleCatalogue.standard().find(f.ruleId());
            out.raw("<tr class=\"f-").raw(cssName(f.severity())).raw("\"><td><span class=\"badge sev-")
                    .raw(cssName(f.severity())).raw("\">").text(HtmlLabel.severity(f.severity(), locale))
                    .raw("</span></td>");
            out.raw("<td>");
            if (rule.isPresent()) {
                out.raw("<a href=\"#").raw(ruleAnchor(rule.get())).raw("\"><code")
                        .attr("title", rule.get().description().get(locale)).raw(">").text(f.ruleId())
                        .raw("</code></a>");
            } else {
                out.raw("<code>").text(f.ruleId()).raw("</code>");
            }
            out.raw("<span class=\"source\">");
            if (rule.isPresent()) {
                Rule r = rule.get();
                out.text(HtmlLabel.SOURCE.format(locale, r.source().document(), r.source().clause(),
                        HtmlLabel.certainty(r.source().certainty(), locale)));
            } else {
                out.text(HtmlLabel.UNKNOWN_RULE.in(locale));
            }
            out.raw("</span></td>");
            out.raw("<td><code>").text(f.path()).raw("</code></td>");
            out.raw("<td>").text(f.message().get(locale)).raw("<br/><span class=\"fix\">")
                    .text(HtmlLabel.FIX.in(locale)).raw(" ").text(f.fix().get(locale)).raw("</span></td>");
            out.raw("<td>");
            if (f.excerpt() == null || f.excerpt().isEmpty()) {
                none(out);
            } else {
                out.raw("<code>").text(f.excerpt()).raw("</code>");
            }
            out.raw("</td></tr>\n");
        }
        out.raw("</tbody>\n</table>\n</div>\n");
    }

    // ---------------------------------------------------------------- rules

    /** The catalogue's rules that found something, in catalogue order, with their sources as text. */
    private void rules(ValidationReport report, HtmlOut out) {
        Map<String, Long> counts = report.countByRule();
        List<Rule> rules = RuleCatalogue.standard().rules().stream().filter(r -> counts.containsKey(r.id())).toList();
        out.raw("<section id=\"rules\">\n<h2>").text(HtmlLabel.RULES_HEADING.in(locale)).raw("</h2>\n");
        if (rules.isEmpty()) {
            out.raw("<p class=\"none\">").text(HtmlLabel.NO_FINDINGS.in(locale)).raw("</p>\n</section>\n");
            return;
        }
        out.raw("<div class=\"table-wrap\">\n<table id=\"rules-table\">\n<thead><tr>");
        th(out, HtmlLabel.RULE, false);
        th(out, HtmlLabel.FINDINGS_COUNT, true);
        th(out, HtmlLabel.DESCRIPTION, false);
        th(out, HtmlLabel.SOURCE_HEADER, false);
        out.raw("</tr></thead>\n<tbody>\n");
        for (Rule r : rules) {
            out.raw("<tr id=\"").raw(ruleAnchor(r)).raw("\"><td><code>").text(r.id()).raw("</code></td>");
            num(out, counts.get(r.id()));
            out.raw("<td>").text(r.description().get(locale)).raw("</td><td>").text(r.source().document())
                    .raw(", ").text(r.source().clause()).raw(" <span class=\"small\">(")
                    .text(HtmlLabel.certainty(r.source().certainty(), locale)).raw(")</span>");
            if (r.source().url() != null) {
                // as text, never as a link: the page loads and links to nothing outside itself
                out.raw("<span class=\"source\">").text(HtmlLabel.SOURCE_URL.in(locale)).raw(" <code>")
                        .text(r.source().url()).raw("</code></span>");
            }
            out.raw("</td></tr>\n");
        }
        out.raw("</tbody>\n</table>\n</div>\n</section>\n");
    }

    /** The anchor of a catalogue rule; catalogue ids are letters, digits and hyphens. */
    private static String ruleAnchor(Rule rule) {
        return "rule-" + rule.id().replaceAll("[^A-Za-z0-9-]", "_");
    }

    // ---------------------------------------------------------------- small pieces

    private void th(HtmlOut out, HtmlLabel label, boolean numeric) {
        out.raw(numeric ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">").text(label.in(locale))
                .raw("</th>");
    }

    /** A header the script sorts by: as numbers ({@code data-sort} or the cell text) or as text. */
    private void thSort(HtmlOut out, HtmlLabel label, boolean numeric) {
        thSort(out, label, numeric, numeric);
    }

    private void thSort(HtmlOut out, HtmlLabel label, boolean numeric, boolean alignRight) {
        out.raw("<th").raw(alignRight ? " class=\"num\"" : "").raw(" scope=\"col\"")
                .raw(numeric ? " data-type=\"number\"" : "").raw(">").text(label.in(locale)).raw("</th>");
    }

    private static void num(HtmlOut out, long n) {
        out.raw("<td class=\"num\">").raw(Long.toString(n)).raw("</td>");
    }

    private void none(HtmlOut out) {
        out.raw("<span class=\"none\">").text(HtmlLabel.NONE.in(locale)).raw("</span>");
    }

    private void textOrNone(HtmlOut out, @Nullable String text) {
        if (text == null || text.isBlank()) {
            none(out);
        } else {
            out.text(text);
        }
    }

    private static String cssName(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private boolean uk() {
        return "uk".equals(locale.getLanguage());
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("/ua/opendata/core/report/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The HTML report resource ua/opendata/core/report/html/" + name
                        + " is missing from the classpath; rebuild the ua-opendata-core jar.");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (text.contains("]]>") || text.toLowerCase(Locale.ROOT).contains("</s")) {
                throw new IllegalStateException("The HTML report resource " + name
                        + " must not contain ']]>' or '</'; it is inlined in the page.");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the HTML report resource " + name, e);
        }
    }
}
