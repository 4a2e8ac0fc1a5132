package ua.opendata.passport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik arbitraries for every value the passport model can hold (shared by the property tests). */
public final class Arbitraries835 {

    private Arbitraries835() {
    }

    /** Text of ASCII (controls included), Cyrillic, typographic quotes, NBSP and UTF-16 surrogates (paired or not). */
    public static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange('\u0000', '\u007f')
                .withCharRange('\u0400', '\u04ff')
                .withChars("“”«»„’ʼ‘`\u00a0\u2028\ufeff№")
                .withCharRange('\ud800', '\udfff')
                .ofMaxLength(24);
    }

    /** Mostly realistic Ukrainian text, sometimes arbitrary. */
    public static Arbitrary<String> words() {
        Arbitrary<String> real = Arbitraries.of("Щастинська МВА", "Бюджет громади", "суб’єктів господарювання",
                "Об'єкти комунальної власності", "«Про доступ до публічної інформації»", "");
        return Arbitraries.frequencyOf(Tuple.of(3, real), Tuple.of(2, text()));
    }

    public static Arbitrary<UpdateFrequency> frequencies() {
        return Arbitraries.oneOf(
                Arbitraries.of(Frequency.class).map(UpdateFrequency::of),
                Arbitraries.of("once a month”", "More then a day", "unscheduled", "Щомісяця", "monthly",
                        "http://purl.org/cld/freq/monthly", " Once A Year ", "").map(UpdateFrequency::parse),
                text().map(UpdateFrequency::parse));
    }

    public static Arbitrary<DataFormat> formats() {
        return Arbitraries.oneOf(
                Arbitraries.of(KnownFormat.class).map(DataFormat::of),
                Arbitraries.of("xlxs", ".сsv", "text/csv; charset=utf-8", "ZIP", "foo", "Json ", "")
                        .map(DataFormat::parse),
                text().map(DataFormat::parse));
    }

    public static Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.oneOf(
                Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(2), ZoneOffset.ofHours(3)),
                Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds));
    }

    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.of(2015, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                        .map(LocalDate::ofEpochDay),
                Arbitraries.longs().between(LocalDate.of(-9999, 1, 1).toEpochDay(), LocalDate.of(99999, 12, 31).toEpochDay())
                        .map(LocalDate::ofEpochDay));
    }

    public static Arbitrary<OffsetDateTime> dateTimes() {
        Arbitrary<LocalTime> times = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 86_399).map(LocalTime::ofSecondOfDay),
                Arbitraries.longs().between(0, 86_399_999_999_999L).map(LocalTime::ofNanoOfDay));
        return Combinators.combine(dates(), times, offsets())
                .as((d, t, o) -> OffsetDateTime.of(LocalDateTime.of(d, t), o));
    }

    /** Words whose surrogates are properly paired: JSON property names cannot hold unpaired ones. */
    public static Arbitrary<String> keys() {
        return words().filter(Arbitraries835::wellFormed);
    }

    static boolean wellFormed(String s) {
        return s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
    }

    public static Arbitrary<Map<String, String>> stringMaps() {
        return Arbitraries.maps(keys(), words()).ofMaxSize(4).map(LinkedHashMap::new);
    }

    public static Arbitrary<Publisher> publishers() {
        return Combinators.combine(words().injectNull(0.2),
                Arbitraries.of("44536124", "14360570", "1436057", "abc").injectNull(0.3)).as(Publisher::new);
    }

    public static Arbitrary<ResponsiblePerson> people() {
        Arbitrary<DesignationOrder> orders = Combinators.combine(words().injectNull(0.3), dates().injectNull(0.3),
                words().injectNull(0.3)).as(DesignationOrder::new);
        return Combinators.combine(words().injectNull(0.2), words().injectNull(0.2), words().injectNull(0.4),
                orders.injectNull(0.5)).as(ResponsiblePerson::new);
    }

    public static Arbitrary<DataStructure> structures() {
        Arbitrary<StructureField> fields = Combinators.combine(words().injectNull(0.1), words().injectNull(0.4),
                words().injectNull(0.4), Arbitraries.of("string", "date", "integer", "anyURI").injectNull(0.3),
                Arbitraries.of(true, false)).as(StructureField::new);
        return Combinators.combine(words().injectNull(0.3), fields.list().ofMaxSize(4)).as(DataStructure::new);
    }

    public static Arbitrary<Distribution> distributions() {
        return Combinators.combine(words().injectNull(0.3), words().injectNull(0.2), formats().injectNull(0.2),
                formats().injectNull(0.6), words().injectNull(0.5),
                Arbitraries.longs().injectNull(0.4)).as(Distribution::new);
    }

    public static Arbitrary<Passport> passports() {
        return Builders.withBuilder(Passport::builder)
                .use(words().injectNull(0.2)).in(Passport.Builder::identifier)
                .use(words().injectNull(0.2)).in(Passport.Builder::title)
                .use(words().injectNull(0.2)).in(Passport.Builder::description)
                .use(words().injectNull(0.2)).in(Passport.Builder::purpose)
                .use(words().injectNull(0.2)).in(Passport.Builder::language)
                .use(formats().list().ofMaxSize(3)).in(Passport.Builder::formats)
                .use(formats().injectNull(0.5)).in(Passport.Builder::compression)
                .use(dateTimes().injectNull(0.2)).in(Passport.Builder::firstPublished)
                .use(dateTimes().injectNull(0.2)).in(Passport.Builder::lastModified)
                .use(dates().injectNull(0.2)).in(Passport.Builder::dataAsOf)
                .use(frequencies().injectNull(0.2)).in((b, f) -> b.updateFrequency(f))
                .use(words().list().ofMaxSize(4)).in(Passport.Builder::keywords)
                .use(words().injectNull(0.2)).in(Passport.Builder::datasetUrl)
                .use(structures().injectNull(0.3)).in(Passport.Builder::structure)
                .use(publishers().injectNull(0.2)).in(Passport.Builder::publisher)
                .use(people().injectNull(0.2)).in(Passport.Builder::responsiblePerson)
                .use(distributions().list().ofMaxSize(3)).in(Passport.Builder::distributions)
                .use(words().injectNull(0.4)).in(Passport.Builder::landingPage)
                .use(words().injectNull(0.6)).in(Passport.Builder::previousVersionsUrl)
                .use(stringMaps()).in(Passport.Builder::extras)
                .build(Passport.Builder::build);
    }

    public static Arbitrary<Register> registers() {
        return keys().list().uniqueElements().ofMaxSize(4).flatMap(columns -> {
            Arbitrary<Map<String, String>> cells = columns.isEmpty() ? Arbitraries.just(Map.of())
                    : Arbitraries.maps(Arbitraries.of(columns), words()).ofMaxSize(columns.size())
                            .map(LinkedHashMap::new);
            return entries(cells).list().ofMaxSize(4).map(es -> new Register(new ArrayList<>(es), columns));
        });
    }

    public static Arbitrary<RegisterEntry> entries(Arbitrary<Map<String, String>> cells) {
        Arbitrary<Restriction> restrictions = Combinators.combine(words().injectNull(0.3), dates().injectNull(0.3))
                .as(Restriction::new);
        return Builders.withBuilder(RegisterEntry::builder)
                .use(words().injectNull(0.2)).in(RegisterEntry.Builder::identifier)
                .use(words().injectNull(0.2)).in(RegisterEntry.Builder::title)
                .use(words().injectNull(0.2)).in(RegisterEntry.Builder::description)
                .use(frequencies().injectNull(0.2)).in((b, f) -> b.accrualPeriodicity(f))
                .use(words().list().ofMaxSize(3)).in(RegisterEntry.Builder::keywords)
                .use(words().injectNull(0.2)).in(RegisterEntry.Builder::purpose)
                .use(words().injectNull(0.3)).in(RegisterEntry.Builder::landingPage)
                .use(formats().list().ofMaxSize(3)).in(RegisterEntry.Builder::distributionFormats)
                .use(publishers()).in(RegisterEntry.Builder::publisher)
                .use(people()).in(RegisterEntry.Builder::contactPoint)
                .use(Arbitraries.of(EntryStatus.class).injectNull(0.3)).in(RegisterEntry.Builder::status)
                .use(Arbitraries.of("all-holders:6", "all-holders:16", "Реєстр наборів даних").injectNull(0.4))
                .in(RegisterEntry.Builder::annexDataset)
                .use(restrictions.injectNull(0.6)).in(RegisterEntry.Builder::restriction)
                .use(words().injectNull(0.4)).in(RegisterEntry.Builder::responsiblePerson)
                .use(dates().injectNull(0.4)).in(RegisterEntry.Builder::nextUpdateDue)
                .use(cells).in(RegisterEntry.Builder::extraColumns)
                .build(RegisterEntry.Builder::build);
    }
}
