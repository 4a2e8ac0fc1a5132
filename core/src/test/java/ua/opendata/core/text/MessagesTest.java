package ua.opendata.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.TimelinessStatus;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.sample.SampleRegister;

/** Rendering the SDK's messages in any language, and the bundles behind them. */
class MessagesTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private static ValidationReport sample() throws IOException {
        try (InputStream in = SampleRegister.openCsv()) {
            return Rulebook.create(RulebookConfig.defaults())
                    .validate(RegisterCsvReader.defaults().read(in, SampleRegister.CSV_FILE_NAME).register());
        }
    }

    @Test
    void aThirdLanguageOnTheClassPathRendersAFinding() throws IOException {
        // test resources carry ua/opendata/core/rules/RuleMessages_pl.properties, as an application would
        Finding f = sample().findingsOf("R835-TITLE-LENGTH").get(0);
        String length = f.message().arguments().get(1).toString();

        assertThat(Messages.render(f.message(), POLISH)).isEqualTo("Tytuł ma " + length
                + " znaków; dozwolone jest najwyżej 254.");
        assertThat(Messages.render(f.fix(), POLISH)).isEqualTo("Skróć tytuł; szczegóły przenieś do opisu.");
        assertThat(Messages.render(f.message(), Locale.forLanguageTag("pl-PL")))
                .isEqualTo(Messages.render(f.message(), POLISH));
        // the shipped languages are untouched by it
        assertThat(f.message().uk()).isEqualTo("Найменування має " + length + " символів; дозволено не більше 254.");
        assertThat(f.message().en()).isEqualTo("The title is " + length + " characters long; at most 254 are allowed.");
        assertThat(f.message().key()).contains("R835-TITLE-LENGTH.message");
        assertThat(f.message().bundle()).contains(Messages.RULES);
    }

    @Test
    void aKeyTheTranslationLacksAndALanguageWithoutFilesReadEnglish() throws IOException {
        Finding email = sample().findingsOf("R835-EMAIL-FORMAT").get(0);
        assertThat(Messages.render(email.message(), POLISH)).isEqualTo(email.message().en())
                .startsWith("“").endsWith("” is not a valid e-mail address.");
        assertThat(Messages.render(email.message(), Locale.GERMAN)).isEqualTo(email.message().en());
        assertThat(Messages.render(email.message(), Locale.ROOT)).isEqualTo(email.message().en());
        assertThat(Messages.render(email.message(), Locale.forLanguageTag("uk-UA"))).isEqualTo(email.message().uk())
                .endsWith("» не є правильною адресою електронної пошти.");
        assertThat(TimelinessStatus.LATE.label().get(POLISH)).isEqualTo("nieaktualny");
        assertThat(TimelinessStatus.ON_TIME.label().get(POLISH)).isEqualTo("on time");
    }

    @Test
    void aTextArgumentIsRenderedInTheLanguageOfItsMessage() {
        LocalizedText first = LocalizedText.of(Messages.PROBE, "RES-CONTENT-ERRORS.first", 7,
                new LocalizedText("нема", "missing"));
        LocalizedText text = LocalizedText.of(Messages.PROBE, "RES-CONTENT-ERRORS.message", 3, first);

        assertThat(text.uk()).isEqualTo("Файл не відповідає своїй структурі даних: помилок — 3, перша: рядок 7, нема");
        assertThat(text.en()).isEqualTo("The file does not follow its data structure: 3 errors, the first: row 7, missing");
        assertThat(text.arguments()).containsExactly("3", first);
    }

    @Test
    void aFixedTextReadsUkrainianOrEnglishAndEqualsTheKeyedTextItWasSavedFrom() {
        LocalizedText keyed = TimelinessStatus.LATE.label();
        LocalizedText saved = new LocalizedText(keyed.uk(), keyed.en());

        assertThat(saved).isEqualTo(keyed).hasSameHashCodeAs(keyed);
        assertThat(saved.key()).isEmpty();
        assertThat(saved.get(POLISH)).isEqualTo("late");
        assertThat(saved.get(LocalizedText.UKRAINIAN)).isEqualTo("невчасно");
        assertThat(new LocalizedText("a '{0}'", "b")).isNotEqualTo(new LocalizedText("a", "b"));
        // a fixed text is shown as it is, never parsed as a pattern
        assertThat(new LocalizedText("об'єкт {x", "it's {x").en()).isEqualTo("it's {x");
    }

    @Test
    void aPatternShowsItsSlotsUntilItIsGivenArguments() {
        LocalizedText pattern = LocalizedText.pattern(Messages.RULES, "R835-TITLE-LENGTH.message");
        assertThat(pattern.en()).isEqualTo("The title is {1} characters long; at most 254 are allowed.");
        assertThat(pattern.withArguments("x", 300).en()).isEqualTo("The title is 300 characters long; at most 254 are allowed.");
        assertThat(pattern.withArguments("x", 300).get(POLISH)).isEqualTo("Tytuł ma 300 znaków; dozwolone jest najwyżej 254.");
    }

    @Test
    void aMissingKeyNamesTheBundleAndTheKey() {
        LocalizedText missing = LocalizedText.of(Messages.REPORT, "no.such.key");
        assertThatThrownBy(() -> missing.get(Locale.ENGLISH)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'no.such.key'").hasMessageContaining(Messages.REPORT)
                .hasMessageContaining("ua/opendata/core/report/ReportMessages_en.properties");
    }

    /**
     * Every bundle has its Ukrainian base file and its English file with the same keys (the rule sources,
     * cited as the Ukrainian documents word them, are in the base file only), and every pattern is one
     * {@link MessageFormat} reads alike.
     */
    @Test
    void everyBundleHasUkrainianAndEnglishWithTheSameKeys() throws IOException {
        assertThat(Messages.bundles()).hasSize(7).doesNotHaveDuplicates();
        int checked = 0;
        for (String bundle : Messages.bundles()) {
            Properties uk = load(bundle.replace('.', '/') + ".properties");
            Properties en = load(bundle.replace('.', '/') + "_en.properties");
            Set<String> ukKeys = new HashSet<>(uk.stringPropertyNames());
            if (bundle.equals(Messages.RULES)) {
                ukKeys.removeIf(k -> k.startsWith("source.") || k.endsWith(".source"));
            }
            assertThat(en.stringPropertyNames()).as(bundle).isEqualTo(ukKeys).isNotEmpty();
            for (Properties p : new Properties[] {uk, en}) {
                for (String key : p.stringPropertyNames()) {
                    String pattern = p.getProperty(key);
                    assertThat(pattern).as(bundle + " " + key).isNotBlank();
                    Object[] args = {"a", "b", "c", "d", "e"};
                    assertThat(LocalizedText.of(bundle, key, args).get(Locale.ENGLISH)).isNotNull();
                    assertThat(new MessageFormat(pattern, Locale.ROOT).format(args)).as(bundle + " " + key)
                            .isEqualTo(p == uk ? LocalizedText.of(bundle, key, args).uk()
                                    : LocalizedText.of(bundle, key, args).en());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
