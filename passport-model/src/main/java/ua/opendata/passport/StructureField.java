package ua.opendata.passport;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * One column of a dataset's structure, after W3C CSVW as the Ministry's standards publish it:
 * {@code name, title, description, datatype, required}.
 *
 * @param name        the column name as it appears in the file header
 * @param title       a human title; {@code null} when none
 * @param description what the column holds; {@code null} when none
 * @param datatype    the CSVW / XSD datatype, e.g. {@code string}, {@code date}, {@code integer},
 *                    {@code anyURI}; {@code null} when not declared
 * @param required    whether every row must have a value
 */
public record StructureField(
        @NotBlank(message = "{ua.opendata.passport.StructureField.name.required}") @Nullable String name,
        @Nullable String title,
        @Nullable String description,
        @Nullable String datatype,
        boolean required) {
}
