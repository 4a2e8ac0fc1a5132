package ua.opendata.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.StructureField;

/**
 * The byte-level checker finds exactly what the string-based one found ({@link ReferenceContentChecker}),
 * on seeded random files full of what breaks scanners: quoted cells with doubled quotes and line
 * ends, CR, LF and CRLF, BOMs, invalid UTF-8, Windows-1251, Unicode whitespace around markers, cells
 * over the size limit, rows wider than the column limit, unterminated quotes; read through tiny
 * buffers from a stream that hands out a few bytes at a time, so cells and characters are cut at
 * every possible place.
 */
class ContentCheckerEquivalenceTest {

    static final DataStructure STRUCTURE = new DataStructure(null, List.of(
            new StructureField("id", null, null, "integer", true),
            new StructureField("name", null, null, "string", true),
            new StructureField("Код ЄДРПОУ", null, null, "string", false),
            new StructureField("date", null, null, "date", false),
            new StructureField("at", null, null, "dateTime", false),
            new StructureField("amount", null, null, "decimal", false),
            new StructureField("flag", null, null, "boolean", false),
            new StructureField("url", null, null, "anyURI", false),
            new StructureField("note", null, null, "string", false),
            new StructureField("status", null, null, "string", true)));

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void findsWhatTheStringCheckerFinds(int seed) throws IOException {
        Random r = new Random(seed);
        Charset charset = seed % 7 == 3 ? Charset.forName("windows-1251") : StandardCharsets.UTF_8;
        byte[] file = randomFile(r, charset, seed % 5 == 0);
        int maxCell = 16 + r.nextInt(200);
        int maxColumns = 3 + r.nextInt(12);
        DataStructure structure = seed % 4 == 1 ? null : STRUCTURE;

        ContentReport expected = new ReferenceContentChecker(Long.MAX_VALUE, maxCell, maxColumns, 1000)
                .check(new ByteArrayInputStream(file), "r.csv", structure);
        ContentReport trickled = check(ContentChecker.builder().maxCellBytes(maxCell).maxColumns(maxColumns)
                .readBuffer(16 + r.nextInt(64)).build(), new Trickle(file, new Random(seed * 31L)), "r.csv", structure);
        ContentReport whole = check(ContentChecker.builder().maxCellBytes(maxCell).maxColumns(maxColumns).build(),
                new ByteArrayInputStream(file), "r.csv", structure);

        assertThat(trickled.problems()).containsExactlyElementsOf(expected.problems());
        assertThat(trickled).isEqualTo(expected);
        assertThat(whole.problems()).containsExactlyElementsOf(expected.problems());
        assertThat(whole).isEqualTo(expected);
    }

