package ua.opendata.passport.internal.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The standard JSON escapes, plus every UTF-16 surrogate written as a {@code \}{@code uXXXX}
 * escape. Text with an unpaired surrogate (which Java strings may hold) then survives a round trip
 * instead of failing to encode as UTF-8; a proper pair is escaped too and reads back the same.
 */
public final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    /** The shared instance. */
    public static final SurrogateEscapes INSTANCE = new SurrogateEscapes();

    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
        if (ch >= 0xD800 && ch <= 0xDFFF) {
            return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
        }
        return null;
    }
}
