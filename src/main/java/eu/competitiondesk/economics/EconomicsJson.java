package eu.competitiondesk.economics;

import eu.competitiondesk.concentration.ConcentrationJson.StakeJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON of the economic tests: critical loss, upward pricing pressure, logit merger simulation. Percentages are
 * in percent (5 for 5%); results are unrounded, the pages round them for reading.
 */
public final class EconomicsJson {

    private EconomicsJson() {}

    public record CriticalLossRequest(
            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "1", message = "{desk.ssnip.range}")
            @DecimalMax(value = "20", message = "{desk.ssnip.range}")
            BigDecimal priceRisePercent,

            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal marginPercent,

            @DecimalMin(value = "0", message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal actualLossPercent,

            @DecimalMin(value = "0", message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal aggregateDiversionPercent) {}

    @Schema(
            description =
                    "priceRiseProfitable: the actual loss is below the break-even critical loss (null without"
                            + " an actual loss); diversionTestMet: the aggregate diversion ratio is above it (null without one)")
    public record CriticalLossResponse(
            BigDecimal breakEvenCriticalLossPercent,
            BigDecimal profitMaximisingCriticalLossPercent,
            BigDecimal criticalElasticity,
            Boolean priceRiseProfitable,
            Boolean diversionTestMet) {}

    public record PricedProduct(
            @NotBlank(message = "{desk.product.name.required}") @Size(max = 200)
            String name,

            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.price.positive}")
            BigDecimal price,

            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", message = "{desk.margin.below.hundred}")
            @DecimalMax(value = "100", inclusive = false, message = "{desk.margin.below.hundred}")
            BigDecimal marginPercent,

            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal sharePercent) {}

