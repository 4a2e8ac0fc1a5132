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
    // Data, not messages: the Ministry's header labels and the aliases found in registers (Ukrainian
    // and English), read and matched; never a text of this library.
    /** {@code identifier}. */
    IDENTIFIER("identifier", true, "Ідентифікатор", "Ідентифікаційний номер набору даних", "Ідентифікатор набору даних",
            "Identifier", "Dataset identifier"),
    /** {@code title}. */
    TITLE("title", true, "Назва", "Найменування набору даних", "Назва набору даних", "Найменування", "Title",
            "Dataset title", "Name"),
    /** {@code description}. */
    DESCRIPTION("description", true, "Опис", "Стислий опис", "Опис набору даних", "Стислий опис набору даних",
            "Короткий опис", "Description"),
    /** {@code accrualPeriodicity}. */
    ACCRUAL_PERIODICITY("accrualPeriodicity", true, "Періодичність оновлення", "Частота оновлення",
            "Частота оновлення набору даних", "Періодичність оновлення набору даних", "Update frequency",
            "Frequency", "Accrual periodicity"),
    /** {@code keyword}. */
    KEYWORD("keyword", true, "Ключові слова", "Keywords", "Keyword", "Теги"),
    /** {@code purpose}. */
    PURPOSE("purpose", true, "Підстава та призначення", "Підстава та призначення збору інформації",
            "Мета та підстава збору інформації", "Підстава і призначення", "Purpose", "Basis and purpose"),
    /** {@code landingPage}. */
    LANDING_PAGE("landingPage", true, "Посилання", "Гіперпосилання на набір даних", "Посилання на набір даних",
            "Landing page", "Link", "URL"),
    /** {@code distributionFormat}. */
    DISTRIBUTION_FORMAT("distributionFormat", true, "Формат", "Формат набору даних", "Формати",
            "Формат розповсюдження", "Формати розповсюдження", "Format", "Distribution format"),
    /** {@code publisherName}. */
    PUBLISHER_NAME("publisherName", true, "publisherPrefLabel", "Розпорядник інформації",
            "Найменування розпорядника інформації", "Розпорядник", "Publisher", "Publisher name"),
    /** {@code publisherIdentifier}. */
    PUBLISHER_IDENTIFIER("publisherIdentifier", true, "Код ЄДРПОУ", "Код за ЄДРПОУ",
            "Ідентифікатор розпорядника інформації", "Код ЄДРПОУ розпорядника", "Publisher identifier", "EDRPOU"),
    /** {@code contactPointFn}. */
    CONTACT_POINT_FN("contactPointFn", true, "Відповідальна особа", "ПІБ відповідальної особи",
            "Ім’я відповідальної особи", "Контактна особа", "Contact point", "Contact person"),
    /** {@code contactPointHasEmail}. */
    CONTACT_POINT_HAS_EMAIL("contactPointHasEmail", true, "Електронна пошта", "Адреса електронної пошти",
            "Електронна адреса відповідальної особи", "Адреса електронної пошти відповідальної особи", "E-mail",
            "Email", "Contact email"),
    /** Internal: {@code status}. */
    STATUS("status", false, "Статус", "Status"),
    /** Internal: {@code annexDataset}. */
    ANNEX_DATASET("annexDataset", false, "Позиція додатка", "Набір із додатка", "Annex dataset"),
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

    /**
     * The known header closest to an unknown one, for an error that names it: within two edits (or a
     * fifth of its length, if longer) of the canonical name or an alias, compared as
     * {@link #normalizeHeader} does; empty when none is that close or the header is known.
     * The header alias table is shared by every register reader (CSV here, XLSX): use
     * {@link #lookup(String)} to map a header and this method to suggest one.
     */
    public static java.util.Optional<Near> closest(String header) {
        String h = normalizeHeader(header);
        if (h.isEmpty() || BY_KEY.containsKey(h)) {
            return java.util.Optional.empty();
        }
        Near best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Column> e : BY_KEY.entrySet()) {
            int limit = Math.max(2, Math.max(h.length(), e.getKey().length()) / 5);
            int d = distance(h, e.getKey(), limit);
            if (d <= limit && (d < bestDistance || d == bestDistance && best != null
                    && e.getKey().compareTo(normalizeHeader(best.label())) < 0)) {
                bestDistance = d;
                best = new Near(e.getValue(), label(e.getValue(), e.getKey()));
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** A known header close to an unknown one: the column and the label as written in the table. */
    public record Near(Column column, String label) {
    }

    private static String label(Column c, String normalized) {
        if (normalizeHeader(c.header).equals(normalized)) {
            return c.header;
        }
        for (String a : c.aliases) {
            if (normalizeHeader(a).equals(normalized)) {
                return a;
            }
        }
        return c.header;
    }

    /** Levenshtein distance, giving up (returning {@code limit + 1}) once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
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
