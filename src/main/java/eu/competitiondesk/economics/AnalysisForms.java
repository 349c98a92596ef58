package eu.competitiondesk.economics;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jboss.resteasy.reactive.RestForm;

/** The forms of the analysis pages, as typed; each becomes the entity's inputs once valid. */
public final class AnalysisForms {

    /** A percentage with a point for decimals: 5, 42.5. */
    static final String PERCENT = "^[0-9]{1,3}(\\.[0-9]{1,4})?$";

    /** A price with a point for decimals: 100, 0.85. */
    static final String PRICE = "^[0-9]{1,15}(\\.[0-9]{1,4})?$";

    private AnalysisForms() {
    }

    /** What both kinds of analysis share: a name, the source of the inputs and whether they are illustrative. */
    public abstract static class AnalysisForm<T extends MarketAnalysis> {

        @RestForm
        @NotBlank(message = "{desk.analysis.name.required}")
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        public String name;

        @RestForm
        @NotBlank(message = "{desk.analysis.source.required}")
        @Size(max = 1000, message = "{desk.too.long}")
        @PlainText
        public String source;

        @RestForm
        public boolean illustrative;

        @RestForm
        public String version;

        void trim() {
            name = FormText.trimToNull(name);
            source = FormText.trimToNull(source);
        }

        /** Writes the valid inputs into the analysis. */
        public void applyTo(T a) {
            a.name = name;
            a.source = source;
            a.illustrative = illustrative;
            applyInputsTo(a);
        }

        abstract void applyInputsTo(T a);

        void fill(MarketAnalysis a) {
            name = a.name;
            source = a.source;
            illustrative = a.illustrative;
            version = Long.toString(a.version);
        }
    }

    public static class DefinitionForm extends AnalysisForm<MarketDefinitionAnalysis> {

        @RestForm
        @NotBlank(message = "{desk.required}")
        @Pattern(regexp = PERCENT, message = "{desk.ssnip.range}")
        @DecimalMin(value = "1", message = "{desk.ssnip.range}")
        @DecimalMax(value = "20", message = "{desk.ssnip.range}")
        public String priceRise = "5";

        @RestForm
        @Pattern(regexp = PERCENT, message = "{desk.ssnip.range}")
        @DecimalMin(value = "1", message = "{desk.ssnip.range}")
        @DecimalMax(value = "20", message = "{desk.ssnip.range}")
        public String secondPriceRise = "10";

        @RestForm
        @NotBlank(message = "{desk.required}")
        @Pattern(regexp = PERCENT, message = "{desk.percent.range}")
        @DecimalMax(value = "100", message = "{desk.percent.range}")
        public String margin;

        @RestForm
        public boolean marginConfidential;

        @RestForm
        @Pattern(regexp = PERCENT, message = "{desk.percent.range}")
        @DecimalMax(value = "100", message = "{desk.percent.range}")
        public String actualLoss;

        @RestForm
        public boolean actualLossConfidential;

        @RestForm
        @Pattern(regexp = PERCENT, message = "{desk.percent.range}")
        @DecimalMax(value = "100", message = "{desk.percent.range}")
        public String aggregateDiversion;

        @RestForm
        public boolean aggregateDiversionConfidential;

        public DefinitionForm normalised() {
            trim();
            priceRise = FormText.trimToNull(priceRise);
            secondPriceRise = FormText.trimToNull(secondPriceRise);
            margin = FormText.trimToNull(margin);
            actualLoss = FormText.trimToNull(actualLoss);
            aggregateDiversion = FormText.trimToNull(aggregateDiversion);
            return this;
        }

        static DefinitionForm of(MarketDefinitionAnalysis a) {
            DefinitionForm f = new DefinitionForm();
            f.fill(a);
            f.priceRise = plain(a.priceRisePercent);
            f.secondPriceRise = plain(a.secondPriceRisePercent);
            f.margin = plain(a.marginPercent);
            f.marginConfidential = a.marginConfidential;
            f.actualLoss = plain(a.actualLossPercent);
            f.actualLossConfidential = a.actualLossConfidential;
            f.aggregateDiversion = plain(a.aggregateDiversionPercent);
            f.aggregateDiversionConfidential = a.aggregateDiversionConfidential;
            return f;
        }

