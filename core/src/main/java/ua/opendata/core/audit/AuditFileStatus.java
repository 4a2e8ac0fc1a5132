package ua.opendata.core.audit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.text.Messages;

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
        NOT_CHECKED,
        /** The file is as declared. */
        OK,
        /** The file can be read but something about it should be fixed. */
        WARNING,
        /** The file cannot be read or does not match what the portal declares. */
        FAILED;

        /** {@return the label in Ukrainian and English} */
        public LocalizedText label() {
            return LocalizedText.of(Messages.AUDIT, "state." + name());
        }
    }

    /**
     * Checks structure only.
     *
     * @param state  the verdict
     * @param detail what was found and what to do, in Ukrainian and English; {@code null} when there is
     *               nothing to say
     */
    public AuditFileStatus {
        Objects.requireNonNull(state, "state");
    }
}
