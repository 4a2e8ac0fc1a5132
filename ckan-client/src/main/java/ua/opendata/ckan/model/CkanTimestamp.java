package ua.opendata.ckan.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * A CKAN timestamp: the text exactly as received (written back unchanged) and the instant it
 * denotes. CKAN sends zone-less timestamps such as {@code 2021-03-04T10:11:12.123456} (server
 * time, UTC on a stock install); they are resolved with an explicit zone.
 *
 * @param raw the text as received
 * @param instant the instant, or null when the text could not be parsed
 */
public record CkanTimestamp(String raw, @Nullable Instant instant) {

    private static final DateTimeFormatter LOCAL =
            new DateTimeFormatterBuilder()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE)
                    .optionalStart()
                    .appendLiteral('T')
                    .optionalEnd()
                    .optionalStart()
                    .appendLiteral(' ')
                    .optionalEnd()
                    .optionalStart()
                    .appendValue(ChronoField.HOUR_OF_DAY, 2)
                    .appendLiteral(':')
                    .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
                    .optionalStart()
                    .appendLiteral(':')
                    .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
                    .optionalStart()
                    .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
                    .optionalEnd()
                    .optionalEnd()
                    .optionalEnd()
                    .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
                    .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
                    .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
                    .toFormatter();

    /**
     * Parses a CKAN timestamp. A timestamp with an offset keeps its offset; a zone-less one is
     * resolved in {@code zone}. Unparseable text is kept with a null instant (never throws).
     *
     * @param raw the text as received
     * @param zone the zone for zone-less timestamps
     * @return the timestamp
     */
    public static CkanTimestamp parse(String raw, ZoneId zone) {
        String s = raw.trim();
        // CKAN's timestamps are zone-less: try that form first, so that the usual case costs no
        // exception (a harvest reads several timestamps per dataset)
        Instant instant = hasOffset(s) ? zoned(s) : null;
        if (instant == null) {
            try {
                instant = LocalDateTime.parse(s, LOCAL).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                instant = hasOffset(s) ? null : zoned(s);
            }
        }
        return new CkanTimestamp(raw, instant);
    }

    private static @Nullable Instant zoned(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether the text ends with a zone offset ({@code Z}, {@code +02:00}, {@code -05:00}). */
    private static boolean hasOffset(String s) {
        int t = s.indexOf('T');
        if (t < 0) {
            return false;
        }
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        return last == 'Z' || last == 'z' || s.indexOf('+', t) > 0 || s.indexOf('-', t) > 0;
    }

    /**
     * Formats an instant the way CKAN does (zone-less, microseconds) in the given zone.
     *
     * @param instant the instant
     * @param zone the server's zone
     * @return the timestamp
     */
    public static CkanTimestamp of(Instant instant, ZoneId zone) {
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        String raw =
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
                        .format(LocalDateTime.ofInstant(micros, zone));
        return new CkanTimestamp(raw, micros);
    }

    @Override
    public String toString() {
        return raw;
    }
}
