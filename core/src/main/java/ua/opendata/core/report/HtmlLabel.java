package ua.opendata.core.report;

import java.util.Locale;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.rules.Certainty;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.UpdateEvidence;
import ua.opendata.passport.EntryStatus;

/**
 * The fixed texts of the HTML report in Ukrainian and English. Texts with {@code {0}}, {@code {1}}
 * take arguments by plain replacement (no {@link java.text.MessageFormat} quoting rules). Not for
 * public use.
 */
enum HtmlLabel {
    /** The default title. */
    TITLE("Звіт про відповідність постанові КМУ № 835", "Resolution 835 compliance report"),
    /** Before the generation time. */
    GENERATED("Сформовано {0} (за київським часом)", "Generated {0} (Kyiv time)"),
    /** Navigation landmark label. */
    CONTENTS("Зміст", "Contents"),
    /** Summary counts. */
    SUMMARY("Підсумок", "Summary"),
    /** Count label. */
    DATASETS_COUNT("Наборів даних", "Datasets"),
    /** Count label. */
    PASSED_COUNT("Відповідають", "Meet the recommendations"),
    /** Count label. */
    FAILED_COUNT("Не відповідають", "Do not meet"),
    /** Count label. */
    ERRORS_COUNT("Помилок", "Errors"),
    /** Count label. */
    WARNINGS_COUNT("Попереджень", "Warnings"),
    /** Count label. */
    INFOS_COUNT("Інформаційних", "Info"),
    /** KPI section heading. */
    KPI_HEADING("Показник відповідності (KPI)", "Compliance KPI"),
    /** The KPI sentence: passed, total, KPI, target. */
    KPI_TEXT("{0} з {1} наборів відповідають (KPI {2}, ціль {3})",
            "{0} of {1} datasets meet the recommendations (KPI {2}, target {3})"),
    /** Under the gauge when the target is met. */
    KPI_MET("Ціль досягнуто.", "The target is met."),
    /** Under the gauge when the target is missed: how many more datasets must pass. */
    KPI_MISSED("Ціль не досягнуто: кількість наборів, що відповідають рекомендаціям, треба збільшити щонайменше на {0}.",
            "The target is missed: the number of datasets that meet the recommendations must grow by at least {0}."),
    /** Under the gauge for an empty register. */
    KPI_EMPTY("У реєстрі немає наборів даних: KPI не обчислюється.",
            "The register has no datasets: there is no KPI."),
    /** Gauge description for screen readers. */
    GAUGE_LABEL("KPI {0}, ціль {1}", "KPI {0}, target {1}"),
    /** Target mark label. */
    TARGET("ціль", "target"),
    /** The "fix these first" heading. */
    FIX_FIRST_HEADING("Виправте насамперед", "Fix these first"),
    /** Under the heading: datasets, KPI now, KPI after, target. */
    FIX_FIRST_TEXT("Виправлення цих {0} наборів підніме KPI з {1} до {2} (ціль {3}). Це набори з найменшою кількістю "
            + "помилок: кожен виправлений набір додає до KPI однаково.",
            "Fixing these {0} datasets raises the KPI from {1} to {2} (target {3}). They are the datasets with the "
            + "fewest errors: every dataset fixed adds the same to the KPI."),
    /** No failing dataset. */
    FIX_FIRST_NONE("Усі набори відповідають рекомендаціям: виправляти нічого.",
            "Every dataset meets the recommendations: nothing to fix."),
    /** A person's group: name, number of datasets. */
    FIX_FIRST_PERSON("{0} — наборів: {1}", "{0} — {1} datasets"),
    /** A person not named in the register. */
    FIX_FIRST_NOBODY("Відповідальну особу не вказано", "No responsible person named"),
    /** Timeliness from the register's next update date (no passport, no portal dates). */
    REGISTER_DUE("За датою наступного оновлення в реєстрі", "By the next update date in the register"),
    /** Charts section heading. */
    CHARTS_HEADING("Діаграми", "Charts"),
    /** Chart caption. */
    CHART_RULES("Зауваження за правилами (до 15 найчастіших)", "Findings by rule (up to the 15 most frequent)"),
    /** Chart caption. */
    CHART_OVERDUE("Невчасно оновлені набори за відповідальними особами",
            "Late datasets by responsible person"),
    /** Empty chart. */
    NO_FINDINGS_CHART("Зауважень немає.", "No findings."),
    /** Empty chart. */
    NO_OVERDUE("Невчасно оновлених наборів немає.", "No late datasets."),
    /** Chart bar tooltip: label, count. */
    BAR_TOOLTIP("{0}: {1}", "{0}: {1}"),
    /** Annex section heading. */
    ANNEX_HEADING("Покриття додатка до постанови № 835", "Coverage of the Resolution 835 annex"),
    /** Annex not checked. */
    ANNEX_NONE("Покриття додатка не перевірялося (перевірено лише паспорт або розділи не обрано).",
            "Annex coverage was not checked (only a passport was checked, or no section applies)."),
    /** Annex table header. */
    SECTION("Розділ", "Section"),
    /** Annex table header. */
    TOTAL("Усього", "Total"),
    /** Annex table header. */
    PUBLISHED("Оприлюднено", "Published"),
    /** Annex table header. */
    PLANNED("Заплановано", "Planned"),
    /** Annex table header. */
    RESTRICTED("Обмежено", "Restricted"),
    /** Annex table header. */
    MISSING("Відсутні", "Missing"),
    /** Annex details summary: count. */
    MISSING_LIST("Відсутні набори ({0})", "Missing datasets ({0})"),
    /** Annex table: nothing missing. */
    NOTHING_MISSING("усі є", "none"),
    /** Datasets section heading. */
    DATASETS_HEADING("Набори даних", "Datasets"),
    /** Hint above the table. */
    SORT_HINT("Натисніть заголовок стовпця, щоб упорядкувати.", "Click a column header to sort."),
    /** Filter input label. */
    FILTER("Фільтр", "Filter"),
    /** Filter placeholder. */
    FILTER_PLACEHOLDER("ідентифікатор, назва, особа…", "identifier, title, person…"),
    /** Filter result: shown, total. */
    FILTER_COUNT("показано {0} з {1}", "showing {0} of {1}"),
    /** Dataset table header. */
    NUMBER("№", "No."),
    /** Dataset table header. */
    IDENTIFIER("Ідентифікатор", "Identifier"),
    /** Dataset table header. */
    DATASET_TITLE("Назва", "Title"),
    /** Dataset table header. */
    STATUS("Статус", "Status"),
    /** Dataset table header. */
    RESPONSIBLE("Відповідальна особа", "Responsible"),
    /** Dataset table header. */
    TIMELINESS("Своєчасність", "Timeliness"),
    /** Dataset table header. */
    DUE("Оновити до", "Due"),
    /** Dataset table header. */
    ERRORS("Помилки", "Errors"),
    /** Dataset table header. */
    WARNINGS("Попередження", "Warnings"),
    /** Dataset table header. */
    RESULT("Результат", "Result"),
    /** Result cell. */
    PASS("відповідає", "pass"),
    /** Result cell. */
    FAIL("не відповідає", "fail"),
    /** Days late, after the timeliness label. */
    DAYS_LATE("{0} дн. прострочення", "{0} days late"),
    /** Timeliness tooltip: date of the last update, which date it is. */
    LAST_UPDATE("Останнє оновлення {0} ({1})", "Last updated {0} ({1})"),
    /** No datasets. */
    NO_DATASETS("Наборів даних немає.", "No datasets."),
    /** Findings section heading. */
    FINDINGS_HEADING("Зауваження", "Findings"),
    /** No findings. */
    NO_FINDINGS("Зауважень немає.", "No findings."),
    /** Group heading for findings without a dataset. */
    REGISTER_GROUP("Реєстр у цілому", "The register as a whole"),
    /** Group heading when entries without an identifier exist too. */
    REGISTER_GROUP_AND_UNNAMED("Реєстр у цілому та записи без ідентифікатора",
            "The register as a whole and entries without an identifier"),
    /** Group count: number of findings. */
    GROUP_COUNT("{0} зауваж.", "{0} findings"),
    /** Findings table header. */
    SEVERITY("Рівень", "Severity"),
    /** Findings table header. */
    RULE("Правило", "Rule"),
    /** Findings table header. */
    PATH("Місце", "Path"),
    /** Findings table header. */
    MESSAGE("Опис і виправлення", "Message and fix"),
    /** Findings table header. */
    EXCERPT("Фрагмент", "Excerpt"),
    /** Before the fix. */
    FIX("Як виправити:", "How to fix:"),
    /** Rule source line: document, clause, certainty. */
    SOURCE("Джерело: {0}, {1} ({2})", "Source: {0}, {1} ({2})"),
    /** Unknown rule id. */
    UNKNOWN_RULE("правило невідоме каталогу", "rule not in the catalogue"),
    /** Link back to the table. */
    BACK_TO_TABLE("до таблиці наборів", "back to the datasets table"),
    /** Rules section heading. */
    RULES_HEADING("Правила, що спрацювали", "Rules with findings"),
    /** Rules table header. */
    DESCRIPTION("Що перевіряє", "What it checks"),
    /** Rules table header. */
    SOURCE_HEADER("Джерело", "Source"),
    /** Rules table header. */
    FINDINGS_COUNT("Зауважень", "Findings"),
    /** Before a source's address, shown as text. */
    SOURCE_URL("Адреса (скопіюйте у браузер):", "Address (copy into a browser):"),
    /** Footer. */
    FOOTER("Звіт сформовано бібліотекою ua-opendata. Файл автономний: не завантажує нічого з мережі.",
            "Report produced by the ua-opendata library. The file is self-contained: it loads nothing from the network."),
    /** Placeholder for a missing value. */
    NONE("—", "—"),
    /** Portal section heading. */
    PORTAL_HEADING("Портал", "Portal"),
    /** Portal summary: datasets, files, organization or the whole portal. */
    PORTAL_SUMMARY("На порталі {0} наборів даних і {1} ресурсів ({2}).",
            "The portal shows {0} datasets and {1} resources ({2})."),
    /** The whole portal was audited. */
    PORTAL_ALL("увесь портал", "the whole portal"),
    /** The audited organization. */
    PORTAL_ORGANIZATION("організація {0}", "organization {0}"),
    /** Portal table header. */
    PORTAL_PAGE("Сторінка на порталі", "Portal page"),
    /** Portal table header. */
    FILES("Ресурси", "Resources"),
    /** Portal table header. */
    UPDATE_DATE("Дата оновлення даних", "Data update date"),
    /** No resources. */
    NO_FILES("ресурсів немає", "no resources"),
    /** A file's dates: last modified, created. */
    FILE_DATES("змінено {0}, створено {1}", "modified {0}, created {1}"),
    /** The profile the portal was read with, and how it was chosen. */
    PORTAL_PROFILE("Набори прочитано за профілем {0} ({1}).", "The datasets were read with the profile {0} ({1})."),
    /** Profile source. */
    PROFILE_GIVEN("заданий", "given"),
    /** Profile source. */
    PROFILE_SCHEMA("визначено за схемою наборів порталу", "detected from the portal's dataset schema"),
    /** Profile source. */
    PROFILE_DATASETS("визначено за наборами порталу", "detected from the portal's datasets"),
    /** Profile source. */
    PROFILE_DEFAULT("не визначено: прийнято stock CKAN", "not detected: stock CKAN assumed"),
    /** Portal findings sub-heading. */
    PORTAL_FINDINGS("Зауваження щодо порталу", "Findings about the portal"),
    /** What the portal findings are. */
    PORTAL_FINDINGS_NOTE("Елементи паспорта, яких цей портал не вміщує (як повідомила публікація): зауваження щодо них "
            + "стосуються порталу, а не набору, і не впливають на оцінку набору та KPI.",
            "Passport elements this portal cannot hold (as publishing reported): findings on them are about the portal, "
            + "not the dataset, and count in neither the dataset's verdict nor the KPI."),
    /** No datasets on the portal. */
    PORTAL_EMPTY("На порталі наборів даних не знайдено.", "No datasets were found on the portal."),
    /** Comparison sub-heading. */
    PORTAL_COMPARISON("Порівняння з реєстром", "Comparison with the register"),
    /** Nothing differs. */
    PORTAL_SAME("Реєстр і портал збігаються.", "The register and the portal agree."),
    /** No register was compared. */
    PORTAL_NOT_COMPARED("Реєстр для порівняння не надано.", "No register was given to compare with."),
    /** Comparison table header. */
    DIFFERENCE("Розбіжність", "Difference"),
    /** Comparison table header. */
    FIELD("Поле", "Field"),
    /** Comparison table header. */
    IN_REGISTER("У реєстрі", "In the register"),
    /** Comparison table header. */
    ON_PORTAL("На порталі", "On the portal"),
    /** Kind of difference. */
    KIND_MISSING("немає на порталі", "missing from the portal"),
    /** Kind of difference. */
    KIND_EXTRA("немає в реєстрі", "not in the register"),
    /** Kind of difference. */
    KIND_DIFFERENT("відрізняється", "differs"),
    /** Notes sub-heading. */
    PORTAL_NOTES("Примітки", "Notes");

