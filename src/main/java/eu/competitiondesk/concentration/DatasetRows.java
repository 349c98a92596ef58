package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Market;
import eu.competitiondesk.platform.Commands;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command to replace every row of a dataset: a checked share table ({@link ShareImport}), or the rows a case
 * import brings. Each row is
 * checked as the row form checks it, and the rows together ({@link Together}): each firm once, and a total no
 * rounding explains refused.
 */
@DatasetRows.Together
public record DatasetRows(
        @Size(max = Market.MAX_FIRMS, message = "{desk.shares.too.many}")
        List<@NotNull @Valid RowDetails> rows) {

    public DatasetRows {
        rows = Commands.listOf(rows);
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = TogetherCheck.class)
    public @interface Together {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Together}; rows missing a firm or a valid share have errors of their own. */
    public static class TogetherCheck implements ConstraintValidator<Together, DatasetRows> {

        @Override
        public boolean isValid(DatasetRows value, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            Set<String> firms = new HashSet<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < value.rows.size(); i++) {
                RowDetails row = value.rows.get(i);
                if (row == null) {
                    continue;
                }
                if (row.firm() != null && !firms.add(row.firm().toLowerCase(Locale.ROOT))) {
                    context.buildConstraintViolationWithTemplate("{desk.firm.twice}")
                            .addPropertyNode("rows")
                            .addPropertyNode("firm")
                            .inIterable()
                            .atIndex(i)
                            .addConstraintViolation();
                    valid = false;
                }
                if (row.share() != null && row.share().matches(Shares.DECIMAL)) {
                    total = total.add(new BigDecimal(row.share()));
                }
            }
            if (total.compareTo(Market.MAX_TOTAL) > 0) {
                context.buildConstraintViolationWithTemplate("{desk.shares.total.too.high}")
                        .addPropertyNode("rows")
                        .addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
