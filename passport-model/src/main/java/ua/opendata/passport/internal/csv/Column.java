package ua.opendata.passport.internal.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a register file: the Ministry's twelve standard columns, then the internal ones,
 * in the order they are written, with the header aliases the reader accepts.
 */
public enum Column {
    /** {@code identifier}. */
    IDENTIFIER("identifier", true, "Ідентифікатор", "Ідентифікаційний номер набору даних"),
    /** {@code title}. */
    TITLE("title", true, "Назва", "Найменування набору даних", "Назва набору даних"),
    /** {@code description}. */
    DESCRIPTION("description", true, "Опис", "Стислий опис", "Опис набору даних", "Стислий опис набору даних"),
    /** {@code accrualPeriodicity}. */
    ACCRUAL_PERIODICITY("accrualPeriodicity", true, "Періодичність оновлення"),
    /** {@code keyword}. */
    KEYWORD("keyword", true, "Ключові слова"),
    /** {@code purpose}. */
    PURPOSE("purpose", true, "Підстава та призначення", "Підстава та призначення збору інформації"),
    /** {@code landingPage}. */
    LANDING_PAGE("landingPage", true, "Посилання", "Гіперпосилання на набір даних", "Посилання на набір даних"),
    /** {@code distributionFormat}. */
    DISTRIBUTION_FORMAT("distributionFormat", true, "Формат", "Формат набору даних", "Формати"),
    /** {@code publisherName}. */
    PUBLISHER_NAME("publisherName", true, "publisherPrefLabel", "Розпорядник інформації"),
    /** {@code publisherIdentifier}. */
    PUBLISHER_IDENTIFIER("publisherIdentifier", true, "Код ЄДРПОУ", "Код за ЄДРПОУ"),
    /** {@code contactPointFn}. */
    CONTACT_POINT_FN("contactPointFn", true, "Відповідальна особа", "ПІБ відповідальної особи",
            "Ім’я відповідальної особи"),
    /** {@code contactPointHasEmail}. */
    CONTACT_POINT_HAS_EMAIL("contactPointHasEmail", true, "Електронна пошта", "Адреса електронної пошти"),
    /** Internal: {@code status}. */
    STATUS("status", false),
    /** Internal: {@code annexDataset}. */
    ANNEX_DATASET("annexDataset", false),
    /** Internal: {@code restrictionBasis}. */
    RESTRICTION_BASIS("restrictionBasis", false),
    /** Internal: {@code restrictedSince}. */
    RESTRICTED_SINCE("restrictedSince", false),
    /** Internal: {@code responsiblePerson}. */
    RESPONSIBLE_PERSON("responsiblePerson", false),
    /** Internal: {@code nextUpdateDue}. */
    NEXT_UPDATE_DUE("nextUpdateDue", false);

    private static final List<Column> ALL = List.of(values());
    private static final Map<String, Column> BY_KEY = buildKeys();

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    Column(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The header as written, e.g. {@code accrualPeriodicity}. */
    public String header() {
        return header;
    }

    /** Whether a register file must have this column (the twelve standard ones). */
    public boolean required() {
        return required;
    }

    /** The other headers accepted for this column. */
    public List<String> aliases() {
        return aliases;
    }

    /** All columns in writing order. */
    public static List<Column> all() {
        return ALL;
    }

    /** The column a header names, by its canonical name or an alias; {@code null} for any other header. */
    public static @Nullable Column lookup(String header) {
        return BY_KEY.get(normalizeHeader(header));
    }

    /** Whether {@code header}, compared as {@link #normalizeHeader} does, is an alias rather than the name. */
    public boolean isAlias(String header) {
        return !normalizeHeader(header).equals(normalizeHeader(this.header));
    }

    /**
     * The form in which headers are compared: BOM removed, trimmed, inner whitespace collapsed to
     * one space, lower case, apostrophe variants ({@code ’ ' ʼ `}) made equal.
     */
    public static String normalizeHeader(String header) {
        StringBuilder b = new StringBuilder(header.length());
        boolean space = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\uFEFF') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            if (c == '’' || c == 'ʼ' || c == '`' || c == '‘') {
                c = '\'';
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Column> buildKeys() {
        Map<String, Column> m = new HashMap<>();
        for (Column c : values()) {
            m.put(normalizeHeader(c.header), c);
            for (String a : c.aliases) {
                m.put(normalizeHeader(a), c);
            }
        }
        return Map.copyOf(m);
    }
}