        @Override
        void applyInputsTo(MarketDefinitionAnalysis a) {
            a.priceRisePercent = decimal(priceRise);
            a.secondPriceRisePercent = decimal(secondPriceRise);
            a.marginPercent = decimal(margin);
            a.marginConfidential = marginConfidential;
            a.actualLossPercent = decimal(actualLoss);
            a.actualLossConfidential = actualLossConfidential;
            a.aggregateDiversionPercent = decimal(aggregateDiversion);
            a.aggregateDiversionConfidential = aggregateDiversionConfidential;
        }
    }

    public static class EffectsForm extends AnalysisForm<UnilateralEffectsAnalysis> {

        @RestForm
        @NotBlank(message = "{desk.product.name.required}")
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        public String aName;

        @RestForm
        @NotBlank(message = "{desk.required}")
        @Pattern(regexp = PRICE, message = "{desk.price.positive}")
        @DecimalMin(value = "0", inclusive = false, message = "{desk.price.positive}")
        public String aPrice;

        @RestForm
        public boolean aPriceConfidential;

        @RestForm
        @NotBlank(message = "{desk.required}")
        @Pattern(regexp = PERCENT, message = "{desk.margin.below.hundred}")
        @DecimalMax(value = "100", inclusive = false, message = "{desk.margin.below.hundred}")
        public String aMargin;

        @RestForm
        public boolean aMarginConfidential;

        @RestForm
        @NotBlank(message = "{desk.required}")
        @Pattern(regexp = PERCENT, message = "{desk.percent.range}")
        @DecimalMax(value = "100", message = "{desk.percent.range}")
        public String aShare;

        @RestForm
        public boolean aShareConfidential;

        @RestForm
        @NotBlank(message = "{desk.product.name.required}")
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        public String bName;

        @RestForm
        @NotBlank(message = "{desk.required}")
        @Pattern(regexp = PRICE, message = "{desk.price.positive}")
        @DecimalMin(value = "0", inclusive = false, message = "{desk.price.positive}")
        public String bPrice;

        @RestForm
        public boolean bPriceConfidential;

        @RestForm
        @NotBlank(message = "{desk.required}")
        @Pattern(regexp = PERCENT, message = "{desk.margin.below.hundred}")
        @DecimalMax(value = "100", inclusive = false, message = "{desk.margin.below.hundred}")
        public String bMargin;

        @RestForm
        public boolean bMarginConfidential;

        @RestForm
        @NotBlank(message = "{desk.required}")
        @Pattern(regexp = PERCENT, message = "{desk.percent.range}")
        @DecimalMax(value = "100", message = "{desk.percent.range}")
        public String bShare;

        @RestForm
        public boolean bShareConfidential;

        @RestForm
        @Pattern(regexp = PERCENT, message = "{desk.percent.range}")
        @DecimalMax(value = "100", message = "{desk.percent.range}")
        public String diversionAb;

        @RestForm
        @Pattern(regexp = PERCENT, message = "{desk.percent.range}")
        @DecimalMax(value = "100", message = "{desk.percent.range}")
        public String diversionBa;

        @RestForm
        @Size(max = 1000, message = "{desk.too.long}")
        @PlainText
        public String diversionSource;

        @RestForm
        public boolean diversionConfidential;

        @RestForm
        @Pattern(regexp = PERCENT, message = "{desk.percent.range}")
        @DecimalMax(value = "100", message = "{desk.percent.range}")
        public String efficiency;

        @RestForm
        public boolean efficiencyConfidential;

