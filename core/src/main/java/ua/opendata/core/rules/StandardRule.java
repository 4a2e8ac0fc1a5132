package ua.opendata.core.rules;

import ua.opendata.core.rules.Rule.Scope;

/**
 * The rule table: id, default severity, scope and source of every standard rule. Texts live in
 * the {@code RuleMessages} bundles under {@code <id>.description}, {@code .message} and {@code .fix}.
 */
enum StandardRule {
    IDENTIFIER_REQUIRED("R835-IDENTIFIER-REQUIRED", Severity.ERROR, Scope.DATASET, Src.passport("елемент 1")),
    IDENTIFIER_LENGTH("R835-IDENTIFIER-LENGTH", Severity.WARNING, Scope.DATASET, Src.ours("ідентифікатор до 254 символів")),
    TITLE_REQUIRED("R835-TITLE-REQUIRED", Severity.ERROR, Scope.DATASET, Src.passport("елемент 2")),
    TITLE_LENGTH("R835-TITLE-LENGTH", Severity.ERROR, Scope.DATASET, Src.passport("елемент 2: не більше 254 символів")),
    DESCRIPTION_REQUIRED("R835-DESCRIPTION-REQUIRED", Severity.ERROR, Scope.DATASET, Src.passport("елемент 3")),
    DESCRIPTION_LENGTH("R835-DESCRIPTION-LENGTH", Severity.ERROR, Scope.DATASET,
            Src.passport("елемент 3: не більше 4000 символів")),
    PURPOSE_REQUIRED("R835-PURPOSE-REQUIRED", Severity.ERROR, Scope.DATASET, Src.passport("елемент 4")),
    PURPOSE_LENGTH("R835-PURPOSE-LENGTH", Severity.ERROR, Scope.DATASET, Src.portal(
            "поле purpose_of_collecting_information: не більше 512 символів")),
    LANGUAGE_REQUIRED("R835-LANGUAGE-REQUIRED", Severity.WARNING, Scope.DATASET, Src.passport("елемент 5")),
    FORMAT_REQUIRED("R835-FORMAT-REQUIRED", Severity.ERROR, Scope.DATASET, Src.passport("елемент 6")),
    FORMAT_UNKNOWN("R835-FORMAT-UNKNOWN", Severity.WARNING, Scope.DATASET, Src.practice("формати, §4")),
    FORMAT_MACHINE_READABLE("R835-FORMAT-MACHINE-READABLE", Severity.ERROR, Scope.DATASET,
            Src.regulation("пункт 2 (машиночитаний формат)")),
    COMPRESSION_REQUIRED("R835-COMPRESSION-REQUIRED", Severity.ERROR, Scope.DATASET, Src.passport("елемент 7")),
    FIRST_PUBLISHED_REQUIRED("R835-FIRST-PUBLISHED-REQUIRED", Severity.ERROR, Scope.DATASET,
            Src.passport("елемент 8")),
    DATES_ORDER("R835-DATES-ORDER", Severity.ERROR, Scope.DATASET, Src.passport("елементи 8 і 9")),
    AS_OF_ORDER("R835-AS-OF-ORDER", Severity.ERROR, Scope.DATASET, Src.passport("елементи 9 і 10")),
    FREQUENCY_REQUIRED("R835-FREQUENCY-REQUIRED", Severity.ERROR, Scope.DATASET, Src.passport("елемент 11")),
    FREQUENCY_UNKNOWN("R835-FREQUENCY-UNKNOWN", Severity.ERROR, Scope.DATASET,
            Src.portal("поле update_frequency: одне з дев'яти значень")),
    KEYWORDS_REQUIRED("R835-KEYWORDS-REQUIRED", Severity.ERROR, Scope.DATASET, Src.passport("елемент 12")),
    DATASET_URL_REQUIRED("R835-DATASET-URL-REQUIRED", Severity.ERROR, Scope.DATASET, Src.passport("елемент 13")),
    URL_ABSOLUTE("R835-URL-ABSOLUTE", Severity.ERROR, Scope.DATASET, Src.passport("елементи 13 і 14")),
    STRUCTURE_REQUIRED("R835-STRUCTURE-REQUIRED", Severity.ERROR, Scope.DATASET,
            Src.regulation("пункт 6; паспорт, елемент 14")),
    STRUCTURE_FIELD_NAME("R835-STRUCTURE-FIELD-NAME", Severity.ERROR, Scope.DATASET,
            Src.ministry("структура набору даних (CSVW): name")),
    PUBLISHER_REQUIRED("R835-PUBLISHER-REQUIRED", Severity.ERROR, Scope.DATASET, Src.passport("елемент 15")),
    PUBLISHER_NAME_LENGTH("R835-PUBLISHER-NAME-LENGTH", Severity.WARNING, Scope.DATASET,
            Src.ours("найменування розпорядника до 512 символів")),
    EDRPOU_REQUIRED("R835-EDRPOU-REQUIRED", Severity.ERROR, Scope.DATASET, Src.passport("елемент 15")),
    EDRPOU_CHECK_DIGIT("R835-EDRPOU-CHECK-DIGIT", Severity.ERROR, Scope.DATASET,
            Src.practice("контрольна цифра коду ЄДРПОУ")),
    PERSON_REQUIRED("R835-PERSON-REQUIRED", Severity.ERROR, Scope.DATASET, Src.passport("елемент 16")),
    PERSON_NAME_LENGTH("R835-PERSON-NAME-LENGTH", Severity.WARNING, Scope.DATASET,
            Src.ours("ім'я відповідальної особи до 254 символів")),
    EMAIL_REQUIRED("R835-EMAIL-REQUIRED", Severity.ERROR, Scope.DATASET, Src.passport("елемент 17")),
    EMAIL_FORMAT("R835-EMAIL-FORMAT", Severity.ERROR, Scope.DATASET, Src.passport("елемент 17")),
    PERSON_DESIGNATED("R835-PERSON-DESIGNATED", Severity.WARNING, Scope.DATASET, Src.regulation("пункт 24")),
    PERSON_MATCHES_PASSPORT("R835-PERSON-MATCHES-PASSPORT", Severity.WARNING, Scope.DATASET,
            Src.ours("відповідальна особа в реєстрі та в паспорті")),
    DISTRIBUTION_URL_REQUIRED("R835-DISTRIBUTION-URL-REQUIRED", Severity.ERROR, Scope.DATASET,
            Src.passport("елемент 13")),
    DISTRIBUTION_FORMAT_REQUIRED("R835-DISTRIBUTION-FORMAT-REQUIRED", Severity.ERROR, Scope.DATASET,
            Src.passport("елемент 6")),
    DISTRIBUTION_SIZE("R835-DISTRIBUTION-SIZE", Severity.WARNING, Scope.DATASET, Src.ours("розмір файлу")),
    LANDING_PAGE_REQUIRED("R835-LANDING-PAGE-REQUIRED", Severity.ERROR, Scope.DATASET,
            Src.ministry("реєстр наборів даних: стовпець landingPage")),
    RESTRICTION_BASIS("R835-RESTRICTION-BASIS", Severity.ERROR, Scope.DATASET,
            Src.ours("обмеження оприлюднення з правовою підставою")),
    TIMELINESS_LATE("R835-TIMELINESS-LATE", Severity.ERROR, Scope.DATASET,
            Src.practice("періодичність оновлення, §3: вікна вчасності")),
    TIMELINESS_UNCHECKABLE("R835-TIMELINESS-UNCHECKABLE", Severity.INFO, Scope.DATASET,
            Src.practice("періодичність оновлення, §3")),
    NEXT_UPDATE_OVERDUE("R835-NEXT-UPDATE-OVERDUE", Severity.WARNING, Scope.DATASET,
            Src.ours("реєстр: дата наступного оновлення")),
    REGISTER_ID_UNIQUE("R835-REGISTER-ID-UNIQUE", Severity.ERROR, Scope.REGISTER,
            Src.passport("елемент 1: унікальний у реєстрі")),
    ANNEX_MISSING("R835-ANNEX-MISSING", Severity.ERROR, Scope.REGISTER, Src.annex()),
    ANNEX_PLANNED("R835-ANNEX-PLANNED", Severity.WARNING, Scope.REGISTER, Src.annex()),
    ANNEX_RESTRICTED("R835-ANNEX-RESTRICTED", Severity.INFO, Scope.REGISTER, Src.annex()),
    ANNEX_REF_UNKNOWN("R835-ANNEX-REF-UNKNOWN", Severity.WARNING, Scope.REGISTER, Src.ours("посилання на додаток")),
    ANNEX_MATCH_UNSURE("R835-ANNEX-MATCH-UNSURE", Severity.WARNING, Scope.REGISTER,
            Src.ours("зіставлення назв із додатком")),
    REGISTER_DATASET("R835-REGISTER-DATASET", Severity.ERROR, Scope.REGISTER,
            Src.annexItem("розділ «Усі розпорядники інформації», позиція 6")),
    AUDIT_DATASET("R835-AUDIT-DATASET", Severity.ERROR, Scope.REGISTER,
            Src.annexItem("розділ «Усі розпорядники інформації», позиція 16"));

