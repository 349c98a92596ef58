package eu.competitiondesk.economics;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The command to keep or change a vertical price pressure analysis of a market, with the version its edit page was
 * loaded from (none for a new one). The page posts each input under the name here; prices and costs are in one
 * currency unit per unit of output, one unit of input going into each.
 */
public record VerticalEffectsDetails(
        @RestForm @MarketAnalysis.Name String name,

        @RestForm @MarketAnalysis.Source String source,

        @RestForm boolean illustrative,

        @RestForm
        @NotBlank(message = "{desk.product.name.required}")
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        String upstreamName,

        @RestForm
        @NotBlank(message = "{desk.required}")
        @Pattern(regexp = Percentages.PRICE, message = "{desk.cost.not.negative}")
        String inputCost,

        @RestForm boolean inputCostConfidential,

        @RestForm
        @NotBlank(message = "{desk.product.name.required}")
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        String downstreamName,

        @RestForm @NotBlank(message = "{desk.required}") @Percentages.Price
        String downstreamPrice,

        @RestForm boolean downstreamPriceConfidential,

        @RestForm @NotBlank(message = "{desk.required}") @Percentages.Margin
        String downstreamMarginPercent,

        @RestForm boolean downstreamMarginConfidential,

        @RestForm @Pattern(regexp = Percentages.PRICE, message = "{desk.cost.not.negative}")
        String internalInputPrice,

        @RestForm boolean internalInputPriceConfidential,

        @RestForm
        @NotBlank(message = "{desk.product.name.required}")
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        String rivalName,

        @RestForm @NotBlank(message = "{desk.required}") @Percentages.Price
        String rivalPrice,

        @RestForm boolean rivalPriceConfidential,

        @RestForm @NotBlank(message = "{desk.required}") @Percentages.Price
        String rivalInputPrice,

        @RestForm boolean rivalInputPriceConfidential,

        @RestForm @NotBlank(message = "{desk.required}") @Percentages.Percent
        String diversionToMergingPercent,

        @RestForm @NotBlank(message = "{desk.required}") @Percentages.Percent
        String diversionFromMergingPercent,

        @RestForm @Size(max = 1000, message = "{desk.too.long}") @PlainText
        String diversionSource,

        @RestForm boolean diversionConfidential,

        @RestForm
        @Pattern(regexp = Percentages.PERCENT, message = "{desk.pass.through.range}")
        @DecimalMax(value = "200", message = "{desk.pass.through.range}")
        String passThroughPercent,

        @RestForm boolean passThroughConfidential,

        @RestForm @Percentages.Percent String supplierWeightPercent,

        @RestForm @Percentages.Percent String downstreamWeightPercent,

        @RestForm String version)
        implements AnalysisDetails<VerticalEffectsAnalysis> {

    public VerticalEffectsDetails {
        name = FormText.trimToNull(name);
        source = FormText.trimToNull(source);
        upstreamName = FormText.trimToNull(upstreamName);
        inputCost = FormText.trimToNull(inputCost);
        downstreamName = FormText.trimToNull(downstreamName);
        downstreamPrice = FormText.trimToNull(downstreamPrice);
        downstreamMarginPercent = FormText.trimToNull(downstreamMarginPercent);
        internalInputPrice = FormText.trimToNull(internalInputPrice);
        rivalName = FormText.trimToNull(rivalName);
        rivalPrice = FormText.trimToNull(rivalPrice);
        rivalInputPrice = FormText.trimToNull(rivalInputPrice);
        diversionToMergingPercent = FormText.trimToNull(diversionToMergingPercent);
        diversionFromMergingPercent = FormText.trimToNull(diversionFromMergingPercent);
        diversionSource = FormText.trimToNull(diversionSource);
        passThroughPercent = FormText.trimToNull(passThroughPercent);
        supplierWeightPercent = FormText.trimToNull(supplierWeightPercent);
        downstreamWeightPercent = FormText.trimToNull(downstreamWeightPercent);
    }

    /** The rival is another firm than the merging downstream unit. */
    @AssertTrue(message = "{desk.vertical.rival.same}")
    public boolean isRivalName() {
        return rivalName == null || !rivalName.equalsIgnoreCase(downstreamName);
    }

    static VerticalEffectsDetails blank() {
        return new VerticalEffectsDetails(
                null, null, false, null, null, false, null, null, false, null, false, null, false, null, null, false,
                null, false, null, null, null, false, null, false, null, null, null);
    }

    /** The analysis as it stands, for its edit page. */
    static VerticalEffectsDetails of(VerticalEffectsAnalysis a) {
        return new VerticalEffectsDetails(
                a.name,
                a.source,
                a.illustrative,
                a.upstreamName,
                Percentages.plain(a.inputCost),
                a.inputCostConfidential,
                a.downstreamName,
                Percentages.plain(a.downstreamPrice),
                a.downstreamPriceConfidential,
                Percentages.plain(a.downstreamMarginPercent),
                a.downstreamMarginConfidential,
                Percentages.plain(a.internalInputPrice),
                a.internalInputPriceConfidential,
                a.rivalName,
                Percentages.plain(a.rivalPrice),
                a.rivalPriceConfidential,
                Percentages.plain(a.rivalInputPrice),
                a.rivalInputPriceConfidential,
                Percentages.plain(a.diversionToMergingPercent),
                Percentages.plain(a.diversionFromMergingPercent),
                a.diversionSource,
                a.diversionConfidential,
                Percentages.plain(a.passThroughPercent),
                a.passThroughConfidential,
                Percentages.plain(a.supplierWeightPercent),
                Percentages.plain(a.downstreamWeightPercent),
                Long.toString(a.version));
    }

    @Override
    public Class<VerticalEffectsAnalysis> kind() {
        return VerticalEffectsAnalysis.class;
    }

    @Override
    public void applyTo(VerticalEffectsAnalysis a) {
        a.name = name;
        a.source = source;
        a.illustrative = illustrative;
        a.upstreamName = upstreamName;
        a.inputCost = Percentages.decimal(inputCost);
        a.inputCostConfidential = inputCostConfidential;
        a.downstreamName = downstreamName;
        a.downstreamPrice = Percentages.decimal(downstreamPrice);
        a.downstreamPriceConfidential = downstreamPriceConfidential;
        a.downstreamMarginPercent = Percentages.decimal(downstreamMarginPercent);
        a.downstreamMarginConfidential = downstreamMarginConfidential;
        a.internalInputPrice = Percentages.decimal(internalInputPrice);
        a.internalInputPriceConfidential = internalInputPriceConfidential;
        a.rivalName = rivalName;
        a.rivalPrice = Percentages.decimal(rivalPrice);
        a.rivalPriceConfidential = rivalPriceConfidential;
        a.rivalInputPrice = Percentages.decimal(rivalInputPrice);
        a.rivalInputPriceConfidential = rivalInputPriceConfidential;
        a.diversionToMergingPercent = Percentages.decimal(diversionToMergingPercent);
        a.diversionFromMergingPercent = Percentages.decimal(diversionFromMergingPercent);
        a.diversionSource = diversionSource;
        a.diversionConfidential = diversionConfidential;
        a.passThroughPercent = Percentages.decimal(passThroughPercent);
        a.passThroughConfidential = passThroughConfidential;
        a.supplierWeightPercent = Percentages.decimal(supplierWeightPercent);
        a.downstreamWeightPercent = Percentages.decimal(downstreamWeightPercent);
    }
}
