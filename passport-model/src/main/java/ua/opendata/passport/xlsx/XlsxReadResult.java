package ua.opendata.passport.xlsx;

import java.util.List;
import java.util.Objects;
import ua.opendata.passport.Register;
import ua.opendata.passport.csv.CsvNotice;

/**
 * What {@link RegisterXlsxReader} read from one workbook.
 *
 * @param register the register, complete (a workbook with problems is never returned in part)
 * @param sheet    the name of the worksheet read
 * @param sheets   the names of all the workbook's sheets, in tab order
 * @param notices  what a person should know although the sheet was readable, in sheet order; each
 *                 names its cell ({@link CsvNotice#location()}: {@code file:Sheet!B5})
 */
public record XlsxReadResult(Register register, String sheet, List<String> sheets, List<CsvNotice> notices) {

    /**
     * Copies the lists; checks structure only.
     *
     * @param register the register, complete (a workbook with problems is never returned in part)
     * @param sheet the name of the worksheet read
     * @param sheets the names of all the workbook's sheets, in tab order
     * @param notices what a person should know although the sheet was readable, in sheet order; each
     *                names its cell ({@link CsvNotice#location()}: {@code file:Sheet!B5})
     */
    public XlsxReadResult {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(sheet, "sheet");
        sheets = List.copyOf(sheets);
        notices = List.copyOf(notices);
    }
}
