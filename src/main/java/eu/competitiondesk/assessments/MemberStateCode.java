package eu.competitiondesk.assessments;

import eu.competitiondesk.referencedata.engine.MergerThresholds;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The ISO 3166 alpha-2 code of an EU Member State (EL, the EU's code for Greece, is accepted too). */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MemberStateCode.Validator.class)
public @interface MemberStateCode {

    String message() default "{desk.member.state.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MemberStateCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || MergerThresholds.memberState(value) != null;
        }
    }
}
