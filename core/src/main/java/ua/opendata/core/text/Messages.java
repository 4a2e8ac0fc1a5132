package ua.opendata.core.text;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import ua.opendata.core.LocalizedText;

/**
 * The bundles of the SDK's messages and their rendering in a language.
 *
 * <p>Every text a person reads (a finding's message and fix, a plan's reasons, the labels of the
 * HTML report…) is a {@link LocalizedText}: a key in one of the bundles below with its arguments.
 * Each bundle is a set of UTF-8 properties files on the class path: {@code Name.properties}
 * (Ukrainian, the base file) and {@code Name_en.properties} (English) ship in the jar.
 *
 * <p><b>Adding a language.</b> Put {@code Name_<language>.properties} (or
 * {@code Name_<language>_<COUNTRY>.properties}) in the same package folder on the class path, e.g.
 * {@code ua/opendata/core/rules/RuleMessages_pl.properties}, with the keys of the English file
 * translated ({@code {0}}, {@code {1}}… are the arguments; quoting as in
 * {@link java.text.MessageFormat}: {@code ''} is an apostrophe). Files are looked up through the
 * thread's context class loader, then the SDK's own, and read once.
 *
 * <p><b>Fallback.</b> A key is looked up in the files of the requested language, most specific
 * first ({@code _pl_PL}, then {@code _pl}), then in English ({@code _en}), then in the Ukrainian base
 * file: a language without files, or a key a translation lacks, reads English. Ukrainian
 * ({@code uk}) reads the base file. A fixed text (one read back from a saved report or plan) has
 * Ukrainian and English only: any other language reads the English.
 *
 * <p>The HTML report ({@code ua.opendata.core.report.HtmlReport}) is written in Ukrainian or
 * English only; its labels are in {@link #REPORT}.
 */
public final class Messages {

    /** The rulebook's texts: each rule's description, message and fix, and the timeliness texts. */
    public static final String RULES = "ua.opendata.core.rules.RuleMessages";
    /** The checks of CSV file contents. */
    public static final String CONTENT = "ua.opendata.core.content.ContentMessages";
    /** The checks of the files behind portal resources. */
    public static final String PROBE = "ua.opendata.core.probe.ResourceMessages";
    /** The notes of the passport ↔ portal mapping. */
    public static final String MAPPING = "ua.opendata.core.mapping.MappingMessages";
    /** The publish workflow: plan and apply texts. */
    public static final String PUBLISH = "ua.opendata.core.publish.PublishMessages";
    /** The portal audit. */
    public static final String AUDIT = "ua.opendata.core.audit.AuditMessages";
    /** The labels of the HTML report. */
    public static final String REPORT = "ua.opendata.core.report.ReportMessages";

    private Messages() {
    }

    /**
     * The base names of every bundle the SDK's texts come from.
     *
     * @return the base names, e.g. {@code ua.opendata.core.rules.RuleMessages}
     */
    public static List<String> bundles() {
        return List.of(RULES, CONTENT, PROBE, MAPPING, PUBLISH, AUDIT, REPORT);
    }

    /**
     * Renders a text in a language (the same as {@link LocalizedText#get(Locale)}).
     *
     * @param text   the text, e.g. a finding's {@code message()}
     * @param locale the language; see the fallback above
     * @return the text in that language
     */
    public static String render(LocalizedText text, Locale locale) {
        return Objects.requireNonNull(text, "text").get(Objects.requireNonNull(locale, "locale"));
    }
}
