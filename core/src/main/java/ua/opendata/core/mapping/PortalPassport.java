package ua.opendata.core.mapping;

import java.util.List;
import java.util.Objects;
import ua.opendata.passport.Passport;

/**
 * A passport read from a portal dataset, with notes on what could not be read as such.
 *
 * @param passport the passport
 * @param notes    what the reading normalised or could not recognise
 */
public record PortalPassport(Passport passport, List<MappingNote> notes) {

    /**
     * Copies the notes.
     *
     * @param passport the passport
     * @param notes    what the reading normalised or could not recognise
     */
    public PortalPassport {
        Objects.requireNonNull(passport, "passport");
        notes = List.copyOf(notes);
    }
}
