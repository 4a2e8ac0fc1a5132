package ua.opendata.passport;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a register entry stands (an internal register column, not one of the Ministry's twelve).
 */
public enum EntryStatus {
    // Data, not messages: each status's code and the Ukrainian word registers use for it.
    /** Planned for publication, not yet on the portal. */
    PLANNED("planned", "заплановано"),
    /** Published on the portal. */
    PUBLISHED("published", "оприлюднено"),
    /** Not published because publication is restricted (see {@link Restriction}). */
    RESTRICTED("restricted", "обмежено"),
    /** Withdrawn from publication. */
    WITHDRAWN("withdrawn", "вилучено");

    private final String code;
    private final String labelUk;

    EntryStatus(String code, String labelUk) {
        this.code = code;
        this.labelUk = labelUk;
    }

    /** {@return the code written in register files, e.g. {@code published}} */
    public String code() {
        return code;
    }

    /** {@return the Ukrainian label, e.g. «оприлюднено»} */
    public String labelUk() {
        return labelUk;
    }

    /**
     * Reads a status written as its code, its constant name or its Ukrainian label (also common
     * variants such as «опубліковано», «в планах»), in any case.
     *
     * @param text the text of a register's status cell
     * @return the status, or empty when the text is not one
     */
    public static Optional<EntryStatus> parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (EntryStatus e : values()) {
            if (s.equals(e.code) || s.equals(e.labelUk) || s.equals(e.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(e);
            }
        }
        switch (s) {
            case "опубліковано":
            case "оприлюднений":
            case "опублікований":
                return Optional.of(PUBLISHED);
            case "планується":
            case "заплановано до оприлюднення":
            case "в планах":
            case "запланований":
                return Optional.of(PLANNED);
            case "обмежений":
            case "обмежений доступ":
            case "з обмеженим доступом":
                return Optional.of(RESTRICTED);
            case "вилучений":
            case "знято з публікації":
                return Optional.of(WITHDRAWN);
            default:
                return Optional.empty();
        }
    }
}
