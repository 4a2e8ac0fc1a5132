package ua.opendata.passport.csv;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import ua.opendata.passport.Register;

/**
 * What {@link RegisterCsvReader} read from one file: the register and how the file was written.
 *
 * @param register  the register, complete (a file with problems is never returned in part)
 * @param charset   the encoding: UTF-8, or windows-1251 when the bytes were not UTF-8
 * @param bom       whether the file started with a UTF-8 byte order mark
 * @param delimiter the delimiter found in the header row: {@code ','}, {@code ';'} or a tab
 * @param notices   what a person should know although the file was readable, in file order
 */
public record RegisterReadResult(Register register, Charset charset, boolean bom, char delimiter,
        List<CsvNotice> notices) {

    /**
     * Copies the notices; checks structure only.
     *
     * @param register the register, complete (a file with problems is never returned in part)
     * @param charset the encoding: UTF-8, or windows-1251 when the bytes were not UTF-8
     * @param bom whether the file started with a UTF-8 byte order mark
     * @param delimiter the delimiter found in the header row: {@code ','}, {@code ';'} or a tab
     * @param notices what a person should know although the file was readable, in file order
     */
    public RegisterReadResult {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(charset, "charset");
        notices = List.copyOf(notices);
    }
}
