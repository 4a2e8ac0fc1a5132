package ua.opendata.passport.csv;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.RegisterLocations;
import ua.opendata.passport.SourceLocation;

/**
 * What {@link RegisterCsvReader} read from one file: the register, how the file was written, and
 * where each entry stands in it.
 *
 * @param register  the register, complete (a file with problems is never returned in part)
 * @param charset   the encoding: UTF-8, or windows-1251 when the bytes were not UTF-8
 * @param bom       whether the file started with a UTF-8 byte order mark
 * @param delimiter the delimiter found in the header row: {@code ','}, {@code ';'} or a tab
 * @param notices   what a person should know although the file was readable, in file order
 * @param locations where each entry and each of its fields came from ({@code register.csv:17:3});
 *                  {@link RegisterLocations#unknown()} when the register did not come from a file
 */
public record RegisterReadResult(Register register, Charset charset, boolean bom, char delimiter,
        List<CsvNotice> notices, RegisterLocations locations) {

    /**
     * Copies the notices; checks structure only.
     *
     * @param register the register, complete (a file with problems is never returned in part)
     * @param charset the encoding: UTF-8, or windows-1251 when the bytes were not UTF-8
     * @param bom whether the file started with a UTF-8 byte order mark
     * @param delimiter the delimiter found in the header row: {@code ','}, {@code ';'} or a tab
     * @param notices what a person should know although the file was readable, in file order
     * @param locations where each entry and each of its fields came from
     */
    public RegisterReadResult {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(locations, "locations");
        notices = List.copyOf(notices);
    }

    /**
     * A result whose entries are not located in a file ({@link RegisterLocations#unknown()}).
     *
     * @param register the register
     * @param charset the encoding
     * @param bom whether the file started with a UTF-8 byte order mark
     * @param delimiter the delimiter
     * @param notices what a person should know, in file order
     */
    public RegisterReadResult(Register register, Charset charset, boolean bom, char delimiter,
            List<CsvNotice> notices) {
        this(register, charset, bom, delimiter, notices, RegisterLocations.unknown());
    }

    /**
     * Where a field of an entry came from, e.g. {@code register.csv:17:3} for {@code title}.
     * The entry is found by identity among {@link Register#entries()} (a scan of the register:
     * with many lookups, use {@link RegisterLocations#locate(int, String)} with the entry's index).
     *
     * @param entry an entry of this result's register (the same instance)
     * @param fieldPath the field path, e.g. {@code title}, {@code distributionFormats[1]},
     *                  {@code publisher.edrpou}; any other path gives the entry's row
     * @return the cell; empty when the entry is not in this register or the file is unknown
     */
    public Optional<SourceLocation> locationOf(RegisterEntry entry, String fieldPath) {
        Objects.requireNonNull(entry, "entry");
        List<RegisterEntry> entries = register.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == entry) {
                return locations.locate(i, fieldPath);
            }
        }
        return Optional.empty();
    }
}
