package eu.competitiondesk.reports;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The command a reviewer gives on a report in review: approve it, or return it saying what must change. The decision
 * page posts it and the API reads it, both checked by these constraints.
 */
@ReviewDecision.ReturnSaysWhy
public record ReviewDecision(
        @RestForm
        @NotNull(message = "{desk.review.decision.required}")
        @Pattern(regexp = "APPROVE|RETURN", message = "{desk.review.decision.required}")
        String decision,

        @RestForm @Size(max = ReviewDecision.COMMENT_MAX, message = "{desk.too.long}") @PlainText(multiline = true)
        String comment) {

    static final int COMMENT_MAX = 2000;

    public ReviewDecision {
        decision = FormText.trimToNull(decision);
        comment = FormText.trimToNull(comment);
    }

    boolean approves() {
        return "APPROVE".equals(decision);
    }

    /** A report is returned with what must change: a return needs its comment. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ReturnSaysWhy.Check.class)
    public @interface ReturnSaysWhy {
        String message() default "{desk.review.comment.required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Checks {@link ReturnSaysWhy}, naming the comment as the field at fault. */
        class Check implements ConstraintValidator<ReturnSaysWhy, ReviewDecision> {
            @Override
            public boolean isValid(ReviewDecision d, ConstraintValidatorContext context) {
                if (!"RETURN".equals(d.decision) || d.comment != null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("comment")
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
