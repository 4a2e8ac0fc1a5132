package ua.opendata.passport;

import org.jspecify.annotations.Nullable;
import ua.opendata.passport.internal.EdrpouCheck;

/**
 * The EDRPOU code (код ЄДРПОУ) of a legal entity: eight digits, the last a check digit.
 *
 * <p>The check digit algorithm (as used in practice): weights 1..7 over digits 1–7 when the code
 * is below 30000000 or above 60000000, otherwise 7,1,2,3,4,5,6; the sum modulo 11; when that gives
 * 10, the weights are increased by 2 and the sum taken again; a second 10 gives check digit 0.
 */
public final class Edrpou {

    private Edrpou() {
    }

    /**
     * Whether {@code code} is exactly eight ASCII digits with a correct check digit; false for {@code null}.
     *
     * @param code the candidate EDRPOU code of a legal entity; may be {@code null}
     * @return {@code true} when the code is a valid EDRPOU code
     */
    public static boolean isValid(@Nullable CharSequence code) {
        return EdrpouCheck.isValid(code);
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
     * @param code seven digits, or a whole eight-digit code
     * @return the check digit, 0 to 9
     * @throws IllegalArgumentException when fewer than seven leading digits are given
     */
    public static int checkDigit(CharSequence code) {
        return EdrpouCheck.checkDigit(code);
    }
}
