package eu.competitiondesk.economics;

import eu.competitiondesk.platform.FormText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The command to keep or change a critical loss analysis of a market, with the version its edit page was loaded from
 * (none for a new one). The page posts the percentages under short names ({@code priceRise}, {@code margin}).
 */
public record CriticalLossDetails(
        @RestForm @MarketAnalysis.Name String name,

        @RestForm @MarketAnalysis.Source String source,

        @RestForm boolean illustrative,

        @RestForm("priceRise")
        @NotBlank(message = "{desk.required}")
        @Pattern(regexp = Percentages.PERCENT, message = "{desk.ssnip.range}")
        @DecimalMin(value = "1", message = "{desk.ssnip.range}")
        @DecimalMax(value = "20", message = "{desk.ssnip.range}")
        String priceRisePercent,

        @RestForm("secondPriceRise")
        @Pattern(regexp = Percentages.PERCENT, message = "{desk.ssnip.range}")
        @DecimalMin(value = "1", message = "{desk.ssnip.range}")
        @DecimalMax(value = "20", message = "{desk.ssnip.range}")
        String secondPriceRisePercent,

        @RestForm("margin") @NotBlank(message = "{desk.required}") @Percentages.Percent
        String marginPercent,

        @RestForm boolean marginConfidential,

        @RestForm("actualLoss") @Percentages.Percent String actualLossPercent,

        @RestForm boolean actualLossConfidential,

        @RestForm("aggregateDiversion") @Percentages.Percent String aggregateDiversionPercent,

        @RestForm boolean aggregateDiversionConfidential,

        @RestForm String version)
        implements AnalysisDetails<MarketDefinitionAnalysis> {

    public CriticalLossDetails {
        name = FormText.trimToNull(name);
        source = FormText.trimToNull(source);
        priceRisePercent = FormText.trimToNull(priceRisePercent);
        secondPriceRisePercent = FormText.trimToNull(secondPriceRisePercent);
        marginPercent = FormText.trimToNull(marginPercent);
        actualLossPercent = FormText.trimToNull(actualLossPercent);
        aggregateDiversionPercent = FormText.trimToNull(aggregateDiversionPercent);
    }

    /** A new analysis's form: a 5% rise, and 10% as the second one the guidelines suggest looking at. */
    static CriticalLossDetails blank() {
        return new CriticalLossDetails(null, null, false, "5", "10", null, false, null, false, null, false, null);
    }

    /** The analysis as it stands, for its edit page. */
    static CriticalLossDetails of(MarketDefinitionAnalysis a) {
        return new CriticalLossDetails(
                a.name,
                a.source,
                a.illustrative,
                Percentages.plain(a.priceRisePercent),
                Percentages.plain(a.secondPriceRisePercent),
                Percentages.plain(a.marginPercent),
                a.marginConfidential,
                Percentages.plain(a.actualLossPercent),
                a.actualLossConfidential,
                Percentages.plain(a.aggregateDiversionPercent),
                a.aggregateDiversionConfidential,
                Long.toString(a.version));
    }

    @Override
    public Class<MarketDefinitionAnalysis> kind() {
        return MarketDefinitionAnalysis.class;
    }

    @Override
    public void applyTo(MarketDefinitionAnalysis a) {
        a.name = name;
        a.source = source;
        a.illustrative = illustrative;
        a.priceRisePercent = Percentages.decimal(priceRisePercent);
        a.secondPriceRisePercent = Percentages.decimal(secondPriceRisePercent);
        a.marginPercent = Percentages.decimal(marginPercent);
        a.marginConfidential = marginConfidential;
        a.actualLossPercent = Percentages.decimal(actualLossPercent);
        a.actualLossConfidential = actualLossConfidential;
        a.aggregateDiversionPercent = Percentages.decimal(aggregateDiversionPercent);
        a.aggregateDiversionConfidential = aggregateDiversionConfidential;
    }
}
