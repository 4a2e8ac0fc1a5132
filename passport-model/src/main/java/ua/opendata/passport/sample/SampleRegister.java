package ua.opendata.passport.sample;

import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import ua.opendata.passport.PassportException;

/**
 * A realistic, <strong>fictional</strong> register of datasets of a city military administration
 * (after the Shchastia case: bound by the annex sections «Усі розпорядники інформації» and «Органи
 * місцевого самоврядування»), bundled for examples and tests. Every row carries the note «ЗРАЗОК /
 * SAMPLE» in an extra column; the EDRPOU code {@code 44591028} and all names and addresses are
 * made up.
 *
 * <p>The file is written as Excel exports it: UTF-8 with a BOM, {@code ;} as delimiter, CRLF line
 * ends, {@code dd.MM.yyyy} dates, a quoted multi-line cell. It has 23 entries: published, planned,
 * and restricted ones (one under martial law with its legal basis), and deliberate defects for the
 * rulebook to find:
 * <ul>
 *   <li>{@code shch-017} appears twice (identifiers must be unique) and its first entry has no
 *       purpose (passport element 4);</li>
 *   <li>{@code shch-012} has an EDRPOU code with a wrong check digit ({@code 44591082});</li>
 *   <li>{@code shch-011} has a malformed e-mail ({@code …@shchastia-sample,gov.ua});</li>
 *   <li>{@code shch-021} has a title over 254 characters;</li>
 *   <li>{@code shch-022} has no keywords;</li>
 *   <li>{@code shch-023} has a landing page without a scheme ({@code data.gov.ua/dataset/…});</li>
 *   <li>{@code shch-016} has an update frequency that cannot be recognised ({@code unscheduled});
 *       {@code shch-018} one that can ({@code once a month”}, a stray quote), and {@code shch-003}
 *       a Ukrainian label ({@code Щороку});</li>
 *   <li>{@code shch-006} declares {@code xlxs} and {@code shch-009} {@code .сsv} with a Cyrillic
 *       «с» (both normalisable); {@code shch-013} publishes tabular data as PDF only;</li>
 *   <li>{@code shch-015} is restricted without a legal basis;</li>
 *   <li>{@code shch-008} was due for update on 30.06.2026 (overdue).</li>
 * </ul>
 */
public final class SampleRegister {

    /** The classpath resource of the sample register CSV. */
    public static final String CSV_RESOURCE = "/ua/opendata/passport/sample/sample-register-shchastia.csv";

    /** The file name of the sample register, for messages. */
    public static final String CSV_FILE_NAME = "sample-register-shchastia.csv";

    private SampleRegister() {
    }

    /**
     * Opens the sample register CSV; the caller closes the stream.
     *
     * @return the bytes of the sample register file, BOM included, as Excel exports it
     */
    public static InputStream openCsv() {
        InputStream in = SampleRegister.class.getResourceAsStream(CSV_RESOURCE);
        if (in == null) {
            throw new PassportException(missing(Locale.ENGLISH) + " / " + missing(Locale.ROOT));
        }
        return in;
    }

    private static String missing(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("ua.opendata.passport.sample.SampleMessages", locale,
                SampleRegister.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(b.getString("sample.missing"), locale).format(new Object[] {CSV_RESOURCE});
    }
}
