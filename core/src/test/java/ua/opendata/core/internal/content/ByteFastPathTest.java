package ua.opendata.core.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.core.internal.content.CellRules.Kind;
import ua.opendata.passport.Edrpou;
import ua.opendata.passport.constraints.HttpUrlValidator;
import ua.opendata.passport.io.Dates;

/**
 * The byte-level fast paths against the rules they stand in for: {@link CellRules#fine} never
 * accepts a cell that {@link CellRules#check} reports, and accepts the plain values of every
 * datatype (so the fast paths are really taken). The UTF-8 validation the scanner uses is
 * passport-model's {@code Utf8}, tested there ({@code Utf8Test}).
 */
class ByteFastPathTest {

    static IntStream seeds() {
        return IntStream.range(0, 20);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A cell inside a larger array, with garbage around it, as cells sit in the read buffer. */
    private static boolean fine(Kind kind, boolean required, String cell, Random r) {
        byte[] v = utf8(cell);
        int before = r.nextInt(9);
        byte[] b = new byte[before + v.length + r.nextInt(9)];
        r.nextBytes(b);
        System.arraycopy(v, 0, b, before, v.length);
        boolean ascii = cell.chars().allMatch(c -> c < 0x80);
        return CellRules.fine(kind, required, b, before, v.length, ascii, null);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theFastPathNeverAcceptsWhatTheRuleReports(int seed) {
        Random r = new Random(seed);
        String alphabet = "0123456789-.:eE+ TnulфніЄ\u3000\u2003\t/httpsw%#?aA,\"x";
        for (int n = 0; n < 10_000; n++) {
            String cell = randomCell(r, alphabet);
            for (Kind kind : Kind.values()) {
                for (boolean required : new boolean[] {false, true}) {
                    if (fine(kind, required, cell, r)) {
                        assertThat(CellRules.check(kind, required, cell))
                                .as("%s required=%s «%s»", kind, required, cell).isNull();
                    }
                }
            }
        }
    }

    private static String randomCell(Random r, String alphabet) {
        switch (r.nextInt(6)) {
            case 0:
                return String.format("%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33))
                        + (r.nextBoolean() ? "" : (r.nextBoolean() ? "T" : " ") + String.format("%02d:%02d", r.nextInt(26), r.nextInt(62))
                        + (r.nextBoolean() ? "" : String.format(":%02d", r.nextInt(62))));
            case 1:
                return String.format("%08d", r.nextInt(100_000_000));
            case 2:
                return (r.nextBoolean() ? "https://" : "http://") + randomText(r, "ab-.1Я:", 8)
                        + (r.nextBoolean() ? "" : "/" + randomText(r, "az09/%#?!()~ ", 10));
            case 3:
                return (r.nextBoolean() ? " " : "") + "не застосовується" + randomText(r, " \u3000x\u00A0", 2);
            default:
                return randomText(r, alphabet, 12);
        }
    }

    private static String randomText(Random r, String alphabet, int max) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0} «{1}»")
    @CsvSource(delimiter = '|', value = {
            "DATE|2026-03-31", "DATE|2024-02-29", "DATETIME|2026-03-31T14:00:00", "DATETIME|2026-03-31 14:00",
            "INTEGER|-42", "INTEGER|7", "NUMBER|1234.56", "NUMBER|.5", "NUMBER|-0.5", "NUMBER|1.5E-3",
            "BOOLEAN|TRUE", "BOOLEAN|0", "URL|https://data.gov.ua/dataset/x?a=1#top", "URL|http://a",
            "URL|https://x.y:8080/a%20b", "EDRPOU|00032129", "EDRPOU|14360570", "TEXT|Школа № 1",
            "TEXT|не застосовується", "INTEGER|не застосовується", "DATE|'не застосовується  '"})
    void plainValuesTakeTheFastPath(Kind kind, String cell) {
        assertThat(fine(kind, true, cell, new Random(1))).isTrue();
        assertThat(CellRules.check(kind, true, cell)).isNull();
    }

    @ParameterizedTest(name = "{0} «{1}» required={2}")
    @CsvSource(delimiter = '|', value = {
            "DATE|2026-02-29|false", "DATE|31.12.2025|false", "DATE|2026-03-3١|false", "INTEGER|1 000|false",
            "NUMBER|12,5|false", "NUMBER|1.|false", "BOOLEAN|falſe|false", "URL|https://міськрада.укр/x|false",
            "URL|data.gov.ua/x|false", "EDRPOU|14360571|false", "TEXT|null|true", "TEXT|''|true",
            "TEXT|'\u3000'|true", "TEXT|' не застосовується'|true", "DATETIME|2026-03-31T24:00:00|false"})
    void otherValuesAreLeftToTheRule(Kind kind, String cell, boolean required) {
        assertThat(fine(kind, required, cell, new Random(2))).isFalse();
    }

    @Test
    void textThatIsNotRequiredIsNeverLookedAt() {
        assertThat(CellRules.fine(Kind.TEXT, false, new byte[] {(byte) 0xFF}, 0, 1, false, null)).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void edrpouCheckDigitAsTheModel(int seed) {
        Random r = new Random(seed);
        for (int n = 0; n < 50_000; n++) {
            int whole = n < 2_000 ? 29_999_000 + n * 10 + r.nextInt(10) // around the band's edges
                    : n < 4_000 ? 59_999_000 + (n - 2_000) * 10 + r.nextInt(10) : r.nextInt(100_000_000);
            String code = String.format("%08d", whole);
            assertThat(CellRules.isEdrpou(utf8(code), 0, 8)).as(code).isEqualTo(Edrpou.isValid(code));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void numbersDatesAndLinksAsTheirStringRules(int seed) throws ReflectiveOperationException {
        Method plainUrl = HttpUrlValidator.class.getDeclaredMethod("isPlainHttpUrl", String.class);
        plainUrl.setAccessible(true);
        Random r = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            String number = randomText(r, "0123456789.eE+-x", 7);
            byte[] nb = utf8(number);
            assertThat(CellRules.isNumber(nb, 0, nb.length)).as(number).isEqualTo(number.length() > 0
                    && CellRules.check(Kind.NUMBER, false, number) == null);
            String date = randomCell(new Random(r.nextLong()), "0123456789-") + randomText(r, "0-", 1);
            byte[] db = utf8(date);
            if (db.length == date.length()) {
                assertThat(CellRules.isIsoDate(db, 0, db.length)).as(date)
                        .isEqualTo(Dates.parseIso(date, 0, date.length()) != null);
            }
            String url = (r.nextBoolean() ? "https://" : "http://") + randomText(r, "ab-.19:", 8)
                    + randomText(r, "az09/%#?!()~ Fg[]@", 10);
            byte[] ub = utf8(url);
            if (ub.length == url.length()) {
                assertThat(CellRules.isPlainHttpUrl(ub, 0, ub.length)).as(url).isEqualTo(plainUrl.invoke(null, url));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aColumnsMemoryOfLinksChangesNoAnswer(int seed) {
        Random r = new Random(seed);
        CellRules.LinkMemo memo = new CellRules.LinkMemo();
        String[] starts = {"https://data.gov.ua/dataset/", "https://data.gov.ua/", "http://a.b:80/x/", "https://data.gov.ua",
            "https://data.gov.ua/d#", "https://data.gov.ua/d?q=/", "https://data.gov.ua/%2"};
        int remembered = 0;
        for (int n = 0; n < 5_000; n++) {
            String url = starts[r.nextInt(starts.length)] + randomText(r, "az09/%#?!F ", 8);
            byte[] b = utf8(url);
            boolean plain = CellRules.isPlainHttpUrl(b, 0, b.length);
            assertThat(CellRules.isPlainHttpUrl(b, 0, b.length, memo)).as(url).isEqualTo(plain);
            remembered += memo.length > 0 ? 1 : 0;
        }
        assertThat(remembered).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theMarkerIsFineWhateverTheKind(Kind kind) {
        byte[] b = utf8("не застосовується \t");
        assertThat(CellRules.fine(kind, true, b, 0, b.length, false, null)).isTrue();
        assertThat(CellRules.check(kind, true, "не застосовується \t")).isNull();
    }
}
