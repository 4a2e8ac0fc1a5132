package ua.opendata.passport.annex;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something that may fulfil an annex position: a register entry or a portal dataset.
 *
 * @param key         how a mapping file names it: the dataset's identifier, else its title
 * @param title       its title as the publisher wrote it
 * @param explicitRef what its own annex column says ({@code section:position} or a name); null when none
 */
public record AnnexCandidate(String key, String title, @Nullable String explicitRef) {

    /**
     * Checks structure only.
     *
     * @param key how a mapping file names it: the dataset's identifier, else its title
     * @param title its title as the publisher wrote it
     * @param explicitRef what its own annex column says ({@code section:position} or a name); null when none
     */
    public AnnexCandidate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
    }
}
