package eu.competitiondesk.economics;

import eu.competitiondesk.economics.SimulationJson.DemandSystem;
import eu.competitiondesk.platform.FormText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The command to keep or change a merger simulation of a market, with the version its edit page was loaded from
 * (none for a new one). The products come as lines, one product each, cells apart by a tab (as a spreadsheet copies
 * them) or a semicolon: name, firm, price, share (%), quantity, margin (%), a cell left empty where the demand system
 * does not need it. The merging products are named, a comma between them. The inputs must fit the demand system
 * ({@link Consistent}).
 */
@MergerSimulationDetails.Consistent
public record MergerSimulationDetails(
        @RestForm @MarketAnalysis.Name String name,

        @RestForm @MarketAnalysis.Source String source,

        @RestForm boolean illustrative,

        @RestForm
        @NotNull(message = "{desk.sim.demand.required}")
        @Pattern(regexp = "^(LOGIT|CES|AIDS|PCAIDS|LINEAR|LOGLINEAR)$", message = "{desk.sim.demand.required}")
        String demand,

        @RestForm @NotBlank(message = "{desk.sim.products.required}") @Size(max = 40_000, message = "{desk.too.long}")
        String products,

        @RestForm @NotBlank(message = "{desk.sim.merging.required}") @Size(max = 2000, message = "{desk.too.long}")
        String merging,

        @RestForm
        @Pattern(regexp = Percentages.PERCENT, message = "{desk.percent.range}")
        @DecimalMax(value = "100", inclusive = false, message = "{desk.percent.range}")
        String outsideSharePercent,

        @RestForm @Size(max = 200, message = "{desk.too.long}")
        String calibrationProduct,

        @RestForm @Percentages.Margin String calibrationMarginPercent,

        @RestForm @Pattern(regexp = ELASTICITY, message = "{desk.sim.elasticity}")
        String ownElasticity,

        @RestForm @Pattern(regexp = ELASTICITY, message = "{desk.sim.elasticity}")
        String marketElasticity,

        @RestForm @Percentages.Percent String aggregateDiversionPercent,

        @RestForm boolean pricesConfidential,

        @RestForm boolean sharesConfidential,

        @RestForm boolean marginsConfidential,

        @RestForm boolean elasticitiesConfidential,

        @RestForm @Percentages.Margin String marginLow,

        @RestForm @Percentages.Margin String marginHigh,

        @RestForm @Pattern(regexp = ELASTICITY, message = "{desk.sim.elasticity}")
        String elasticityLow,

        @RestForm @Pattern(regexp = ELASTICITY, message = "{desk.sim.elasticity}")
        String elasticityHigh,

        @RestForm @Pattern(regexp = "^[0-9]{1,5}$", message = "{desk.draws.range}")
        String draws,

        @RestForm @Pattern(regexp = "^[0-9]{1,9}$", message = "{desk.sim.seed}")
        String seed,

        @RestForm String version)
        implements AnalysisDetails<MergerSimulationAnalysis> {

    /** An elasticity below zero: -2.5. */
    static final String ELASTICITY = "^-[0-9]{1,4}(\\.[0-9]{1,6})?$";

    public MergerSimulationDetails {
        name = FormText.trimToNull(name);
        source = FormText.trimToNull(source);
        products = FormText.trimToNull(products);
        merging = FormText.trimToNull(merging);
        outsideSharePercent = FormText.trimToNull(outsideSharePercent);
        calibrationProduct = FormText.trimToNull(calibrationProduct);
        calibrationMarginPercent = FormText.trimToNull(calibrationMarginPercent);
        ownElasticity = FormText.trimToNull(ownElasticity);
        marketElasticity = FormText.trimToNull(marketElasticity);
        aggregateDiversionPercent = FormText.trimToNull(aggregateDiversionPercent);
        marginLow = FormText.trimToNull(marginLow);
        marginHigh = FormText.trimToNull(marginHigh);
        elasticityLow = FormText.trimToNull(elasticityLow);
        elasticityHigh = FormText.trimToNull(elasticityHigh);
        draws = FormText.trimToNull(draws);
        seed = FormText.trimToNull(seed);
    }

    static MergerSimulationDetails blank() {
        return new MergerSimulationDetails(
                null,
                null,
                false,
                DemandSystem.LOGIT.name(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                false,
                null,
                null,
                null,
                null,
                "1000",
                "1",
                null);
    }

    /** The analysis as it stands, for its edit page. */
    static MergerSimulationDetails of(MergerSimulationAnalysis a) {
        return new MergerSimulationDetails(
                a.name,
                a.source,
                a.illustrative,
                a.demand.name(),
                ProductLines.write(a.products),
                String.join(", ", a.merging),
                Percentages.plain(a.outsideSharePercent),
                a.calibrationProduct,
                Percentages.plain(a.calibrationMarginPercent),
                Percentages.plain(a.ownElasticity),
                Percentages.plain(a.marketElasticity),
                Percentages.plain(a.aggregateDiversionPercent),
                a.pricesConfidential,
                a.sharesConfidential,
                a.marginsConfidential,
                a.elasticitiesConfidential,
                Percentages.plain(a.marginLow),
                Percentages.plain(a.marginHigh),
                Percentages.plain(a.elasticityLow),
                Percentages.plain(a.elasticityHigh),
                a.draws == null ? null : a.draws.toString(),
                a.seed == null ? null : a.seed.toString(),
                Long.toString(a.version));
    }

    /** The products the lines give (those that read). */
    public List<MergerSimulationAnalysis.Product> productList() {
        return ProductLines.parse(products).products();
    }

    /** The demand system chosen, or null where none of them is. */
    DemandSystem demandSystem() {
        return demand == null || !demand.matches("^(LOGIT|CES|AIDS|PCAIDS|LINEAR|LOGLINEAR)$")
                ? null
                : DemandSystem.valueOf(demand);
    }

    /** The merging products' names as typed, without blanks. */
    public List<String> mergingNames() {
        List<String> names = new ArrayList<>();
        if (merging != null) {
            for (String name : merging.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    @Override
    public Class<MergerSimulationAnalysis> kind() {
        return MergerSimulationAnalysis.class;
    }

    @Override
    public void applyTo(MergerSimulationAnalysis a) {
        a.name = name;
        a.source = source;
        a.illustrative = illustrative;
        a.demand = demandSystem();
        a.products = ProductLines.parse(products).products();
        a.merging = mergingNames();
        a.outsideSharePercent = Percentages.decimal(outsideSharePercent);
        a.calibrationProduct = calibrationProduct;
        a.calibrationMarginPercent = Percentages.decimal(calibrationMarginPercent);
        a.ownElasticity = Percentages.decimal(ownElasticity);
        a.marketElasticity = Percentages.decimal(marketElasticity);
        a.aggregateDiversionPercent = Percentages.decimal(aggregateDiversionPercent);
        a.pricesConfidential = pricesConfidential;
        a.sharesConfidential = sharesConfidential;
        a.marginsConfidential = marginsConfidential;
        a.elasticitiesConfidential = elasticitiesConfidential;
        a.marginLow = Percentages.decimal(marginLow);
        a.marginHigh = Percentages.decimal(marginHigh);
        a.elasticityLow = Percentages.decimal(elasticityLow);
        a.elasticityHigh = Percentages.decimal(elasticityHigh);
        a.draws = draws == null ? null : Integer.valueOf(draws);
        a.seed = seed == null ? null : Long.valueOf(seed);
    }

    /**
     * What only the inputs together can tell, once each is well formed: product lines that read, with the figures the
     * demand system needs; shares that add up; merging and calibrating products among the products; the ranges of the
     * sensitivity run the right way round and of an input the system has.
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
    public static class ConsistencyCheck implements ConstraintValidator<Consistent, MergerSimulationDetails> {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        @Override
        public boolean isValid(MergerSimulationDetails d, ConstraintValidatorContext context) {
            if (d.demandSystem() == null || d.products == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            ProductLines lines = ProductLines.parse(d.products);
            for (ProductLines.Problem p : lines.problems()) {
                valid = refuse(context, "products", p.message(), p.line());
            }
            if (!lines.problems().isEmpty()) {
                return false;
            }
            List<MergerSimulationAnalysis.Product> products = lines.products();
            DemandSystem demand = d.demandSystem();
            boolean quantities = demand == DemandSystem.LINEAR || demand == DemandSystem.LOGLINEAR;
            Set<String> names = new HashSet<>();
            BigDecimal shares = BigDecimal.ZERO;
            for (int i = 0; i < products.size(); i++) {
                MergerSimulationAnalysis.Product p = products.get(i);
                if (!names.add(key(p.name()))) {
                    valid = refuse(context, "products", "{desk.sim.line.twice}", i + 1);
                }
                if (p.price() == null && demand != DemandSystem.PCAIDS) {
                    valid = refuse(context, "products", "{desk.sim.line.price}", i + 1);
                }
                if (quantities && (p.quantity() == null || p.marginPercent() == null)) {
                    valid = refuse(context, "products", "{desk.sim.line.quantity}", i + 1);
                }
                if (!quantities && p.sharePercent() == null) {
                    valid = refuse(context, "products", "{desk.sim.line.share}", i + 1);
                } else if (p.sharePercent() != null) {
                    shares = shares.add(p.sharePercent());
                }
            }
            BigDecimal outside = number(d.outsideSharePercent);
            if (demand == DemandSystem.LOGIT || demand == DemandSystem.CES) {
                if (d.outsideSharePercent == null) {
                    valid = refuse(context, "outsideSharePercent", "{desk.sim.outside.required}", null);
                } else if (outside != null && valid && shares.add(outside).compareTo(HUNDRED) != 0) {
                    valid = refuse(context, "products", "{desk.sim.shares.with.outside}", null);
                }
            }
            if ((demand == DemandSystem.AIDS || demand == DemandSystem.PCAIDS)
                    && valid
                    && shares.compareTo(HUNDRED) != 0) {
                valid = refuse(context, "products", "{desk.sim.shares.inside}", null);
            }
            List<String> merging = d.mergingNames();
            Set<String> firms = new HashSet<>();
            boolean known = true;
            for (String m : merging) {
                MergerSimulationAnalysis.Product p = find(products, m);
                if (p == null) {
                    valid = refuse(context, "merging", "{desk.sim.merging.unknown}", null);
                    known = false;
                    break;
                }
                firms.add(key(p.firm() == null ? p.name() : p.firm()));
            }
            if (d.merging != null && firms.size() < 2 && known) {
                valid = refuse(context, "merging", "{desk.sim.merging.two}", null);
            }
            boolean calibrated = !quantities;
            if (calibrated || d.marginLow != null) {
                if (d.calibrationProduct == null) {
                    valid = refuse(context, "calibrationProduct", "{desk.sim.calibration.product}", null);
                } else if (find(products, d.calibrationProduct) == null) {
                    valid = refuse(context, "calibrationProduct", "{desk.sim.calibration.unknown}", null);
                }
            }
            if (demand == DemandSystem.PCAIDS) {
                BigDecimal own = number(d.ownElasticity);
                if (d.ownElasticity == null || (own != null && own.compareTo(BigDecimal.ONE.negate()) >= 0)) {
                    valid = refuse(context, "ownElasticity", "{desk.sim.own.elasticity}", null);
                }
            } else if (calibrated && d.calibrationMarginPercent == null) {
                valid = refuse(context, "calibrationMarginPercent", "{desk.sim.calibration.margin}", null);
            }
            if ((d.marginLow == null) != (d.marginHigh == null)) {
                valid = refuse(context, d.marginLow == null ? "marginLow" : "marginHigh", "{desk.sim.range}", null);
            } else if (d.marginLow != null) {
                if (demand == DemandSystem.PCAIDS) {
                    valid = refuse(context, "marginLow", "{desk.sim.range.margin.pcaids}", null);
                } else if (below(d.marginHigh, d.marginLow) || zero(d.marginLow)) {
                    valid = refuse(context, "marginHigh", "{desk.sim.range.order}", null);
                }
            }
            if ((d.elasticityLow == null) != (d.elasticityHigh == null)) {
                valid = refuse(
                        context,
                        d.elasticityLow == null ? "elasticityLow" : "elasticityHigh",
                        "{desk.sim.range}",
                        null);
            } else if (d.elasticityLow != null) {
                if (demand != DemandSystem.AIDS && demand != DemandSystem.PCAIDS) {
                    valid = refuse(context, "elasticityLow", "{desk.sim.range.elasticity.system}", null);
                } else if (below(d.elasticityHigh, d.elasticityLow)) {
                    valid = refuse(context, "elasticityHigh", "{desk.sim.range.order}", null);
                } else if (demand == DemandSystem.PCAIDS
                        && number(d.elasticityHigh) != null
                        && number(d.elasticityHigh).compareTo(BigDecimal.ONE.negate()) >= 0) {
                    valid = refuse(context, "elasticityHigh", "{desk.sim.own.elasticity}", null);
                }
            }
            if (d.draws != null && d.draws.matches("^[0-9]{1,5}$")) {
                int n = Integer.parseInt(d.draws);
                long size = Math.max(1, products.size());
                long most = SimulationSensitivity.MAX_WORK / (size * size);
                if (n < 1 || n > 10_000) {
                    valid = refuse(context, "draws", "{desk.draws.range}", null);
                } else if ((d.marginLow != null || d.elasticityLow != null) && n > most) {
                    context.unwrap(HibernateConstraintValidatorContext.class)
                            .addMessageParameter("most", Long.toString(most))
                            .addMessageParameter("products", Long.toString(size));
                    valid = refuse(context, "draws", "{desk.sim.draws.work}", null);
                }
            }
            return valid;
        }

        private static boolean below(String high, String low) {
            BigDecimal h = number(high);
            BigDecimal l = number(low);
            return h != null && l != null && h.compareTo(l) < 0;
        }

        private static boolean zero(String value) {
            BigDecimal v = number(value);
            return v != null && v.signum() == 0;
        }

        private static MergerSimulationAnalysis.Product find(
                List<MergerSimulationAnalysis.Product> products, String n) {
            return products.stream()
                    .filter(p -> key(p.name()).equals(key(n)))
                    .findFirst()
                    .orElse(null);
        }

        private static String key(String name) {
            return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        }

        private static boolean refuse(ConstraintValidatorContext context, String field, String message, Integer line) {
            HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
            h.addMessageParameter("line", line == null ? "" : line.toString());
            h.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(field)
                    .addConstraintViolation();
            return false;
        }

        /** The typed value as a number, or null when it has an error of its own. */
        private static BigDecimal number(String value) {
            try {
                return value == null ? null : new BigDecimal(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
