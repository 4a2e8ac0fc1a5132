package ua.opendata.core.mapping;

import java.util.Objects;
import ua.opendata.core.LocalizedText;

/**
 * What a mapping could not carry over unchanged: an element the portal cannot hold, a value that was
 * normalised, or a value the profile refuses to send.
 *
 * @param element the passport element's path, e.g. {@code publisher.edrpou}, {@code distributions[1].compression}
 * @param kind    what happened
 * @param message what happened and what to do, in Ukrainian and English
 */
public record MappingNote(String element, Kind kind, LocalizedText message) {

    /** What happened to an element. */
    public enum Kind {
        /** The portal has no place for the element: it is not sent and will not come back. */
        NOT_HELD,
        /** The value is sent in the portal's canonical form (e.g. an update frequency's API value). */
        NORMALISED,
        /** The value is not sent because the portal would reject or misread it; a plan shows a conflict. */
        REFUSED
    }

    /**
     * Checks structure only.
     *
     * @param element the passport element's path, e.g. {@code publisher.edrpou}, {@code
     *                distributions[1].compression}
     * @param kind    what happened
     * @param message what happened and what to do, in Ukrainian and English
     */
    public MappingNote {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
