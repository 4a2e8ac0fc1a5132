package ua.opendata.passport.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.KnownFormat;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.Restriction;
import ua.opendata.passport.UpdateFrequency;
import ua.opendata.passport.internal.csv.Column;

/**
 * Every register the CSV can represent (see {@link RegisterCsvWriter}) survives write → read, for
 * every delimiter, with and without BOM, with either line end and date format.
 */
class RegisterCsvRoundTripTest {

    @Property(tries = 300)
    void writeThenReadGivesAnEqualRegister(@ForAll("registers") Register register, @ForAll("writers") RegisterCsvWriter writer)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(register, out);
        }
        RegisterReadResult r = RegisterCsvReader.defaults().read(new ByteArrayInputStream(bytes.toByteArray()), "p.csv");
        assertThat(r.register()).isEqualTo(register);
        assertThat(r.delimiter()).isEqualTo(writer.toString().contains("TAB") ? '\t'
                : writer.toString().charAt("RegisterCsvWriter[delimiter=".length()));
        assertThat(r.bom()).isEqualTo(writer.toString().contains("bom=true"));
        assertThat(r.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<RegisterCsvWriter> writers() {
        return Combinators.combine(Arbitraries.of(',', ';', '\t'), Arbitraries.of(true, false),
                Arbitraries.of("\r\n", "\n"), Arbitraries.of("yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"))
                .as((d, bom, eol, date) -> RegisterCsvWriter.builder().delimiter(d).bom(bom).lineSeparator(eol)
                        .dateFormat(DateTimeFormatter.ofPattern(date)).build());
    }

    /** Cyrillic and Latin letters, digits, and everything CSV must quote or escape. */
    private static Arbitrary<String> anyText() {
        return Arbitraries.strings()
                .withCharRange('а', 'я').withCharRange('А', 'Я').withChars("іїєґІЇЄҐ’ʼ«»№")
                .withCharRange('a', 'z').withCharRange('0', '9')
                .withChars(" \t\"',;\r\n.-/:").withChars('\u00a0', '\uFEFF', '\u00e9')
                .ofMinLength(1).ofMaxLength(30);
    }

    /** A text cell: null, or text that is not blank (blank text reads as null). */
    private static Arbitrary<String> text() {
        return anyText().filter(s -> !s.isBlank()).injectNull(0.2);
    }

    /** A keyword or format part: no comma, no surrounding whitespace, not empty. */
    private static Arbitrary<String> listItem() {
        return anyText().map(s -> s.replace(",", "").strip()).filter(s -> !s.isEmpty());
    }

    private static Arbitrary<UpdateFrequency> frequencies() {
        return Arbitraries.oneOf(
                Arbitraries.of(Frequency.class).map(UpdateFrequency::of),
                Arbitraries.of(" щомісяця ", "More then a day”", "unscheduled", "Щороку", "monthly\n")
                        .map(UpdateFrequency::parse),
                anyText().filter(s -> !s.isBlank()).map(UpdateFrequency::parse))
                .injectNull(0.15);
    }

    private static Arbitrary<List<DataFormat>> formats() {
        Arbitrary<DataFormat> one = Arbitraries.oneOf(
                Arbitraries.of(KnownFormat.class).map(DataFormat::of),
                Arbitraries.of("xlxs", ".сsv", "text/csv; charset=utf-8", "паперовий", "PDF", "json")
                        .map(DataFormat::parse),
                listItem().map(DataFormat::parse));
        return one.list().ofMaxSize(3);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 200 * 366)
                .map(d -> LocalDate.of(1950, 1, 1).plusDays(d)).injectNull(0.3);
    }

    private static Arbitrary<Restriction> restrictions() {
        return Combinators.combine(text(), dates()).as(Restriction::new)
                .filter(r -> r.legalBasis() != null || r.since() != null).injectNull(0.5);
    }

    @Provide
    Arbitrary<Register> registers() {
        Arbitrary<List<String>> extraHeaders = Arbitraries.oneOf(
                Arbitraries.of("Примітка", "Відділ", "Коментар; 1", "A\"B", "x,y", "Рядок\nдругий"),
                anyText().map(String::strip).filter(s -> !s.isEmpty() && s.charAt(0) != '\uFEFF'))
                .filter(h -> Column.lookup(h) == null)
                .list().uniqueElements().ofMaxSize(3);
        return extraHeaders.flatMap(headers -> entries(headers).list().ofMaxSize(8)
                .map(entries -> new Register(entries, headers)));
    }

    private static Arbitrary<RegisterEntry> entries(List<String> extraHeaders) {
        Arbitrary<Map<String, String>> extras = text().list().ofSize(extraHeaders.size()).map(values -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    m.put(extraHeaders.get(i), values.get(i));
                }
            }
            return m;
        });
        return Builders.withBuilder(RegisterEntry::builder)
                .use(anyText().filter(s -> !s.isBlank())).in(RegisterEntry.Builder::identifier)
                .use(text()).in(RegisterEntry.Builder::title)
                .use(text()).in(RegisterEntry.Builder::description)
                .use(frequencies()).in((b, v) -> b.accrualPeriodicity(v))
                .use(listItem().list().ofMaxSize(4)).in((b, v) -> b.keywords(new ArrayList<>(v)))
                .use(text()).in(RegisterEntry.Builder::purpose)
                .use(text()).in(RegisterEntry.Builder::landingPage)
                .use(formats()).in(RegisterEntry.Builder::distributionFormats)
                .use(Combinators.combine(text(), text()).as(Publisher::new)).in(RegisterEntry.Builder::publisher)
                .use(Combinators.combine(text(), text()).as(ResponsiblePerson::of)).in(RegisterEntry.Builder::contactPoint)
                .use(Arbitraries.of(EntryStatus.class).injectNull(0.3)).in(RegisterEntry.Builder::status)
                .use(text()).in(RegisterEntry.Builder::annexDataset)
                .use(restrictions()).in(RegisterEntry.Builder::restriction)
                .use(text()).in(RegisterEntry.Builder::responsiblePerson)
                .use(dates()).in(RegisterEntry.Builder::nextUpdateDue)
                .use(extras).in(RegisterEntry.Builder::extraColumns)
                .build(RegisterEntry.Builder::build);
    }
}
