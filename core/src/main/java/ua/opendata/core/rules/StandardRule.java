package ua.opendata.core.rules;

import org.jspecify.annotations.Nullable;
import ua.opendata.core.rules.Rule.Scope;

/**
 * The rule table: id, default severity, scope and source of every standard rule. Texts live in
 * the {@code RuleMessages} bundles under {@code <id>.description}, {@code .message} and {@code .fix}.
 */
enum StandardRule {
    IDENTIFIER_REQUIRED("R835-IDENTIFIER-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    IDENTIFIER_LENGTH("R835-IDENTIFIER-LENGTH", Severity.WARNING, Scope.DATASET, Src.OURS),
    TITLE_REQUIRED("R835-TITLE-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    TITLE_LENGTH("R835-TITLE-LENGTH", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    DESCRIPTION_REQUIRED("R835-DESCRIPTION-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    DESCRIPTION_LENGTH("R835-DESCRIPTION-LENGTH", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    PURPOSE_REQUIRED("R835-PURPOSE-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    PURPOSE_LENGTH("R835-PURPOSE-LENGTH", Severity.ERROR, Scope.DATASET, Src.PORTAL),
    LANGUAGE_REQUIRED("R835-LANGUAGE-REQUIRED", Severity.WARNING, Scope.DATASET, Src.PASSPORT),
    FORMAT_REQUIRED("R835-FORMAT-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    FORMAT_UNKNOWN("R835-FORMAT-UNKNOWN", Severity.WARNING, Scope.DATASET, Src.PRACTICE),
    FORMAT_MACHINE_READABLE("R835-FORMAT-MACHINE-READABLE", Severity.ERROR, Scope.DATASET, Src.REGULATION),
    COMPRESSION_REQUIRED("R835-COMPRESSION-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    FIRST_PUBLISHED_REQUIRED("R835-FIRST-PUBLISHED-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    DATES_ORDER("R835-DATES-ORDER", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    AS_OF_ORDER("R835-AS-OF-ORDER", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    FREQUENCY_REQUIRED("R835-FREQUENCY-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    FREQUENCY_UNKNOWN("R835-FREQUENCY-UNKNOWN", Severity.ERROR, Scope.DATASET, Src.PORTAL),
    KEYWORDS_REQUIRED("R835-KEYWORDS-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    DATASET_URL_REQUIRED("R835-DATASET-URL-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    URL_ABSOLUTE("R835-URL-ABSOLUTE", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    STRUCTURE_REQUIRED("R835-STRUCTURE-REQUIRED", Severity.ERROR, Scope.DATASET, Src.REGULATION),
    STRUCTURE_FIELD_NAME("R835-STRUCTURE-FIELD-NAME", Severity.ERROR, Scope.DATASET, Src.MINISTRY),
    PUBLISHER_REQUIRED("R835-PUBLISHER-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    PUBLISHER_NAME_LENGTH("R835-PUBLISHER-NAME-LENGTH", Severity.WARNING, Scope.DATASET, Src.OURS),
    EDRPOU_REQUIRED("R835-EDRPOU-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    EDRPOU_CHECK_DIGIT("R835-EDRPOU-CHECK-DIGIT", Severity.ERROR, Scope.DATASET, Src.PRACTICE),
    PERSON_REQUIRED("R835-PERSON-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    PERSON_NAME_LENGTH("R835-PERSON-NAME-LENGTH", Severity.WARNING, Scope.DATASET, Src.OURS),
    EMAIL_REQUIRED("R835-EMAIL-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    EMAIL_FORMAT("R835-EMAIL-FORMAT", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    PERSON_DESIGNATED("R835-PERSON-DESIGNATED", Severity.WARNING, Scope.DATASET, Src.REGULATION),
    PERSON_MATCHES_PASSPORT("R835-PERSON-MATCHES-PASSPORT", Severity.WARNING, Scope.DATASET, Src.OURS),
    DISTRIBUTION_URL_REQUIRED("R835-DISTRIBUTION-URL-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    DISTRIBUTION_FORMAT_REQUIRED("R835-DISTRIBUTION-FORMAT-REQUIRED", Severity.ERROR, Scope.DATASET, Src.PASSPORT),
    DISTRIBUTION_SIZE("R835-DISTRIBUTION-SIZE", Severity.WARNING, Scope.DATASET, Src.OURS),
    LANDING_PAGE_REQUIRED("R835-LANDING-PAGE-REQUIRED", Severity.ERROR, Scope.DATASET, Src.MINISTRY),
    RESTRICTION_BASIS("R835-RESTRICTION-BASIS", Severity.ERROR, Scope.DATASET, Src.OURS),
    TIMELINESS_LATE("R835-TIMELINESS-LATE", Severity.ERROR, Scope.DATASET, Src.PRACTICE),
    TIMELINESS_UNCHECKABLE("R835-TIMELINESS-UNCHECKABLE", Severity.INFO, Scope.DATASET, Src.PRACTICE),
    TIMELINESS_AFTER_AS_OF("R835-TIMELINESS-AFTER-AS-OF", Severity.WARNING, Scope.DATASET, Src.OURS),
    CREATED_AFTER_AS_OF("R835-CREATED-AFTER-AS-OF", Severity.WARNING, Scope.DATASET, Src.OURS),
    NEXT_UPDATE_OVERDUE("R835-NEXT-UPDATE-OVERDUE", Severity.WARNING, Scope.DATASET, Src.OURS),
    REGISTER_ID_UNIQUE("R835-REGISTER-ID-UNIQUE", Severity.ERROR, Scope.REGISTER, Src.PASSPORT),
    ANNEX_MISSING("R835-ANNEX-MISSING", Severity.ERROR, Scope.REGISTER, Src.ANNEX),
    ANNEX_PLANNED("R835-ANNEX-PLANNED", Severity.WARNING, Scope.REGISTER, Src.ANNEX),
    ANNEX_RESTRICTED("R835-ANNEX-RESTRICTED", Severity.INFO, Scope.REGISTER, Src.ANNEX),
    ANNEX_REF_UNKNOWN("R835-ANNEX-REF-UNKNOWN", Severity.WARNING, Scope.REGISTER, Src.OURS),
    ANNEX_MATCH_UNSURE("R835-ANNEX-MATCH-UNSURE", Severity.WARNING, Scope.REGISTER, Src.OURS),
    REGISTER_DATASET("R835-REGISTER-DATASET", Severity.ERROR, Scope.REGISTER, Src.ANNEX_ITEM),
    AUDIT_DATASET("R835-AUDIT-DATASET", Severity.ERROR, Scope.REGISTER, Src.ANNEX_ITEM);

    private final String id;
    private final Severity severity;
    private final Scope scope;
    private final Src source;

    StandardRule(String id, Severity severity, Scope scope, Src source) {
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

    /** The source, its document and clause in Ukrainian as cited (from {@code RuleMessages}). */
    public RuleSource source() {
        return source.of(id);
    }

    /**
     * The kinds of source, after the project's Resolution-835 reference: the document and the clause's
     * wording are {@code source.<kind>.document} and {@code source.<kind>.clause} in the bundle, the
     * rule's own part {@code <id>.source}.
     */
    private enum Src {
        PASSPORT(ZAKON, Certainty.COPY),
        REGULATION(ZAKON, Certainty.COPY),
        ANNEX(ZAKON, Certainty.COPY),
        ANNEX_ITEM(ZAKON, Certainty.COPY),
        MINISTRY("https://data.gov.ua/pages/835-rec-index", Certainty.COPY),
        PORTAL("https://data.gov.ua", Certainty.PRACTICE),
        PRACTICE("https://github.com/brdo-ict-sector/postanova835-to-datagovua", Certainty.PRACTICE),
        OURS(null, Certainty.OURS);

        private final @Nullable String url;
        private final Certainty certainty;

        Src(@Nullable String url, Certainty certainty) {
            this.url = url;
            this.certainty = certainty;
        }

        RuleSource of(String ruleId) {
            String clause = this == ANNEX ? RuleTexts.text("source.ANNEX.clause").uk()
                    : RuleTexts.text("source." + name() + ".clause", RuleTexts.text(ruleId + ".source")).uk();
            return new RuleSource(RuleTexts.text("source." + name() + ".document").uk(), clause, url, certainty);
        }
    }

    private static final String ZAKON = "https://zakon.rada.gov.ua/laws/show/835-2015-%D0%BF";
}
