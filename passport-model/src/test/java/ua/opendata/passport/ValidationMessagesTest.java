package ua.opendata.passport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The library's validation messages, resolved by Hibernate Validator without Jakarta EL (the
 * parameter-only interpolator), in English and Ukrainian.
 */
class ValidationMessagesTest {

    static final Locale UK = Locale.forLanguageTag("uk");
    private static final Pattern CYRILLIC = Pattern.compile("[\\u0400-\\u04FF]");
    private static final List<ValidatorFactory> FACTORIES = new ArrayList<>();

    static Validator validator(Locale locale) {
        ValidatorFactory f = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, false))
                .buildValidatorFactory();
        FACTORIES.add(f);
        return f.getValidator();
    }

    @AfterAll
    static void close() {
        FACTORIES.forEach(ValidatorFactory::close);
    }

    /** Passports and entries that together break every constraint the model declares. */
    static List<Object> invalidValues() {
        Passport empty = Passport.builder().build();
        Passport oversized = Passport.builder()
                .identifier("і".repeat(255))
                .title("н".repeat(255))
                .description("о".repeat(4001))
                .purpose("п".repeat(513))
                .language("uk")
                .addFormat(DataFormat.of(KnownFormat.CSV))
                .updateFrequency(Frequency.ONCE_A_MONTH)
                .keywords(List.of("бюджет", " "))
                .datasetUrl("ftp://data.gov.ua/x.csv")
                .structure(new DataStructure("struktura.json", List.of(new StructureField(null, null, null, null, true))))
                .publisher(new Publisher("р".repeat(513), "14360571"))
                .responsiblePerson(new ResponsiblePerson("П".repeat(255), "not-an-address", null,
                        new DesignationOrder("1", null, "mailto:x@y.ua")))
                .addDistribution(new Distribution(null, null, null, null, null, -1L))
                .build();
        Passport blankParts = Passport.builder()
                .publisher(new Publisher(null, null))
                .responsiblePerson(ResponsiblePerson.of(null, null))
                .build();
        RegisterEntry entry = RegisterEntry.builder()
                .landingPage("data.gov.ua/dataset/x")
                .restriction(new Restriction(null, null))
                .build();
        return List.of(empty, oversized, blankParts, entry);
    }

    static Map<String, String> bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(in);
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return m;
    }

    @Test
    void bundlesHoldTheSameKeysAndEveryKeyTheSourcesUse() throws IOException {
        Map<String, String> en = bundle("ContributorValidationMessages.properties");
        assertThat(bundle("ContributorValidationMessages_uk.properties").keySet()).isEqualTo(en.keySet());
        assertThat(bundle("ContributorValidationMessages_en.properties")).isEqualTo(en);
        Set<String> templates = new TreeSet<>();
        Validator v = validator(Locale.ENGLISH);
        for (Object value : invalidValues()) {
            v.validate(value).forEach(c -> templates.add(c.getMessageTemplate()));
        }
        Set<String> keys = new TreeSet<>();
        en.keySet().forEach(k -> keys.add("{" + k + "}"));
        // every constraint uses one of our keys, and every key is used by some constraint
        assertThat(templates).isEqualTo(keys);
    }

    @Test
    void everyMessageResolvesInBothLanguages() {
        Validator en = validator(Locale.ENGLISH);
        Validator uk = validator(UK);
        for (Object value : invalidValues()) {
            Map<String, String> enByKey = messages(en.validate(value));
            Map<String, String> ukByKey = messages(uk.validate(value));
            assertThat(ukByKey.keySet()).isEqualTo(enByKey.keySet());
            enByKey.forEach((key, message) -> {
                String ukMessage = ukByKey.get(key);
                assertThat(message).as(key).doesNotContain("{", "}", "$").isNotBlank();
                assertThat(ukMessage).as(key).doesNotContain("{", "}", "$").isNotEqualTo(message);
                assertThat(CYRILLIC.matcher(message).find()).as("English has no Cyrillic: " + message).isFalse();
                assertThat(CYRILLIC.matcher(ukMessage).find()).as("Ukrainian is Cyrillic: " + ukMessage).isTrue();
                // every message says how to fix the problem after a semicolon
                assertThat(message).as(key).contains("; ");
                assertThat(ukMessage).as(key).contains("; ");
            });
        }
    }

    @Test
    void ukrainianTextComesOutRightFromTheIso88591Bundle() {
        Passport p = Passport.builder().title("н".repeat(255)).build();
        assertThat(messageFor(validator(UK), p, "title")).isEqualTo(
                "Найменування набору даних (елемент 2 паспорта) має містити не більше 254 символів; скоротіть назву.");
        assertThat(messageFor(validator(Locale.ENGLISH), p, "title")).isEqualTo(
                "The dataset title (passport element 2) must be at most 254 characters; shorten the title.");
    }

    @Test
    void sizeMessagesCarryTheirLimit() {
        Passport p = Passport.builder().description("о".repeat(4001)).purpose("п".repeat(513)).build();
        assertThat(messageFor(validator(UK), p, "description")).contains("не більше 4000 символів");
        assertThat(messageFor(validator(Locale.ENGLISH), p, "purpose")).contains("at most 512 characters");
    }

    @Test
    void englishIsFoundEvenWhenTheDefaultLocaleIsUkrainian() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(UK);
            ResourceBundle.clearCache();
            Passport p = Passport.builder().title("н".repeat(255)).build();
            assertThat(messageFor(validator(Locale.ENGLISH), p, "title")).startsWith("The dataset title");
        } finally {
            Locale.setDefault(saved);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void anApplicationsValidationMessagesOverrideOurs() {
        // src/test/resources/ValidationMessages*.properties stand for an application's own bundle
        Passport p = Passport.builder().structure(new DataStructure(null,
                List.of(new StructureField(" ", null, null, null, false)))).build();
        assertThat(messageFor(validator(Locale.ENGLISH), p, "structure.fields[0].name"))
                .isEqualTo("Column name missing; name it as in the file (application wording).");
        assertThat(messageFor(validator(UK), p, "structure.fields[0].name"))
                .isEqualTo("Немає назви стовпця; назвіть його як у файлі (формулювання застосунку).");
        // the other messages are still ours
        assertThat(messageFor(validator(UK), p, "title")).startsWith("Найменування набору даних");
    }

    private static String messageFor(Validator v, Object value, String path) {
        List<String> found = v.validate(value).stream().filter(c -> c.getPropertyPath().toString().equals(path))
                .map(ConstraintViolation::getMessage).toList();
        assertThat(found).as(path).hasSize(1);
        return found.get(0);
    }

    private static Map<String, String> messages(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> m = new TreeMap<>();
        violations.forEach(c -> m.put(c.getPropertyPath() + " " + c.getMessageTemplate(), c.getMessage()));
        return m;
    }
}
