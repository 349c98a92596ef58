package eu.competitiondesk.economics;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * The command to keep or change an upward pricing pressure analysis of two merging products, with the version its
 * edit page was loaded from (none for a new one). Its inputs must also fit together ({@link Consistent}).
 */
@PricingPressureDetails.Consistent
public record PricingPressureDetails(
        @MarketAnalysis.Name String name,

        @MarketAnalysis.Source String source,

        boolean illustrative,

        @NotNull @Valid Product a,

        @NotNull @Valid Product b,

        @Percentages.Percent String diversionAbPercent,

        @Percentages.Percent String diversionBaPercent,

        @Size(max = 1000, message = "{desk.too.long}") @PlainText
        String diversionSource,

        boolean diversionConfidential,

        @Percentages.Percent String efficiencyPercent,

        boolean efficiencyConfidential,

        String version)
        implements AnalysisDetails<UnilateralEffectsAnalysis> {

    /** One merging product: its price, margin and share, each of which may be marked confidential. */
    public record Product(
            @NotBlank(message = "{desk.product.name.required}") @Size(max = 200, message = "{desk.too.long}") @PlainText
            String name,

            @NotBlank(message = "{desk.required}") @Percentages.Price
            String price,

            boolean priceConfidential,

            @NotBlank(message = "{desk.required}") @Percentages.Margin
            String marginPercent,

            boolean marginConfidential,

            @NotBlank(message = "{desk.required}") @Percentages.Percent
            String sharePercent,

            boolean shareConfidential) {

        public Product {
            name = FormText.trimToNull(name);
            price = FormText.trimToNull(price);
            marginPercent = FormText.trimToNull(marginPercent);
            sharePercent = FormText.trimToNull(sharePercent);
        }

        static Product of(UnilateralEffectsAnalysis.Side s) {
            return new Product(
                    s.name(),
                    Percentages.plain(s.price()),
                    s.priceConfidential(),
                    Percentages.plain(s.marginPercent()),
                    s.marginConfidential(),
                    Percentages.plain(s.sharePercent()),
                    s.shareConfidential());
        }

        static Product blank() {
            return new Product(null, null, false, null, false, null, false);
        }
    }

    public PricingPressureDetails {
        name = FormText.trimToNull(name);
        source = FormText.trimToNull(source);
        diversionAbPercent = FormText.trimToNull(diversionAbPercent);
        diversionBaPercent = FormText.trimToNull(diversionBaPercent);
        diversionSource = FormText.trimToNull(diversionSource);
        efficiencyPercent = FormText.trimToNull(efficiencyPercent);
    }

    static PricingPressureDetails blank() {
        return new PricingPressureDetails(
                null, null, false, Product.blank(), Product.blank(), null, null, null, false, null, false, null);
    }

    /** The analysis as it stands, for its edit page. */
    static PricingPressureDetails of(UnilateralEffectsAnalysis a) {
        return new PricingPressureDetails(
                a.name,
                a.source,
                a.illustrative,
                Product.of(a.a()),
                Product.of(a.b()),
                Percentages.plain(a.diversionAbPercent),
                Percentages.plain(a.diversionBaPercent),
                a.diversionSource,
                a.diversionConfidential,
                Percentages.plain(a.efficiencyPercent),
                a.efficiencyConfidential,
                Long.toString(a.version));
    }

    @Override
    public Class<UnilateralEffectsAnalysis> kind() {
        return UnilateralEffectsAnalysis.class;
    }

    @Override
    public void applyTo(UnilateralEffectsAnalysis u) {
        u.name = name;
        u.source = source;
        u.illustrative = illustrative;
        u.aName = a.name();
        u.aPrice = Percentages.decimal(a.price());
        u.aPriceConfidential = a.priceConfidential();
        u.aMarginPercent = Percentages.decimal(a.marginPercent());
        u.aMarginConfidential = a.marginConfidential();
        u.aSharePercent = Percentages.decimal(a.sharePercent());
        u.aShareConfidential = a.shareConfidential();
        u.bName = b.name();
        u.bPrice = Percentages.decimal(b.price());
        u.bPriceConfidential = b.priceConfidential();
        u.bMarginPercent = Percentages.decimal(b.marginPercent());
        u.bMarginConfidential = b.marginConfidential();
        u.bSharePercent = Percentages.decimal(b.sharePercent());
        u.bShareConfidential = b.shareConfidential();
        u.diversionAbPercent = Percentages.decimal(diversionAbPercent);
        u.diversionBaPercent = Percentages.decimal(diversionBaPercent);
        u.diversionSource = diversionSource;
        u.diversionConfidential = diversionConfidential;
        u.efficiencyPercent = Percentages.decimal(efficiencyPercent);
        u.efficiencyConfidential = efficiencyConfidential;
    }

    /**
     * What only the inputs together can tell, once each of them is valid: two different products, shares adding up to
     * at most 100, diversion both ways or neither (never both 100), and a rival to divert to.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ConsistencyCheck.class)
    public @interface Consistent {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Consistent}; a field that is missing or malformed has its own error, so nothing is said here. */
    public static class ConsistencyCheck implements ConstraintValidator<Consistent, PricingPressureDetails> {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        @Override
        public boolean isValid(PricingPressureDetails d, ConstraintValidatorContext context) {
            if (d.a == null || d.b == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (d.a.name != null && d.a.name.equalsIgnoreCase(d.b.name)) {
                valid = refuse(context, "b", "name", "{desk.effects.same.product}");
            }
            BigDecimal shareA = number(d.a.sharePercent);
            BigDecimal shareB = number(d.b.sharePercent);
            if (shareA != null && shareB != null && shareA.add(shareB).compareTo(HUNDRED) > 0) {
                valid = refuse(context, "b", "sharePercent", "{desk.effects.shares.above.hundred}");
            }
            BigDecimal ab = number(d.diversionAbPercent);
            BigDecimal ba = number(d.diversionBaPercent);
            if ((d.diversionAbPercent != null && ab == null) || (d.diversionBaPercent != null && ba == null)) {
                return valid;
            }
            if ((ab == null) != (ba == null)) {
                valid = refuse(
                        context,
                        null,
                        ab == null ? "diversionAbPercent" : "diversionBaPercent",
                        "{desk.effects.diversion.both}");
            } else if (ab != null && ab.compareTo(HUNDRED) == 0 && ba.compareTo(HUNDRED) == 0) {
                valid = refuse(context, null, "diversionBaPercent", "{desk.effects.diversion.not.both.hundred}");
            } else if (ab == null
                    && shareA != null
                    && shareB != null
                    && (shareA.compareTo(HUNDRED) == 0 || shareB.compareTo(HUNDRED) == 0)) {
                valid = refuse(context, null, "diversionAbPercent", "{desk.effects.share.hundred.needs.diversion}");
            }
            return valid;
        }

        private static boolean refuse(
                ConstraintValidatorContext context, String product, String field, String message) {
            ConstraintValidatorContext.ConstraintViolationBuilder builder =
                    context.buildConstraintViolationWithTemplate(message);
            if (product == null) {
                builder.addPropertyNode(field).addConstraintViolation();
            } else {
                builder.addPropertyNode(product).addPropertyNode(field).addConstraintViolation();
            }
            return false;
        }

        /** The typed value as a number within the field's range, or null when it has an error of its own. */
        private static BigDecimal number(String value) {
            if (value == null || !value.matches(Percentages.PERCENT)) {
                return null;
            }
            BigDecimal number = new BigDecimal(value);
            return number.compareTo(HUNDRED) > 0 ? null : number;
        }
    }
}