    private final String uk;
    private final String en;

    HtmlLabel(String uk, String en) {
        this.uk = uk;
        this.en = en;
    }

    /** The text in the report language. */
    public String in(Locale locale) {
        return "uk".equals(locale.getLanguage()) ? uk : en;
    }

    /** The text in the report language with {@code {i}} replaced by the arguments, in one pass. */
    public String format(Locale locale, Object... args) {
        String s = in(locale);
        StringBuilder b = new StringBuilder(s.length() + 32);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{' && i + 2 < s.length() && Character.isDigit(s.charAt(i + 1)) && s.charAt(i + 2) == '}') {
                int n = s.charAt(i + 1) - '0';
                b.append(n < args.length ? String.valueOf(args[n]) : s.substring(i, i + 3));
                i += 3;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** The label of a severity. */
    public static String severity(Severity severity, Locale locale) {
        LocalizedText t = switch (severity) {
            case ERROR -> new LocalizedText("помилка", "error");
            case WARNING -> new LocalizedText("попередження", "warning");
            case INFO -> new LocalizedText("інформація", "info");
        };
        return t.get(locale);
    }

    /** The label of a source's certainty. */
    public static String certainty(Certainty certainty, Locale locale) {
        LocalizedText t = switch (certainty) {
            case LAW -> new LocalizedText("нормативний текст", "legal text");
            case COPY -> new LocalizedText("копія офіційного тексту", "copy of an official text");
            case PRACTICE -> new LocalizedText("практика порталу та досліджень", "portal and study practice");
            case OURS -> new LocalizedText("рішення проєкту", "project decision");
        };
        return t.get(locale);
    }

    /** The label of the basis of update evidence. */
    public static String basis(UpdateEvidence.Basis basis, Locale locale) {
        LocalizedText t = switch (basis) {
            case RESOURCE_LAST_MODIFIED -> new LocalizedText("зміна ресурсів на порталі", "resources changed on the portal");
            case RESOURCE_CREATED -> new LocalizedText("створення ресурсів на порталі", "resources created on the portal");
            case PASSPORT_LAST_MODIFIED -> new LocalizedText("паспорт, елемент 9", "passport, element 9");
            case PASSPORT_FIRST_PUBLISHED -> new LocalizedText("паспорт, елемент 8", "passport, element 8");
        };
        return t.get(locale);
    }

    /** The label of a register entry status. */
    public static String status(EntryStatus status, Locale locale) {
        return "uk".equals(locale.getLanguage()) ? status.labelUk() : status.code();
    }
}