    public record UnilateralEffectsRequest(
            @NotEmpty(message = "{desk.required}") @Size(max = 100)
            List<@NotNull @Valid PricedProduct> products,

            @NotNull(message = "{desk.required}") @Size(min = 2, max = 2, message = "{desk.merging.two}")
            List<@NotBlank(message = "{desk.required}") String> merging,

            Map<
                            String,
                            Map<
                                    String,
                                    @NotNull @DecimalMin(value = "0", message = "{desk.percent.range}")
                                    @DecimalMax(value = "100", message = "{desk.percent.range}") BigDecimal>>
                    diversionPercent,

            @DecimalMin(value = "0", message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal efficiencyPercent,

            @Schema(
                    description = "Stakes between the merging products' firms (the products' names) or held in them"
                            + " by outside owners, as fractions; absent: a full merger, profit weights 1 both ways")
            @Size(max = 200)
            List<@NotNull StakeJson> stakes) {}

    public enum DiversionBasis {
        /** Proportional to shares, s_B / (1 - s_A). */
        SHARES,
        /** As the request gave them (surveys, switching data). */
        GIVEN
    }

    public record SensitivityRow(int marginStepPoints, double partnerMarginPercent, double guppiPercent) {}

    @Schema(
            description = "Per merging product: diversion to the other (percent), UPP in price units, GUPPI and the"
                    + " compensating marginal cost reduction in percent, the illustrative price rise of symmetric firms"
                    + " (linear and isoelastic demand; isoelastic null where margin plus diversion reach 100%), and GUPPI"
                    + " with the partner's margin 10 points lower to 10 points higher")
    public record UnilateralEffectsResponse(
            Map<String, Map<String, Double>> diversionPercent,
            DiversionBasis diversionBasis,
            Map<String, Double> upp,
            Map<String, Double> guppiPercent,
            Map<String, Double> cmcrPercent,
            Map<String, Double> linearPriceRisePercent,
            Map<String, Double> isoelasticPriceRisePercent,
            Map<String, List<SensitivityRow>> guppiSensitivity,

            @Schema(
                    description = "O'Brien-Salop profit weights: {A: {B: kappa_AB}, B: {A: kappa_BA}}, what the"
                            + " controllers of the first draw from the second per unit they draw from the first")
            Map<String, Map<String, Double>> profitWeights) {}

    public record SharedProduct(
            @NotBlank(message = "{desk.product.name.required}") @Size(max = 200)
            String name,

            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.price.positive}")
            BigDecimal price,

            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.share.open}")
            @DecimalMax(value = "100", inclusive = false, message = "{desk.share.open}")
            BigDecimal sharePercent) {}

    public record Calibration(
            @NotBlank(message = "{desk.required}") String product,

            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.margin.open}")
            @DecimalMax(value = "100", inclusive = false, message = "{desk.margin.open}")
            BigDecimal marginPercent) {}

    public record LogitRequest(
            @NotEmpty(message = "{desk.required}") @Size(max = 100, message = "{desk.products.max}")
            List<@NotNull @Valid SharedProduct> products,

            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.share.open}")
            @DecimalMax(value = "100", inclusive = false, message = "{desk.share.open}")
            BigDecimal outsideSharePercent,

            @NotNull(message = "{desk.required}") @Valid Calibration calibration,

            @NotNull(message = "{desk.required}") @Size(min = 2, max = 100, message = "{desk.merging.some}")
            List<@NotBlank(message = "{desk.required}") String> merging) {}

    public record LogitProduct(
            String name,
            double marginalCost,
            double priceBefore,
            double priceAfter,
            double priceChangePercent,
            double shareBeforePercent,
            double shareAfterPercent) {}

    @Schema(
            description = "converged: the first-order conditions hold to 1e-10; when false the figures after are the"
                    + " solver's last iterate and are not a result. consumerSurplusChange: per potential consumer, in price"
                    + " units (log-sum formula)")
    public record LogitResponse(
            double alpha,
            List<LogitProduct> products,
            double outsideShareAfterPercent,
            double consumerSurplusChange,
            boolean converged,
            double residual) {}

    @Schema(name = "VerticalEffectsRequest")
    public record VerticalEffectsRequest(
            @NotNull(message = "{desk.required}") @Valid VerticalUpstream upstream,
            @NotNull(message = "{desk.required}") @Valid VerticalDownstream downstream,

            @NotEmpty(message = "{desk.required}") @Size(max = 100)
            List<@NotNull @Valid VerticalRival> rivals,

            @Schema(
                    description = "kappa_UD: the weight the supplier puts on the downstream unit's profit, percent;"
                            + " absent: 100 (a merger). A silent stake of the supplier: its financial share")
            @DecimalMin(value = "0", message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal supplierWeightPercent,

            @Schema(
                    description = "kappa_DU: the weight the downstream unit puts on the supplier's profit, percent;"
                            + " absent: 100 (a merger). A silent stake of the supplier: 0")
            @DecimalMin(value = "0", message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal downstreamWeightPercent) {}

    @Schema(name = "VerticalUpstream", description = "The input supplier and its marginal cost of the input, c_U")
    public record VerticalUpstream(
            @NotBlank(message = "{desk.product.name.required}") @Size(max = 200)
            String name,

            @NotNull(message = "{desk.required}") @DecimalMin(value = "0", message = "{desk.cost.not.negative}")
            BigDecimal marginalCost) {}

    @Schema(name = "VerticalDownstream", description = "The merging downstream unit: P_D, M_D (percent), w_D if known")
    public record VerticalDownstream(
            @NotBlank(message = "{desk.product.name.required}") @Size(max = 200)
            String name,

            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.price.positive}")
            BigDecimal price,

            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", message = "{desk.margin.below.hundred}")
            @DecimalMax(value = "100", inclusive = false, message = "{desk.margin.below.hundred}")
            BigDecimal marginPercent,

            @Schema(
                    description =
                            "The input price inside the merged firm, for the elimination of double marginalisation")
            @DecimalMin(value = "0", message = "{desk.cost.not.negative}")
            BigDecimal inputPrice) {}

    @Schema(name = "VerticalRival", description = "A downstream rival buying the input")
    public record VerticalRival(
            @NotBlank(message = "{desk.product.name.required}") @Size(max = 200)
            String name,

            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.price.positive}")
            BigDecimal price,

            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.price.positive}")
            BigDecimal inputPrice,

            @Schema(
                    description =
                            "D_RD: the share of the rival's lost sales won by the merging downstream unit, percent")
            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal diversionToMergingPercent,

            @Schema(description = "D_DR: the share of the merging unit's lost sales won by the rival, percent")
            @NotNull(message = "{desk.required}")
            @DecimalMin(value = "0", message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal diversionFromMergingPercent,

            @Schema(description = "The rival's pass-through of an input price rise, percent; absent: not known")
            @DecimalMin(value = "0", message = "{desk.percent.range}")
            BigDecimal passThroughPercent) {}

    @Schema(name = "VerticalRivalResult")
    public record VerticalRivalResult(
            String name,
            BigDecimal vguppiUpstreamPercent,

            @Schema(description = "null without a pass-through")
            BigDecimal vguppiRivalPercent,

            @Schema(description = "null where the downstream margin is 0")
            BigDecimal criticalDiversionPercent,

            boolean foreclosureProfitable) {}

    @Schema(
            name = "VerticalEffectsResponse",
            description = "Moresi and Salop (2013), fixed proportions; percentages unrounded. foreclosureProfitable:"
                    + " D_RD M_D P_D > w_R - c_U, strictly.")
    public record VerticalEffectsResponse(
            List<VerticalRivalResult> rivals,
            BigDecimal vguppiDownstreamPercent,
            BigDecimal eliminationOfDoubleMarginalisationPercent,
            BigDecimal netVguppiDownstreamPercent,
            List<String> sources) {}
}