    /** A random CSV; with {@code longAsciiStart} the first 64 KiB are ASCII, so the encoding is decided late. */
    static byte[] randomFile(Random r, Charset charset, boolean longAsciiStart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (charset.equals(StandardCharsets.UTF_8) && r.nextInt(4) == 0) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        String delimiter = new String[] {",", ";", "\t"}[r.nextInt(3)];
        List<String> names = new ArrayList<>();
        for (StructureField f : STRUCTURE.fields()) {
            names.add(f.name());
        }
        Collections.shuffle(names, r);
        if (r.nextInt(3) == 0) {
            names.remove(r.nextInt(names.size()));
        }
        if (r.nextInt(3) == 0) {
            names.add(r.nextBoolean() ? "extra" : names.get(0).toUpperCase(java.util.Locale.ROOT));
        }
        if (r.nextInt(8) == 0) {
            out.writeBytes(newline(r).getBytes(StandardCharsets.US_ASCII)); // a blank line before the header
        }
        out.writeBytes((String.join(delimiter, names) + newline(r)).getBytes(charset));
        if (longAsciiStart) {
            while (out.size() < 70_000) {
                out.writeBytes(("1" + delimiter + "plain ascii row" + delimiter + "2026-01-31\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
        }
        int rows = r.nextInt(40);
        for (int row = 0; row < rows; row++) {
            int width = names.size() + (r.nextInt(6) == 0 ? r.nextInt(5) - 2 : 0);
            for (int c = 0; c < width; c++) {
                if (c > 0) {
                    out.writeBytes(delimiter.getBytes(StandardCharsets.US_ASCII));
                }
                writeCell(out, r, charset, delimiter, c < names.size() ? names.get(c) : "extra");
            }
            if (row < rows - 1 || r.nextBoolean()) {
                out.writeBytes(newline(r).getBytes(StandardCharsets.US_ASCII));
            }
        }
        if (r.nextInt(10) == 0) {
            out.writeBytes("\"never closed, ".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static String newline(Random r) {
        return new String[] {"\n", "\r\n", "\r"}[r.nextInt(3)];
    }

    private static void writeCell(ByteArrayOutputStream out, Random r, Charset charset, String delimiter, String column) {
        if (r.nextInt(25) == 0) { // raw bytes: invalid UTF-8, or the byte Windows-1251 leaves undefined
            byte[][] raw = {{(byte) 0xFF}, {(byte) 0xD0}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0x98}, {(byte) 0xD0, (byte) 0xB0, (byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
            boolean quoted = r.nextBoolean();
            out.writeBytes((quoted ? "\"Київ, x" : "x").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(raw[r.nextInt(raw.length)]);
            out.writeBytes((quoted ? "ще \"\" раз\"" : "").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String v = value(r, column);
        if (!charset.newEncoder().canEncode(v)) {
            v = "ok";
        }
        int quoting = r.nextInt(8);
        boolean mustQuote = v.contains(delimiter) || v.contains("\"") || v.contains("\n") || v.contains("\r");
        if (quoting == 0 || mustQuote) {
            String q = "\"" + v.replace("\"", "\"\"") + "\"";
            if (r.nextInt(15) == 0) {
                q += "tail"; // text after the closing quote
            }
            out.writeBytes(q.getBytes(charset));
        } else {
            out.writeBytes(v.getBytes(charset));
        }
    }

    private static String value(Random r, String column) {
        switch (r.nextInt(14)) {
            case 0:
                return "";
            case 1:
                return pick(r, "null", " ", "  \t", "\u3000", "NULL", "null ");
            case 2:
                return pick(r, "не застосовується", " не застосовується ", "не застосовується\u2003",
                        "\u3000не застосовується", "не застосовується!", "не застосовуєтьс");
            case 3:
                return pick(r, "Школа № 1", "Ліцей \"Світанок\"", "ТОВ «Альфа»; філія 2", "a,b", "рядок\nдругий",
                        "рядок\r\nдругий", "Ñandú", "emoji \uD83D\uDE00", "x\ry");
            case 4:
                return longValue(r);
            default:
                return typed(r, column);
        }
    }

    private static String typed(Random r, String column) {
        switch (column) {
            case "id":
                return pick(r, "1", "-42", "+7", "4.2", "1 000", "x", "0012", "-", "١٢");
            case "Код ЄДРПОУ":
                return pick(r, "00032129", "14360570", "14360571", "32129", "00032129 ", "0003212９",
                        String.format("%08d", r.nextInt(100_000_000)));
            case "date":
                return pick(r, "2026-03-31", "2024-02-29", "2026-02-29", "2000-02-29", "1900-02-29", "2026-13-01",
                        "31.12.2025", "2026-3-31", " 2026-03-31", "2026-03-3١", "2026-04-31", "0000-02-29");
            case "at":
                return pick(r, "2026-03-31T14:00:00", "2026-03-31 14:00", "2026-03-31T14:00:00+03:00",
                        "2026-03-31T24:00:00", "2026-03-31T25:00:00", "2026-03-31T14:60", "2026-03-31T14:00:00.5",
                        "2026-02-30T10:00");
            case "amount":
                return pick(r, "1234.56", "-.5", "1e5", "1.5E-3", "12,5", "1.", ".", "1e5E3", "1E5e", "+.5", "-1.-5",
                        "5e", "٣.5", Integer.toString(r.nextInt(1000)) + "." + r.nextInt(100));
            case "flag":
                return pick(r, "true", "FALSE", "1", "0", "так", "falſe", "yes", "True ");
            case "url":
                return pick(r, "https://data.gov.ua/dataset/x", "http://a", "https://міськрада.укр/ліцей",
                        "data.gov.ua/x", "https://data.gov.ua/a%2", "https://data.gov.ua/a%20b#f#g",
                        "https://x.y:8080/?q=1", "https://1.2.3.4/", "https://-a.com/", "https://a..b/",
                        "https://data.gov.ua/a b", "https://data.gov.ua/ü", "ftp://x.y/", "https://",
                        "https://x.com:123456/");
            default:
                return pick(r, "чинний", "припинений", "text", "Департамент освіти і науки");
        }
    }

    private static String longValue(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(300);
        while (b.length() < n) {
            b.append(r.nextBoolean() ? "абв" : "xyz ");
        }
        return b.toString();
    }

    private static String pick(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }

    /** Hands out the bytes a few at a time, as a slow network stream does. */
    /** Checks against the structure, or encoding and shape only when there is none. */
    static ContentReport check(ContentChecker checker, InputStream in, String source,
            @Nullable DataStructure structure) {
        return structure == null ? checker.check(in, source) : checker.check(in, source, structure);
    }

    static final class Trickle extends InputStream {
        private final byte[] data;
        private final Random random;
        private int pos;

        Trickle(byte[] data, Random random) {
            this.data = data;
            this.random = random;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + random.nextInt(13)), data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
