package ua.opendata.core.report;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.internal.text.Catalog;
import ua.opendata.core.rules.Certainty;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.UpdateEvidence;
import ua.opendata.core.text.Messages;
import ua.opendata.passport.EntryStatus;

/**
 * The fixed texts of the HTML report, from the {@code ReportMessages} bundles (Ukrainian base file,
 * {@code _en}): each constant's key is its name in lower case with dots for underscores. Texts with
 * {@code {0}}, {@code {1}} take arguments as text. Not for public use.
 */
enum HtmlLabel {
    /** The default title. */
    TITLE,
    /** Before the generation time. */
    GENERATED,
    /** The day the state was judged on, when not the day of generation. */
    AS_OF,
    /** Navigation landmark label. */
    CONTENTS,
    /** Summary counts. */
    SUMMARY,
    /** Count label. */
    DATASETS_COUNT,
    /** Count label. */
    PASSED_COUNT,
    /** Count label. */
    FAILED_COUNT,
    /** Count label. */
    ERRORS_COUNT,
    /** Count label. */
    WARNINGS_COUNT,
    /** Count label. */
    INFOS_COUNT,
    /** KPI section heading. */
    KPI_HEADING,
    /** The KPI sentence: passed, total, KPI, target. */
    KPI_TEXT,
    /** Under the gauge when the target is met. */
    KPI_MET,
    /** Under the gauge when the target is missed: how many more datasets must pass. */
    KPI_MISSED,
    /** Under the gauge for an empty register. */
    KPI_EMPTY,
    /** Gauge description for screen readers. */
    GAUGE_LABEL,
    /** Target mark label. */
    TARGET,
    /** The "fix these first" heading. */
    FIX_FIRST_HEADING,
    /** Under the heading: datasets, KPI now, KPI after, target. */
    FIX_FIRST_TEXT,
    /** No failing dataset. */
    FIX_FIRST_NONE,
    /** A person's group: name, number of datasets. */
    FIX_FIRST_PERSON,
    /** A person not named in the register. */
    FIX_FIRST_NOBODY,
    /** Timeliness from the register's next update date (no passport, no portal dates). */
    REGISTER_DUE,
    /** Charts section heading. */
    CHARTS_HEADING,
    /** Chart caption. */
    CHART_RULES,
    /** Chart caption. */
    CHART_OVERDUE,
    /** Empty chart. */
    NO_FINDINGS_CHART,
    /** Empty chart. */
    NO_OVERDUE,
    /** Chart bar tooltip: label, count. */
    BAR_TOOLTIP,
    /** Annex section heading. */
    ANNEX_HEADING,
    /** Annex not checked. */
    ANNEX_NONE,
    /** Annex table header. */
    SECTION,
    /** Annex table header. */
    TOTAL,
    /** Annex table header. */
    PUBLISHED,
    /** Annex table header. */
    PLANNED,
    /** Annex table header. */
    RESTRICTED,
    /** Annex table header. */
    MISSING,
    /** Annex details summary: count. */
    MISSING_LIST,
    /** Annex table: nothing missing. */
    NOTHING_MISSING,
    /** Datasets section heading. */
    DATASETS_HEADING,
    /** Hint above the table. */
    SORT_HINT,
    /** Filter input label. */
    FILTER,
    /** Filter placeholder. */
    FILTER_PLACEHOLDER,
    /** Filter result: shown, total. */
    FILTER_COUNT,
    /** Dataset table header. */
    NUMBER,
    /** Dataset table header. */
    IDENTIFIER,
    /** Dataset table header. */
    DATASET_TITLE,
    /** Dataset table header. */
    STATUS,
    /** Dataset table header. */
    RESPONSIBLE,
    /** Dataset table header. */
    TIMELINESS,
    /** Dataset table header. */
    DUE,
    /** Dataset table header. */
    ERRORS,
    /** Dataset table header. */
    WARNINGS,
    /** Dataset table header. */
    RESULT,
    /** Result cell. */
    PASS,
    /** Result cell. */
    FAIL,
    /** Days late, after the timeliness label. */
    DAYS_LATE,
    /** Timeliness tooltip: date of the last update, which date it is. */
    LAST_UPDATE,
    /** No datasets. */
    NO_DATASETS,
    /** Findings section heading. */
    FINDINGS_HEADING,
    /** No findings. */
    NO_FINDINGS,
    /** Group heading for findings without a dataset. */
    REGISTER_GROUP,
    /** Group heading when entries without an identifier exist too. */
    REGISTER_GROUP_AND_UNNAMED,
    /** Group count: number of findings. */
    GROUP_COUNT,
    /** Findings table header. */
    SEVERITY,
    /** Findings table header. */
    RULE,
    /** Findings table header. */
    PATH,
    /** Findings table header. */
    MESSAGE,
    /** Findings table header. */
    EXCERPT,
    /** Before the fix. */
    FIX,
    /** Rule source line: document, clause, certainty. */
    SOURCE,
    /** Unknown rule id. */
    UNKNOWN_RULE,
    /** Link back to the table. */
    BACK_TO_TABLE,
    /** Rules section heading. */
    RULES_HEADING,
    /** Rules table header. */
    DESCRIPTION,
    /** Rules table header. */
    SOURCE_HEADER,
    /** Rules table header. */
    FINDINGS_COUNT,
    /** Before a source's address, shown as text. */
    SOURCE_URL,
    /** Footer. */
    FOOTER,
    /** Placeholder for a missing value. */
    NONE,
    /** Portal section heading. */
    PORTAL_HEADING,
    /** Portal summary: datasets, files, organization or the whole portal. */
    PORTAL_SUMMARY,
    /** The whole portal was audited. */
    PORTAL_ALL,
    /** The audited organization. */
    PORTAL_ORGANIZATION,
    /** Portal table header. */
    PORTAL_PAGE,
    /** Portal table header. */
    FILES,
    /** Portal table header. */
    UPDATE_DATE,
    /** No resources. */
    NO_FILES,
    /** A file's dates: last modified, created. */
    FILE_DATES,
    /** The profile the portal was read with, and how it was chosen. */
    PORTAL_PROFILE,
    /** Profile source. */
    PROFILE_GIVEN,
    /** Profile source. */
    PROFILE_SCHEMA,
    /** Profile source. */
    PROFILE_DATASETS,
    /** Profile source. */
    PROFILE_DEFAULT,
    /** Portal findings sub-heading. */
    PORTAL_FINDINGS,
    /** What the portal findings are. */
    PORTAL_FINDINGS_NOTE,
    /** No datasets on the portal. */
    PORTAL_EMPTY,
    /** Comparison sub-heading. */
    PORTAL_COMPARISON,
    /** Nothing differs. */
    PORTAL_SAME,
    /** No register was compared. */
    PORTAL_NOT_COMPARED,
    /** Comparison table header. */
    DIFFERENCE,
    /** Comparison table header. */
    FIELD,
    /** Comparison table header. */
    IN_REGISTER,
    /** Comparison table header. */
    ON_PORTAL,
    /** Kind of difference. */
    KIND_MISSING,
    /** Kind of difference. */
    KIND_EXTRA,
    /** Kind of difference. */
    KIND_DIFFERENT,
    /** Notes sub-heading. */
    PORTAL_NOTES,
    /** Annex positions on the portal: heading. */
    PRESENCE_HEADING,
    /** Annex positions: version, sections, why they bind. */
    PRESENCE_SECTIONS,
    /** Annex positions: present, restricted, unsure, missing, extra datasets. */
    PRESENCE_COUNTS,
    /** Annex positions table header. */
    POSITION,
    /** Annex positions table header. */
    PRESENCE_STATE,
    /** Annex positions table header. */
    MATCHED_BY,
    /** Verdict on a position. */
    STATE_PRESENT,
    /** Verdict on a position. */
    STATE_RESTRICTED,
    /** Verdict on a position. */
    STATE_UNSURE,
    /** Verdict on a position. */
    STATE_MISSING,
    /** Why the sections bind: given. */
    BASIS_GIVEN,
    /** Why the sections bind: the holder table; holder. */
    BASIS_HOLDER_TABLE,
    /** Why the sections bind: a holder of the table without a section of its own; holder. */
    BASIS_HOLDER_WITHOUT_SECTION,
    /** Why the sections bind: the organization's title. */
    BASIS_PUBLISHER_NAME,
    /** Why the sections bind: nothing told. */
    BASIS_DEFAULT,
    /** Datasets fulfilling no position: count. */
    EXTRA_LIST,
    /** A dataset proposed for a position but not taken: position, method. */
    PROPOSED,
    /** The portal summary page: title. */
    SWEEP_TITLE,
    /** The portal summary page: organizations audited. */
    SWEEP_TEXT,
    /** The portal summary table header. */
    ORGANIZATION,
    /** The portal summary table header. */
    HOLDER,
    /** The portal summary table header. */
    LATE,
    /** The portal summary table header. */
    EXTRA,
    /** The portal summary table: link to an organization's report. */
    REPORT_LINK,
    /** Above a paged table: rows shown, rows in all. */
    PAGED_NOTE,
    /** The pager's landmark label. */
    PAGER,
    /** The pager's button. */
    PAGER_PREVIOUS,
    /** The pager's button. */
    PAGER_NEXT,
    /** The pager's position: page, pages. */
    PAGER_PAGE,
    /** A data file that did not load. */
    PAGER_ERROR,
    /** Above the findings of a paged page. */
    FINDINGS_PAGED,
    /** Under a list cut short: how many more items. */
    MORE,
    /** The "worst datasets" heading of a paged page. */
    WORST_HEADING;

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '.');

    /** The text in the report language. */
    public String in(Locale locale) {
        return text(key, locale);
    }

    /** The text in the report language with {@code {i}} replaced by the arguments. */
    public String format(Locale locale, Object... args) {
        return text(key, locale, args);
    }

    /** The label of a severity. */
    public static String severity(Severity severity, Locale locale) {
        return text("severity." + severity.name(), locale);
    }

    /** The label of a source's certainty. */
    public static String certainty(Certainty certainty, Locale locale) {
        return text("certainty." + certainty.name(), locale);
    }

    /** The label of the basis of update evidence. */
    public static String basis(UpdateEvidence.Basis basis, Locale locale) {
        return text("basis." + basis.name(), locale);
    }

    /** The message of an exception when the report cannot be written, English / Ukrainian. */
    public static String writeFailed(@Nullable String cause) {
        return Catalog.bilingual(Messages.REPORT, "report.writeFailed", cause);
    }

    private static String text(String key, Locale locale, Object... args) {
        return Catalog.format(Catalog.pattern(Messages.REPORT, key, locale), args);
    }

    /** The label of a register entry status. */
    public static String status(EntryStatus status, Locale locale) {
        return "uk".equals(locale.getLanguage()) ? status.labelUk() : status.code();
    }
}
