package ua.opendata.core.publish;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One owned field that a plan changes.
 *
 * @param field    the field's path in the dataset, e.g. {@code title}, {@code extras.r835_identifier},
 *                 {@code resources[https://…/data.csv].format}
 * @param oldValue the portal's value, or {@code null} when absent
 * @param newValue the value to write, or {@code null} to remove it
 */
public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {

    /**
     * Checks structure only.
     *
     * @param field    the field's path in the dataset, e.g. {@code title}, {@code extras.r835_identifier},
     *                 {@code resources[https://…/data.csv].format}
     * @param oldValue the portal's value, or {@code null} when absent
     * @param newValue the value to write, or {@code null} to remove it
     */
    public FieldChange {
        Objects.requireNonNull(field, "field");
    }
}
