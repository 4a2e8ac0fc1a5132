package ua.opendata.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EdrpouTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"14360570", "00032129", "00013480"})
    void realCodesPass(String code) {
        assertThat(Edrpou.isValid(code)).isTrue();
        assertThat(Edrpou.checkDigit(code)).isEqualTo(code.charAt(7) - '0');
        assertThat(Edrpou.checkDigit(code.substring(0, 7))).isEqualTo(code.charAt(7) - '0');
    }

    /**
     * Every single-digit change of a real code fails, except the neighbours where the algorithm
     * genuinely collides. The only one among the 3 × 72 neighbours: 14362570, whose first sum
     * (131) gives 10, so the second round (weights 3..9, sum 187) gives 0 — the same check digit.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"14360570, 14362570", "00032129, ''", "00013480, ''"})
    void everySingleDigitChangeFailsExceptGenuineCollisions(String code, String collisions) {
        List<String> valid = new ArrayList<>();
        int neighbours = 0;
        for (int i = 0; i < 8; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != code.charAt(i)) {
                    String altered = code.substring(0, i) + d + code.substring(i + 1);
                    neighbours++;
                    if (Edrpou.isValid(altered)) {
                        valid.add(altered);
                    }
                }
            }
        }
        assertThat(neighbours).isEqualTo(72);
        assertThat(valid).containsExactlyElementsOf(collisions.isEmpty() ? List.of() : List.of(collisions.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // code, valid, why
        "30000005, true, 'in the 30000000–60000000 band (weights 7,1..6): 21 mod 11 = 10, second round 27 mod 11 = 5'",
        "30000000, false, 'band code whose check digit would be 5'",
        "29999993, true, 'just below the band: weights 1..7'",
        "29999995, false, 'what the band weights would give just below the band'",
        "60000006, true, 'just above the band: weights 1..7'",
        "60000009, false, 'what the band weights would give just above the band'",
        "00002810, true, 'both rounds give 10, so the check digit is 0'",
        "00000035, true, 'first round 10, second round 5'",
        "00000030, false, 'first-round 10 taken as 0 is wrong'"})
    void bandAndSecondRound(String code, boolean valid, String why) {
        assertThat(Edrpou.isValid(code)).as(why).isEqualTo(valid);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"1436057", "143605700", "", "1436057O", "14360 570", "１４３６０５７０", "-1436057",
        " 14360570", "14360570 "})
    void notEightAsciiDigitsFails(String code) {
        assertThat(Edrpou.isValid(code)).isFalse();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "123456", "12a4567"})
    void checkDigitNeedsSevenDigits(String code) {
        assertThatThrownBy(() -> Edrpou.checkDigit(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void checkDigitOfSevenDigitsCompletesAValidCode() {
        assertThat(Edrpou.checkDigit("6000000")).isEqualTo(6); // 60000006, outside the band
        assertThat(Edrpou.checkDigit("3000000")).isEqualTo(5); // 30000005, inside the band
        assertThat(Edrpou.checkDigit("2999999")).isEqualTo(3);
        List<Long> prefixes = new ArrayList<>();
        for (long p = 2_999_000; p <= 3_001_000; p++) {
            prefixes.add(p);
        }
        for (long p = 5_999_000; p <= 6_001_000; p++) {
            prefixes.add(p);
        }
        for (long p = 0; p < 10_000_000; p += 997) {
            prefixes.add(p);
        }
        for (long p : prefixes) {
            String prefix = String.format(java.util.Locale.ROOT, "%07d", p);
            assertThat(Edrpou.isValid(prefix + Edrpou.checkDigit(prefix))).as(prefix).isTrue();
        }
    }
}
