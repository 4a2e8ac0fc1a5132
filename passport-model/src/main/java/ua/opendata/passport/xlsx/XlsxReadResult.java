package ua.opendata.passport.xlsx;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.RegisterLocations;
import ua.opendata.passport.SourceLocation;
import ua.opendata.passport.csv.CsvNotice;

/**
 * What {@link RegisterXlsxReader} read from one workbook.
 *
 * @param register  the register, complete (a workbook with problems is never returned in part)
 * @param sheet     the name of the worksheet read
 * @param sheets    the names of all the workbook's sheets, in tab order
 * @param notices   what a person should know although the sheet was readable, in sheet order; each
 *                  names its cell ({@link CsvNotice#location()}: {@code file:Sheet!B5})
 * @param locations where each entry and each of its fields came from ({@code register.xlsx:Sheet1!C17});
 *                  {@link RegisterLocations#unknown()} when not known
 */
public record XlsxReadResult(Register register, String sheet, List<String> sheets, List<CsvNotice> notices,
        RegisterLocations locations) {

    /**
     * Copies the lists; checks structure only.
     *
     * @param register the register, complete (a workbook with problems is never returned in part)
     * @param sheet the name of the worksheet read
     * @param sheets the names of all the workbook's sheets, in tab order
     * @param notices what a person should know although the sheet was readable, in sheet order; each
     *                names its cell ({@link CsvNotice#location()}: {@code file:Sheet!B5})
     * @param locations where each entry and each of its fields came from
     */
    public XlsxReadResult {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(locations, "locations");
        sheets = List.copyOf(sheets);
        notices = List.copyOf(notices);
    }

    /**
     * A result whose entries are not located ({@link RegisterLocations#unknown()}).
     *
     * @param register the register
     * @param sheet the name of the worksheet read
     * @param sheets the names of all the workbook's sheets, in tab order
     * @param notices what a person should know, in sheet order
     */
    public XlsxReadResult(Register register, String sheet, List<String> sheets, List<CsvNotice> notices) {
        this(register, sheet, sheets, notices, RegisterLocations.unknown());
    }

    /**
     * Where a field of an entry came from, e.g. {@code register.xlsx:Sheet1!C17} for {@code title}.
     * The entry is found by identity among {@link Register#entries()} (a scan: with many lookups, use
     * {@link RegisterLocations#locate(int, String)} with the entry's index).
     *
     * @param entry an entry of this result's register (the same instance)
     * @param fieldPath the field path, e.g. {@code title}, {@code distributionFormats[1]}
     * @return the cell; empty when the entry is not in this register
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
