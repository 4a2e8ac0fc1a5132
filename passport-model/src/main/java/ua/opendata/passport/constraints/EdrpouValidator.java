package ua.opendata.passport.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import ua.opendata.passport.internal.EdrpouCheck;

/** Validates {@link ValidEdrpou}. */
public final class EdrpouValidator implements ConstraintValidator<ValidEdrpou, CharSequence> {
    /** Creates the validator; called by the validation provider. */
    public EdrpouValidator() {
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || EdrpouCheck.isValid(value);
    }
}
