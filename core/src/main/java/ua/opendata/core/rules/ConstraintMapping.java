package ua.opendata.core.rules;

import jakarta.validation.ConstraintViolation;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps the Jakarta constraint violations of the passport model to rules, by message template (each
 * model constraint has its own template key) and, for shared templates, by property name.
 */
final class ConstraintMapping {

    private static final String P = "{ua.opendata.passport.";

    private static final Map<String, StandardRule> BY_TEMPLATE = Map.ofEntries(
            Map.entry(P + "Passport.identifier.required}", StandardRule.IDENTIFIER_REQUIRED),
            Map.entry(P + "Passport.identifier.size}", StandardRule.IDENTIFIER_LENGTH),
            Map.entry(P + "Passport.title.required}", StandardRule.TITLE_REQUIRED),
            Map.entry(P + "Passport.title.size}", StandardRule.TITLE_LENGTH),
            Map.entry(P + "Passport.description.required}", StandardRule.DESCRIPTION_REQUIRED),
            Map.entry(P + "Passport.description.size}", StandardRule.DESCRIPTION_LENGTH),
            Map.entry(P + "Passport.purpose.required}", StandardRule.PURPOSE_REQUIRED),
            Map.entry(P + "Passport.purpose.size}", StandardRule.PURPOSE_LENGTH),
            Map.entry(P + "Passport.language.required}", StandardRule.LANGUAGE_REQUIRED),
            Map.entry(P + "Passport.formats.required}", StandardRule.FORMAT_REQUIRED),
            Map.entry(P + "Passport.updateFrequency.required}", StandardRule.FREQUENCY_REQUIRED),
            Map.entry(P + "Passport.keywords.required}", StandardRule.KEYWORDS_REQUIRED),
            Map.entry(P + "Passport.keywords.blank}", StandardRule.KEYWORDS_REQUIRED),
            Map.entry(P + "Passport.datasetUrl.required}", StandardRule.DATASET_URL_REQUIRED),
            Map.entry(P + "Passport.publisher.required}", StandardRule.PUBLISHER_REQUIRED),
            Map.entry(P + "Passport.responsiblePerson.required}", StandardRule.PERSON_REQUIRED),
            Map.entry(P + "Publisher.name.required}", StandardRule.PUBLISHER_REQUIRED),
            Map.entry(P + "Publisher.name.size}", StandardRule.PUBLISHER_NAME_LENGTH),
            Map.entry(P + "Publisher.edrpou.required}", StandardRule.EDRPOU_REQUIRED),
            Map.entry(P + "constraints.ValidEdrpou.message}", StandardRule.EDRPOU_CHECK_DIGIT),
            Map.entry(P + "constraints.HttpUrl.message}", StandardRule.URL_ABSOLUTE),
            Map.entry(P + "ResponsiblePerson.fullName.required}", StandardRule.PERSON_REQUIRED),
            Map.entry(P + "ResponsiblePerson.fullName.size}", StandardRule.PERSON_NAME_LENGTH),
            Map.entry(P + "ResponsiblePerson.email.required}", StandardRule.EMAIL_REQUIRED),
            Map.entry(P + "ResponsiblePerson.email.format}", StandardRule.EMAIL_FORMAT),
            Map.entry(P + "Distribution.url.required}", StandardRule.DISTRIBUTION_URL_REQUIRED),
            Map.entry(P + "Distribution.format.required}", StandardRule.DISTRIBUTION_FORMAT_REQUIRED),
            Map.entry(P + "StructureField.name.required}", StandardRule.STRUCTURE_FIELD_NAME),
            Map.entry(P + "Restriction.legalBasis.required}", StandardRule.RESTRICTION_BASIS),
            Map.entry(P + "Distribution.sizeBytes.positiveOrZero}", StandardRule.DISTRIBUTION_SIZE));

    private ConstraintMapping() {
    }

    /** The rule for a violation, or {@code null} when the model carries a constraint we do not know. */
    static @Nullable StandardRule rule(ConstraintViolation<?> violation) {
        return rule(violation.getMessageTemplate());
    }

    /** The rule for a message template, or {@code null}. */
    static @Nullable StandardRule rule(String template) {
        return BY_TEMPLATE.get(template);
    }

    /** A readable path: {@code keywords[0]} instead of {@code keywords[0].<list element>}. */
    static String path(ConstraintViolation<?> violation) {
        String p = violation.getPropertyPath().toString();
        return p.replace(".<list element>", "").replace("<list element>", "").replace(".<map value>", "");
    }
}
