package ua.opendata.passport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.constraints.ValidEdrpou;

/**
 * The information holder (розпорядник інформації), passport element 15.
 *
 * @param name   the full official name; {@code null} when absent (required by the rulebook)
 * @param edrpou the EDRPOU code, eight digits with a check digit; {@code null} when absent
 */
public record Publisher(
        @NotBlank(message = "{ua.opendata.passport.Publisher.name.required}")
        @Size(max = 512, message = "{ua.opendata.passport.Publisher.name.size}")
        @Nullable String name,
        @NotBlank(message = "{ua.opendata.passport.Publisher.edrpou.required}")
        @ValidEdrpou
        @Nullable String edrpou) {
}
