package eu.competitiondesk.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A plausible calendar date: blank, or a real date written as YYYY-MM-DD (what an HTML date input sends) in the
 * years {@link #FIRST_YEAR} to {@link #LAST_YEAR}. Outside them a date is a typing slip, and deadlines counted from
 * it would be nonsense ("+10000-02-29"). Also checks a date or a moment already parsed (the JSON API and the case
 * import: the day a note was written).
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {IsoDate.TextValidator.class, IsoDate.DateValidator.class, IsoDate.TimestampValidator.class})
public @interface IsoDate {

    int FIRST_YEAR = 1950;
    int LAST_YEAR = 2200;

    String message() default "{desk.date.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class TextValidator implements ConstraintValidator<IsoDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                return DateValidator.plausible(LocalDate.parse(value.trim()));
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    class DateValidator implements ConstraintValidator<IsoDate, LocalDate> {
        public static boolean plausible(LocalDate date) {
            return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || plausible(value);
        }
    }

    class TimestampValidator implements ConstraintValidator<IsoDate, OffsetDateTime> {
        @Override
        public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
            return value == null || DateValidator.plausible(value.toLocalDate());
        }
    }
}
