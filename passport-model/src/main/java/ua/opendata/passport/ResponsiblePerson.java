package ua.opendata.passport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The person responsible for a dataset (passport elements 16 and 17; the register's
 * {@code contactPointFn} and {@code contactPointHasEmail}).
 *
 * @param fullName the full name (ПІБ); {@code null} when absent (required by the rulebook)
 * @param email    the e-mail address; {@code null} when absent (required by the rulebook)
 * @param position the person's position; {@code null} when not known
 * @param order    the order that designates the person; {@code null} when not known
 */
public record ResponsiblePerson(
        @NotBlank(message = "{ua.opendata.passport.ResponsiblePerson.fullName.required}")
        @Size(max = 254, message = "{ua.opendata.passport.ResponsiblePerson.fullName.size}")
        @Nullable String fullName,
        @NotBlank(message = "{ua.opendata.passport.ResponsiblePerson.email.required}")
        @Email(message = "{ua.opendata.passport.ResponsiblePerson.email.format}")
        @Nullable String email,
        @Nullable String position,
        @Valid @Nullable DesignationOrder order) {

    /**
     * A person known only by name and e-mail, as in the register's contact columns.
     *
     * @param fullName the full name (passport element 16); may be {@code null}
     * @param email the e-mail address (passport element 17); may be {@code null}
     * @return a person with no phone or position
     */
    public static ResponsiblePerson of(@Nullable String fullName, @Nullable String email) {
        return new ResponsiblePerson(fullName, email, null, null);
    }
}
