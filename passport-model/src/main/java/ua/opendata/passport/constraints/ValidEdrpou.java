package ua.opendata.passport.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text, when not null, is an EDRPOU code: eight digits with a correct check digit
 * (see {@link ua.opendata.passport.Edrpou}). {@code null} is valid; combine with {@code @NotBlank}
 * where the code is required.
 */
@Documented
@Constraint(validatedBy = EdrpouValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidEdrpou {
    /** {@return the violation message; by default the key of its text in {@code ContributorValidationMessages}} */
    String message() default "{ua.opendata.passport.constraints.ValidEdrpou.message}";

    /**
     * Validation groups.
     *
     * @return the Bean Validation groups this constraint belongs to
     */
    Class<?>[] groups() default {};

    /**
     * Payload.
     *
     * @return the Bean Validation payload attached to a violation
     */
    Class<? extends Payload>[] payload() default {};
}
