package ua.opendata.passport.internal;

import org.jspecify.annotations.Nullable;

/**
 * The EDRPOU check-digit algorithm, for {@link ua.opendata.passport.Edrpou} (the public API) and
 * the {@code @ValidEdrpou} validator of {@code ua.opendata.passport.constraints}, which must not
 * depend on each other's package (a package cycle). See {@code Edrpou} for the algorithm.
 */
public final class EdrpouCheck {

    private EdrpouCheck() {
    }

    /** Whether {@code code} is exactly eight ASCII digits with a correct check digit; false for {@code null}. */
    public static boolean isValid(@Nullable CharSequence code) {
        if (code == null || code.length() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return checkDigit(code) == code.charAt(7) - '0';
    }

    /**
     * The check digit for the first seven digits of {@code code} (eight or seven digits given).
     *
     * <p>The weights depend on whether the whole code lies in the 30000000–60000000 band. With
     * eight digits given, the band is decided on the code as given. With seven, the check digit
     * returned is the one that makes a valid code: the band is decided on the code it completes
     * (for the prefix {@code 6000000} that is {@code 60000006}, outside the band, although
     * {@code 60000000} is inside it).
     *
     * @throws IllegalArgumentException when fewer than seven leading digits are given
     */
    public static int checkDigit(CharSequence code) {
        if (code.length() < 7) {
            throw new IllegalArgumentException("an EDRPOU code needs at least 7 digits, got " + code.length());
        }
        long value = 0;
        int[] digits = new int[7];
        for (int i = 0; i < 7; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("EDRPOU digit " + (i + 1) + " is not a digit");
            }
            digits[i] = c - '0';
            value = value * 10 + digits[i];
        }
        if (code.length() >= 8 && code.charAt(7) >= '0' && code.charAt(7) <= '9') {
            return checkDigit(digits, inBand(value * 10 + (code.charAt(7) - '0')));
        }
        // Seven digits: take the weighting whose check digit completes a code in its own range.
        int plain = checkDigit(digits, false);
        if (!inBand(value * 10 + plain)) {
            return plain;
        }
        return checkDigit(digits, true);
    }

    private static boolean inBand(long whole) {
        return whole >= 30_000_000L && whole <= 60_000_000L;
    }

    private static int checkDigit(int[] digits, boolean shifted) {
        int check = weightedSum(digits, shifted, 0) % 11;
        if (check == 10) {
            check = weightedSum(digits, shifted, 2) % 11;
            if (check == 10) {
                check = 0;
            }
        }
        return check;
    }

    private static int weightedSum(int[] digits, boolean shifted, int add) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int weight = shifted ? (i == 0 ? 7 : i) : i + 1;
            sum += digits[i] * (weight + add);
        }
        return sum;
    }
}
