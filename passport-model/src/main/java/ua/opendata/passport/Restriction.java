package ua.opendata.passport;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A restriction on publishing a dataset (for example under martial law), with the legal basis and
 * the date it applies from. A mandatory dataset that is restricted is reported as "restricted",
 * never silently as present or missing.
 *
 * @param legalBasis the act and clause that restrict publication, e.g.
 *                   «Постанова КМУ № 263 від 12.03.2022»; {@code null} when not stated (a finding)
 * @param since      the date the restriction applies from; {@code null} when not stated
 */
public record Restriction(
        @NotBlank(message = "{ua.opendata.passport.Restriction.legalBasis.required}") @Nullable String legalBasis,
        @Nullable LocalDate since) {
}
