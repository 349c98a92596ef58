package eu.competitiondesk.economics;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * How the analyses' percentages and prices are typed, checked and read back for their edit pages. The checks are
 * composed constraints: an empty field passes them (a required one also carries {@code @NotBlank}).
 */
final class Percentages {

    /** A percentage with a point for decimals: 5, 42.5. */
    static final String PERCENT = "^[0-9]{1,3}(\\.[0-9]{1,4})?$";

    /** A price with a point for decimals: 100, 0.85. */
    static final String PRICE = "^[0-9]{1,15}(\\.[0-9]{1,4})?$";

    private Percentages() {}

    /** A price: digits with a point for decimals, above zero. */
    @Pattern(regexp = PRICE, message = "{desk.price.positive}")
    @DecimalMin(value = "0", inclusive = false, message = "{desk.price.positive}")
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @interface Price {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A percentage from 0 to 100. */
    @Pattern(regexp = PERCENT, message = "{desk.percent.range}")
    @DecimalMax(value = "100", message = "{desk.percent.range}")
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @interface Percent {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A margin: a percentage from 0 to below 100. */
    @Pattern(regexp = PERCENT, message = "{desk.margin.below.hundred}")
    @DecimalMax(value = "100", inclusive = false, message = "{desk.margin.below.hundred}")
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @interface Margin {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
