package ua.opendata.passport.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Utf8#isValid} (eight bytes at a time where it can) agrees with the JDK's decoder, and, for a
 * look-ahead window cut in the middle of a character, with a plain byte-by-byte validator (the one
 * the register reader used before, kept here as the oracle).
 */
class Utf8Test {

    static IntStream seeds() {
        return IntStream.range(0, 20);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void utf8ValidationAsTheDecoderAndTheLookAhead(int seed) {
        Random r = new Random(seed);
        String[] pieces = {"a", " ", "д", "і", "«", "€", "\uD83D\uDE00", "ab", "Київ ", "x12"};
        byte[][] raw = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF5}, {(byte) 0xFF}, {(byte) 0xD0}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F}};
        for (int n = 0; n < 5_000; n++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int parts = r.nextInt(30);
            for (int p = 0; p < parts; p++) {
                out.writeBytes(r.nextInt(25) == 0 ? raw[r.nextInt(raw.length)] : utf8(pieces[r.nextInt(pieces.length)]));
            }
            byte[] cell = out.toByteArray();
            int before = r.nextInt(9);
            int after = r.nextInt(9);
            byte[] b = new byte[before + cell.length + after];
            r.nextBytes(b); // garbage around the cell must not matter
            System.arraycopy(cell, 0, b, before, cell.length);
            int from = before;
            int to = before + cell.length;
            assertThat(Utf8.isValid(b, from, to, false)).as("%s", java.util.Arrays.toString(cell))
                    .isEqualTo(decodes(cell));
            assertThat(Utf8.isValid(b, from, to, true)).as("%s", java.util.Arrays.toString(cell))
                    .isEqualTo(byteByByte(b, from, to - from, true));
        }
    }

    private static boolean decodes(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The former validator: one character at a time. */
    private static boolean byteByByte(byte[] b, int off, int len, boolean truncatedEndOk) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return false;
            }
            int cp = c & (0x3F >> need);
            for (int j = 1; j <= need; j++) {
                if (i + j >= end) {
                    return truncatedEndOk;
                }
                int cc = b[i + j] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += need + 1;
        }
        return true;
    }
}
