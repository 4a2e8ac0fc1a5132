package ua.opendata.passport.json;

import java.util.Objects;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterLocations;

/**
 * A register document as {@link PassportJson#readRegisterDocument} read it: the register, and where
 * each entry's object starts in the document ({@code register.json:12:5}; a JSON document has no
 * columns, so every field of an entry is located there).
 *
 * @param register  the register the document describes
 * @param locations where each entry came from
 */
public record RegisterDocument(Register register, RegisterLocations locations) {

    /**
     * Checks structure only.
     *
     * @param register the register the document describes
     * @param locations where each entry came from
     */
    public RegisterDocument {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(locations, "locations");
    }
}
