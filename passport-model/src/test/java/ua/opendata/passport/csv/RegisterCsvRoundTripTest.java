package ua.opendata.passport.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.opendata.passport.Generators835.attempt;
import static ua.opendata.passport.Generators835.filtered;
import static ua.opendata.passport.Generators835.listOf;
import static ua.opendata.passport.Generators835.oneOf;
import static ua.opendata.passport.Generators835.orNull;
import static ua.opendata.passport.Generators835.size;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.Generators835;
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
 * every delimiter, with and without BOM, with either line end and date format. Each case is a
 * seed: the register and the writer settings are drawn from {@link Generators835#random(long)}.
 */
public class RegisterCsvRoundTripTest {

    private static final String LETTERS = "абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
            + "іїєґІЇЄҐ’ʼ«»№abcdefghijklmnopqrstuvwxyz0123456789";
    /** Everything CSV must quote or escape, and what a reader might strip or mistake for structure. */
    private static final String NASTY = " \t\"',;\r\n.-/:\u00a0\ufeff\u00e9";
    private static final List<String> DIRTY_FREQUENCIES = List.of(" щомісяця ", "More then a day”", "unscheduled",
            "Щороку", "monthly\n");
    private static final List<String> DIRTY_FORMATS = List.of("xlxs", ".сsv", "text/csv; charset=utf-8", "паперовий",
            "PDF", "json");
    private static final List<String> ODD_HEADERS = List.of("Примітка", "Відділ", "Коментар; 1", "A\"B", "x,y",
            "Рядок\nдругий");
    private static final List<String> DATE_PATTERNS = List.of("yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy");

    static IntStream seeds() {
        return Generators835.seeds(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writeThenReadGivesAnEqualRegister(int seed) {
        Random random = Generators835.random(seed);
        Register register = register(random);
        char delimiter = oneOf(random, ',', ';', '\t');
        boolean bom = random.nextBoolean();
        String eol = oneOf(random, "\r\n", "\n");
        String datePattern = oneOf(random, DATE_PATTERNS);
        RegisterCsvWriter writer = RegisterCsvWriter.builder().delimiter(delimiter).bom(bom).lineSeparator(eol)
                .dateFormat(DateTimeFormatter.ofPattern(datePattern)).build();
        String what = "seed " + seed + ": " + Generators835.describe(register) + ", written by " + writer;

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        attempt(what, () -> {
            try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                writer.write(register, out);
            }
            return bytes;
        });
        RegisterReadResult r = attempt(what,
                () -> RegisterCsvReader.defaults().read(new ByteArrayInputStream(bytes.toByteArray()), "p.csv"));

        assertThat(r.register()).as("%s", what).isEqualTo(register);
        assertThat(r.delimiter()).as("%s, delimiter detected", what).isEqualTo(delimiter);
        assertThat(r.bom()).as("%s, BOM detected", what).isEqualTo(bom);
        assertThat(r.charset()).as("%s, charset detected", what).isEqualTo(StandardCharsets.UTF_8);
    }

    /** Cyrillic and Latin letters, digits, and everything CSV must quote or escape; 1..30 units. */
    private static String anyText(Random r) {
        int n = 1 + size(r, 29);
        boolean nastyOnly = r.nextInt(10) == 0; // e.g. "\r", "\"\"", " ;\n"
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            String from = nastyOnly || r.nextInt(4) == 0 ? NASTY : LETTERS;
            sb.append(from.charAt(r.nextInt(from.length())));
        }
        return sb.toString();
    }

    private static String nonBlank(Random r) {
        return filtered(r, RegisterCsvRoundTripTest::anyText, s -> !s.isBlank());
    }

    /** A text cell: null, or text that is not blank (blank text reads as null). */
    private static @Nullable String text(Random r) {
        return orNull(r, 0.2, RegisterCsvRoundTripTest::nonBlank);
    }

    /** A keyword or format part: no comma, no surrounding whitespace, not empty. */
    private static String listItem(Random r) {
        return filtered(r, x -> anyText(x).replace(",", "").strip(), s -> !s.isEmpty());
    }

    private static @Nullable UpdateFrequency frequency(Random r) {
        return orNull(r, 0.15, x -> switch (x.nextInt(3)) {
            case 0 -> UpdateFrequency.of(oneOf(x, Frequency.values()));
            case 1 -> UpdateFrequency.parse(oneOf(x, DIRTY_FREQUENCIES));
            default -> UpdateFrequency.parse(nonBlank(x));
        });
    }

    private static DataFormat format(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> DataFormat.of(oneOf(r, KnownFormat.values()));
            case 1 -> DataFormat.parse(oneOf(r, DIRTY_FORMATS));
            default -> DataFormat.parse(listItem(r));
        };
    }

    /** A date in 1950..2150 (the ends included), or null. */
    private static @Nullable LocalDate date(Random r) {
        return orNull(r, 0.3, x -> LocalDate.of(1950, 1, 1).plusDays(Generators835.between(x, 0, 200 * 366)));
    }

    /** A restriction with a legal basis, a date, or both; or none. */
    private static @Nullable Restriction restriction(Random r) {
        return orNull(r, 0.5, x -> filtered(x, y -> new Restriction(text(y), date(y)),
                v -> v.legalBasis() != null || v.since() != null));
    }

    private static String extraHeader(Random r) {
        return filtered(r, x -> x.nextBoolean() ? oneOf(x, ODD_HEADERS) : anyText(x).strip(),
                h -> !h.isEmpty() && h.charAt(0) != '\uFEFF' && Column.lookup(h) == null);
    }

    /** A register of up to 8 entries and up to 3 further columns, every value one CSV can represent. */
    public static Register register(Random r) {
        int headerCount = size(r, 3);
        Set<String> headers = new LinkedHashSet<>();
        for (int i = 0; i < headerCount; i++) {
            headers.add(extraHeader(r));
        }
        List<String> extraHeaders = List.copyOf(headers);
        return new Register(listOf(r, 8, x -> entry(x, extraHeaders)), extraHeaders);
    }

    private static RegisterEntry entry(Random r, List<String> extraHeaders) {
        Map<String, String> extras = new LinkedHashMap<>();
        for (String header : extraHeaders) {
            String value = text(r);
            if (value != null) {
                extras.put(header, value);
            }
        }
        return RegisterEntry.builder()
                .identifier(nonBlank(r))
                .title(text(r))
                .description(text(r))
                .accrualPeriodicity(frequency(r))
                .keywords(new ArrayList<>(listOf(r, 4, RegisterCsvRoundTripTest::listItem)))
                .purpose(text(r))
                .landingPage(text(r))
                .distributionFormats(listOf(r, 3, RegisterCsvRoundTripTest::format))
                .publisher(new Publisher(text(r), text(r)))
                .contactPoint(ResponsiblePerson.of(text(r), text(r)))
                .status(orNull(r, 0.3, x -> oneOf(x, EntryStatus.values())))
                .annexDataset(text(r))
                .restriction(restriction(r))
                .responsiblePerson(text(r))
                .nextUpdateDue(date(r))
                .extraColumns(extras)
                .build();
    }
}