        public EffectsForm normalised() {
            trim();
            aName = FormText.trimToNull(aName);
            aPrice = FormText.trimToNull(aPrice);
            aMargin = FormText.trimToNull(aMargin);
            aShare = FormText.trimToNull(aShare);
            bName = FormText.trimToNull(bName);
            bPrice = FormText.trimToNull(bPrice);
            bMargin = FormText.trimToNull(bMargin);
            bShare = FormText.trimToNull(bShare);
            diversionAb = FormText.trimToNull(diversionAb);
            diversionBa = FormText.trimToNull(diversionBa);
            diversionSource = FormText.trimToNull(diversionSource);
            efficiency = FormText.trimToNull(efficiency);
            return this;
        }

        /**
         * What only the inputs together can tell, once each field is valid: two products, shares adding up to at
         * most 100, diversion both ways or neither (never both 100), and a rival to divert to. Field to problem.
         */
        public java.util.Map<String, String> inconsistencies(EconomicsMessages msg) {
            java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
            BigDecimal hundred = BigDecimal.valueOf(100);
            if (aName.equalsIgnoreCase(bName)) {
                problems.put("bName", msg.same_product());
            }
            if (decimal(aShare).add(decimal(bShare)).compareTo(hundred) > 0) {
                problems.put("bShare", msg.shares_above_hundred());
            }
            if ((diversionAb == null) != (diversionBa == null)) {
                problems.put(diversionAb == null ? "diversionAb" : "diversionBa", msg.diversion_both());
            } else if (diversionAb != null && decimal(diversionAb).compareTo(hundred) == 0
                    && decimal(diversionBa).compareTo(hundred) == 0) {
                problems.put("diversionBa", msg.diversion_not_both_hundred());
            } else if (diversionAb == null && (decimal(aShare).compareTo(hundred) == 0
                    || decimal(bShare).compareTo(hundred) == 0)) {
                problems.put("diversionAb", msg.share_hundred_needs_diversion());
            }
            return problems;
        }

        static EffectsForm of(UnilateralEffectsAnalysis a) {
            EffectsForm f = new EffectsForm();
            f.fill(a);
            f.aName = a.aName;
            f.aPrice = plain(a.aPrice);
            f.aPriceConfidential = a.aPriceConfidential;
            f.aMargin = plain(a.aMarginPercent);
            f.aMarginConfidential = a.aMarginConfidential;
            f.aShare = plain(a.aSharePercent);
            f.aShareConfidential = a.aShareConfidential;
            f.bName = a.bName;
            f.bPrice = plain(a.bPrice);
            f.bPriceConfidential = a.bPriceConfidential;
            f.bMargin = plain(a.bMarginPercent);
            f.bMarginConfidential = a.bMarginConfidential;
            f.bShare = plain(a.bSharePercent);
            f.bShareConfidential = a.bShareConfidential;
            f.diversionAb = plain(a.diversionAbPercent);
            f.diversionBa = plain(a.diversionBaPercent);
            f.diversionSource = a.diversionSource;
            f.diversionConfidential = a.diversionConfidential;
            f.efficiency = plain(a.efficiencyPercent);
            f.efficiencyConfidential = a.efficiencyConfidential;
            return f;
        }

        @Override
        void applyInputsTo(UnilateralEffectsAnalysis a) {
            a.aName = aName;
            a.aPrice = decimal(aPrice);
            a.aPriceConfidential = aPriceConfidential;
            a.aMarginPercent = decimal(aMargin);
            a.aMarginConfidential = aMarginConfidential;
            a.aSharePercent = decimal(aShare);
            a.aShareConfidential = aShareConfidential;
            a.bName = bName;
            a.bPrice = decimal(bPrice);
            a.bPriceConfidential = bPriceConfidential;
            a.bMarginPercent = decimal(bMargin);
            a.bMarginConfidential = bMarginConfidential;
            a.bSharePercent = decimal(bShare);
            a.bShareConfidential = bShareConfidential;
            a.diversionAbPercent = decimal(diversionAb);
            a.diversionBaPercent = decimal(diversionBa);
            a.diversionSource = diversionSource;
            a.diversionConfidential = diversionConfidential;
            a.efficiencyPercent = decimal(efficiency);
            a.efficiencyConfidential = efficiencyConfidential;
        }
    }

    static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
