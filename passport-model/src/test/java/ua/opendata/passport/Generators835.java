package ua.opendata.passport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Seeded generators for every value the passport model can hold (shared by the property tests).
 *
 * <p>Everything is drawn from one {@link Random}, so a seed reproduces the whole input. The
 * generators lean towards the cases that break codecs: empty and maximal lengths and sizes, the
 * ends of every numeric range, control characters, unpaired surrogates, and nulls wherever a
 * component may be null.
 */
public final class Generators835 {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private static final String SPECIALS = "“”«»„’ʼ‘`\u00a0\u2028\ufeff№";
    private static final String EDGE_CHARS = "\u0000\u007f\u0400\u04ff\ud800\udbff\udc00\udfff\"\\\n\r\t/";
    private static final int MAX_TEXT = 24;

    private static final List<String> REAL_WORDS = List.of("Щастинська МВА", "Бюджет громади",
            "суб’єктів господарювання", "Об'єкти комунальної власності", "«Про доступ до публічної інформації»", "");
    private static final List<String> DIRTY_FREQUENCIES = List.of("once a month”", "More then a day", "unscheduled",
            "Щомісяця", "monthly", "http://purl.org/cld/freq/monthly", " Once A Year ", "");
    private static final List<String> DIRTY_FORMATS = List.of("xlxs", ".сsv", "text/csv; charset=utf-8", "ZIP", "foo",
            "Json ", "");
    private static final List<ZoneOffset> COMMON_OFFSETS = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(2),
            ZoneOffset.ofHours(3));
    private static final List<String> EDRPOU = List.of("44536124", "14360570", "1436057", "abc");
    private static final List<String> DATATYPES = List.of("string", "date", "integer", "anyURI");
    private static final List<String> ANNEX_DATASETS = List.of("all-holders:6", "all-holders:16",
            "Реєстр наборів даних");

    private Generators835() {
    }

    // ---- seeds ------------------------------------------------------------------------------

    /** The seeds {@code 0 .. count-1}, for {@code @MethodSource}. */
    public static IntStream seeds(int count) {
        return IntStream.range(0, count);
    }

    /**
     * The random source for a seed. Consecutive seeds are scrambled first: {@code new Random(n)}
     * for n = 0, 1, 2, … gives strongly correlated first values (its first {@code nextDouble()}
     * is never below 0.2 for n &lt; 300), which would starve every first choice.
     */
    public static Random random(long seed) {
        long z = (seed + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return new Random(z ^ (z >>> 31));
    }

    // ---- building blocks --------------------------------------------------------------------

    /** One of the values, uniformly. */
    @SafeVarargs
    public static <T> T oneOf(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    /** One of the values, uniformly. */
    public static <T> T oneOf(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** {@code null} with the given probability, otherwise a generated value. */
    public static <T> @Nullable T orNull(Random r, double nullProbability, Function<Random, T> gen) {
        return r.nextDouble() < nullProbability ? null : gen.apply(r);
    }

    /** A size in {@code 0..max}, empty and full more often than the rest. */
    public static int size(Random r, int max) {
        int roll = r.nextInt(10);
        return roll == 0 ? 0 : roll == 1 ? max : r.nextInt(max + 1);
    }

    /** A list of up to {@code max} generated elements. */
    public static <T> List<T> listOf(Random r, int max, Function<Random, T> gen) {
        int n = size(r, max);
        List<T> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(gen.apply(r));
        }
        return list;
    }

    /** A value in {@code [min, max]}; one in five is an end of the range (or zero if inside). */
    public static long between(Random r, long min, long max) {
        if (r.nextInt(5) == 0) {
            return switch (r.nextInt(5)) {
                case 0 -> min;
                case 1 -> max;
                case 2 -> Math.min(min + 1, max);
                case 3 -> Math.max(max - 1, min);
                default -> min <= 0 && 0 <= max ? 0 : min;
            };
        }
        long span = max - min + 1;
        return span <= 0 ? r.nextLong() : min + Math.floorMod(r.nextLong(), span); // span <= 0: the whole long range
    }

    /** A generated value that passes the filter (retries; the filters used here rarely reject). */
    public static <T> T filtered(Random r, Function<Random, T> gen, Predicate<T> keep) {
        for (int i = 0; i < 10_000; i++) {
            T v = gen.apply(r);
            if (keep.test(v)) {
                return v;
            }
        }
        throw new IllegalStateException("generator filter rejected 10,000 values");
    }

    // ---- text -------------------------------------------------------------------------------

    /**
     * Text of up to 24 UTF-16 units: ASCII (controls included), Cyrillic, typographic quotes, NBSP,
     * line separator, BOM, and surrogates (paired, or unpaired).
     */
    public static String text(Random r) {
        int n = size(r, MAX_TEXT);
        StringBuilder sb = new StringBuilder(n + 1);
        while (sb.length() < n) {
            int roll = r.nextInt(100);
            if (roll < 35) {
                sb.append((char) r.nextInt(0x80));
            } else if (roll < 65) {
                sb.append((char) (0x0400 + r.nextInt(0x100)));
            } else if (roll < 75) {
                sb.append(SPECIALS.charAt(r.nextInt(SPECIALS.length())));
            } else if (roll < 85) {
                sb.append(EDGE_CHARS.charAt(r.nextInt(EDGE_CHARS.length())));
            } else if (roll < 93) {
                sb.append((char) (0xD800 + r.nextInt(0x800))); // a lone surrogate, high or low
            } else {
                sb.appendCodePoint(0x10000 + r.nextInt(0x100000)); // a proper pair
            }
        }
        return sb.toString();
    }

    /** Mostly realistic Ukrainian text, sometimes arbitrary. */
    public static String words(Random r) {
        return r.nextInt(5) < 3 ? oneOf(r, REAL_WORDS) : text(r);
    }

    /** Words whose surrogates are properly paired: JSON property names cannot hold unpaired ones. */
    public static String key(Random r) {
        return filtered(r, Generators835::words, Generators835::wellFormed);
    }

    static boolean wellFormed(String s) {
        return s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
    }

    /** Up to four entries of keys to words, in insertion order. */
    public static Map<String, String> stringMap(Random r) {
        int n = size(r, 4);
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(key(r), words(r));
        }
        return m;
    }

    // ---- open enums -------------------------------------------------------------------------

    /** A known frequency, a dirty real-world spelling, or arbitrary text. */
    public static UpdateFrequency frequency(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> UpdateFrequency.of(oneOf(r, Frequency.values()));
            case 1 -> UpdateFrequency.parse(oneOf(r, DIRTY_FREQUENCIES));
            default -> UpdateFrequency.parse(text(r));
        };
    }

    /** A known format, a dirty real-world spelling, or arbitrary text. */
    public static DataFormat format(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> DataFormat.of(oneOf(r, KnownFormat.values()));
            case 1 -> DataFormat.parse(oneOf(r, DIRTY_FORMATS));
            default -> DataFormat.parse(text(r));
        };
    }

    // ---- time -------------------------------------------------------------------------------

    /** UTC, +02:00, +03:00, or any offset up to ±18:00 (the ends included). */
    public static ZoneOffset offset(Random r) {
        return r.nextBoolean() ? oneOf(r, COMMON_OFFSETS)
                : ZoneOffset.ofTotalSeconds((int) between(r, -18 * 3600, 18 * 3600));
    }

    /** A date in 2015–2030, or anywhere in years -9999..99999 (the ends included). */
    public static LocalDate date(Random r) {
        return r.nextBoolean()
                ? LocalDate.ofEpochDay(between(r, LocalDate.of(2015, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay()))
                : LocalDate.ofEpochDay(between(r, LocalDate.of(-9999, 1, 1).toEpochDay(), LocalDate.of(99999, 12, 31).toEpochDay()));
    }

    /** A time to the second, to the millisecond, or to the nanosecond. */
    public static LocalTime time(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> LocalTime.ofSecondOfDay(between(r, 0, 86_399));
            case 1 -> LocalTime.ofNanoOfDay(between(r, 0, 86_399_999L) * 1_000_000L);
            default -> LocalTime.ofNanoOfDay(between(r, 0, 86_399_999_999_999L));
        };
    }

    /** A date, a time and an offset. */
    public static OffsetDateTime dateTime(Random r) {
        return OffsetDateTime.of(LocalDateTime.of(date(r), time(r)), offset(r));
    }

    // ---- model parts ------------------------------------------------------------------------

    /** A publisher whose name and code may each be missing; codes valid, short and non-numeric. */
    public static Publisher publisher(Random r) {
        return new Publisher(orNull(r, 0.2, Generators835::words), orNull(r, 0.3, x -> oneOf(x, EDRPOU)));
    }

    /** A responsible person, possibly with a designation order. */
    public static ResponsiblePerson person(Random r) {
        return new ResponsiblePerson(orNull(r, 0.2, Generators835::words), orNull(r, 0.2, Generators835::words),
                orNull(r, 0.4, Generators835::words), orNull(r, 0.5, Generators835::order));
    }

    /** A designation order with each part possibly missing. */
    public static DesignationOrder order(Random r) {
        return new DesignationOrder(orNull(r, 0.3, Generators835::words), orNull(r, 0.3, Generators835::date),
                orNull(r, 0.3, Generators835::words));
    }

    /** A field of a data structure. */
    public static StructureField field(Random r) {
        return new StructureField(orNull(r, 0.1, Generators835::words), orNull(r, 0.4, Generators835::words),
                orNull(r, 0.4, Generators835::words), orNull(r, 0.3, x -> oneOf(x, DATATYPES)), r.nextBoolean());
    }

    /** A data structure: a link, up to four fields, or both or neither. */
    public static DataStructure structure(Random r) {
        return new DataStructure(orNull(r, 0.3, Generators835::words), listOf(r, 4, Generators835::field));
    }

    /** A distribution; its size may be any long, negative and extreme ones included. */
    public static Distribution distribution(Random r) {
        return new Distribution(orNull(r, 0.3, Generators835::words), orNull(r, 0.2, Generators835::words),
                orNull(r, 0.2, Generators835::format), orNull(r, 0.6, Generators835::format),
                orNull(r, 0.5, Generators835::words), orNull(r, 0.4, x -> between(x, Long.MIN_VALUE, Long.MAX_VALUE)));
    }

    // ---- passports and registers ------------------------------------------------------------

    /** A passport with every element drawn, nullable ones sometimes missing. */
    public static Passport passport(Random r) {
        return Passport.builder()
                .identifier(orNull(r, 0.2, Generators835::words))
                .title(orNull(r, 0.2, Generators835::words))
                .description(orNull(r, 0.2, Generators835::words))
                .purpose(orNull(r, 0.2, Generators835::words))
                .language(orNull(r, 0.2, Generators835::words))
                .formats(listOf(r, 3, Generators835::format))
                .compression(orNull(r, 0.5, Generators835::format))
                .firstPublished(orNull(r, 0.2, Generators835::dateTime))
                .lastModified(orNull(r, 0.2, Generators835::dateTime))
                .dataAsOf(orNull(r, 0.2, Generators835::date))
                .updateFrequency(orNull(r, 0.2, Generators835::frequency))
                .keywords(listOf(r, 4, Generators835::words))
                .datasetUrl(orNull(r, 0.2, Generators835::words))
                .structure(orNull(r, 0.3, Generators835::structure))
                .publisher(orNull(r, 0.2, Generators835::publisher))
                .responsiblePerson(orNull(r, 0.2, Generators835::person))
                .distributions(listOf(r, 3, Generators835::distribution))
                .landingPage(orNull(r, 0.4, Generators835::words))
                .previousVersionsUrl(orNull(r, 0.6, Generators835::words))
                .extras(stringMap(r))
                .build();
    }

    /** A register of up to four entries with up to four distinct extra columns, each entry filling some of them. */
    public static Register register(Random r) {
        int columnCount = size(r, 4);
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < columnCount; i++) {
            distinct.add(key(r));
        }
        List<String> columns = List.copyOf(distinct);
        List<RegisterEntry> entries = listOf(r, 4, x -> entry(x, cells(x, columns)));
        return new Register(entries, columns);
    }

    private static Map<String, String> cells(Random r, List<String> columns) {
        Map<String, String> m = new LinkedHashMap<>();
        if (columns.isEmpty()) {
            return m;
        }
        int n = size(r, columns.size());
        for (int i = 0; i < n; i++) {
            m.put(oneOf(r, columns), words(r));
        }
        return m;
    }

    /** A register entry with the given cells of extra columns. */
    public static RegisterEntry entry(Random r, Map<String, String> cells) {
        return RegisterEntry.builder()
                .identifier(orNull(r, 0.2, Generators835::words))
                .title(orNull(r, 0.2, Generators835::words))
                .description(orNull(r, 0.2, Generators835::words))
                .accrualPeriodicity(orNull(r, 0.2, Generators835::frequency))
                .keywords(listOf(r, 3, Generators835::words))
                .purpose(orNull(r, 0.2, Generators835::words))
                .landingPage(orNull(r, 0.3, Generators835::words))
                .distributionFormats(listOf(r, 3, Generators835::format))
                .publisher(publisher(r))
                .contactPoint(person(r))
                .status(orNull(r, 0.3, x -> oneOf(x, EntryStatus.values())))
                .annexDataset(orNull(r, 0.4, x -> oneOf(x, ANNEX_DATASETS)))
                .restriction(orNull(r, 0.6, x -> new Restriction(orNull(x, 0.3, Generators835::words),
                        orNull(x, 0.3, Generators835::date))))
                .responsiblePerson(orNull(r, 0.4, Generators835::words))
                .nextUpdateDue(orNull(r, 0.4, Generators835::date))
                .extraColumns(cells)
                .build();
    }

    // ---- running a step of a property ------------------------------------------------------

    /** A step of a property that may throw. */
    @FunctionalInterface
    public interface Step<T> {
        /** Runs the step. */
        T run() throws Exception;
    }

    /**
     * Runs a step and turns an exception into an assertion failure that names the input (seed and
     * description), since a test method's exception alone does not say which seed failed.
     */
    public static <T> T attempt(String what, Step<T> step) {
        try {
            return step.run();
        } catch (Exception e) {
            throw new AssertionError("[" + what + "] threw " + e, e);
        }
    }

    // ---- descriptions for failure messages --------------------------------------------------

    /** A one-line summary of a passport's shape, for assertion descriptions. */
    public static String describe(Passport p) {
        return "passport id=" + quote(p.identifier()) + ", " + p.formats().size() + " formats, "
                + p.keywords().size() + " keywords, " + p.distributions().size() + " distributions, "
                + (p.structure() == null ? "no structure" : "structure of " + p.structure().fields().size() + " fields")
                + ", " + p.extras().size() + " extras, firstPublished=" + p.firstPublished()
                + ", lastModified=" + p.lastModified() + ", frequency="
                + (p.updateFrequency() == null ? "null" : quote(p.updateFrequency().raw()));
    }

    /** A one-line summary of a register's shape, for assertion descriptions. */
    public static String describe(Register reg) {
        StringBuilder sb = new StringBuilder("register of ").append(reg.size()).append(" entries, extra columns [");
        for (int i = 0; i < reg.extraColumns().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(quote(reg.extraColumns().get(i)));
        }
        sb.append("], ids [");
        for (int i = 0; i < reg.entries().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(quote(reg.entries().get(i).identifier()));
        }
        return sb.append(']').toString();
    }

    /** Text in quotes with controls, quotes, backslashes, surrogates and invisible characters escaped, cut at 40 units. */
    public static String quote(@Nullable String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length() && i < 40; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0xD800 && c <= 0xDFFF) || c == '\u2028' || c == '\ufeff'
                    || c == '\u00a0') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(s.length() > 40 ? "…\"" : "\"").toString();
    }
}
