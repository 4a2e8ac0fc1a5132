package ua.opendata.core.audit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;

/**
 * What a check of the file behind a resource found (see {@link AuditResourceCheck}).
 *
 * @param state  the verdict
 * @param detail what was found and what to do, in Ukrainian and English; {@code null} when there is nothing to say
 */
public record AuditFileStatus(State state, @Nullable LocalizedText detail) {

    /** The status of a file that no check looked at: the audit ran without a {@link AuditResourceCheck}. */
    public static final AuditFileStatus NOT_CHECKED = new AuditFileStatus(State.NOT_CHECKED, null);

    /** The verdict on one file. */
    public enum State {
        /** The file was not checked. */
        NOT_CHECKED("не перевірено", "not checked"),
        /** The file is as declared. */
        OK("гаразд", "OK"),
        /** The file can be read but something about it should be fixed. */
        WARNING("зауваження", "warning"),
        /** The file cannot be read or does not match what the portal declares. */
        FAILED("помилка", "failed");

        private final String uk;
        private final String en;

        State(String uk, String en) {
            this.uk = uk;
            this.en = en;
        }

        /** The label in Ukrainian and English. */
        public LocalizedText label() {
            return new LocalizedText(uk, en);
        }
    }

    /** Checks structure only. */
    public AuditFileStatus {
        Objects.requireNonNull(state, "state");
    }
}