    private final String id;
    private final Severity severity;
    private final Scope scope;
    private final RuleSource source;

    StandardRule(String id, Severity severity, Scope scope, RuleSource source) {
        this.id = id;
        this.severity = severity;
        this.scope = scope;
        this.source = source;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public Scope scope() {
        return scope;
    }

    public RuleSource source() {
        return source;
    }

    /** Sources, after the project's Resolution-835 reference. */
    private static final class Src {
        static final String REGULATION = "Положення про набори даних, що підлягають оприлюдненню у формі"
                + " відкритих даних (постанова КМУ № 835 від 21.10.2015)";
        static final String ZAKON = "https://zakon.rada.gov.ua/laws/show/835-2015-%D0%BF";
        static final String MINISTRY = "Рекомендації Мінцифри щодо оприлюднення наборів даних";
        static final String MINISTRY_URL = "https://data.gov.ua/pages/835-rec-index";

        private Src() {
        }

        static RuleSource passport(String clause) {
            return new RuleSource(REGULATION, "паспорт набору даних, " + clause, ZAKON, Certainty.COPY);
        }

        static RuleSource regulation(String clause) {
            return new RuleSource(REGULATION, clause, ZAKON, Certainty.COPY);
        }

        static RuleSource annex() {
            return new RuleSource("Перелік наборів даних, які підлягають оприлюдненню у формі відкритих даних"
                    + " (додаток до постанови КМУ № 835)", "розділи за видом розпорядника", ZAKON, Certainty.COPY);
        }

        static RuleSource annexItem(String clause) {
            return new RuleSource("Перелік наборів даних, які підлягають оприлюдненню у формі відкритих даних"
                    + " (додаток до постанови КМУ № 835)", clause, ZAKON, Certainty.COPY);
        }

        static RuleSource ministry(String clause) {
            return new RuleSource(MINISTRY, clause, MINISTRY_URL, Certainty.COPY);
        }

        static RuleSource portal(String clause) {
            return new RuleSource("Портал data.gov.ua (CKAN 2.7.2, ckanext-dgua)", clause, "https://data.gov.ua",
                    Certainty.PRACTICE);
        }

        static RuleSource practice(String clause) {
            return new RuleSource("Практика порталу та дослідження відповідності (BRDO, 2025)", clause,
                    "https://github.com/brdo-ict-sector/postanova835-to-datagovua", Certainty.PRACTICE);
        }

        static RuleSource ours(String clause) {
            return new RuleSource("Рішення проєкту ua-opendata", clause, null, Certainty.OURS);
        }
    }
}
