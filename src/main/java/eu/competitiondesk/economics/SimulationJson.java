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

/** Request and response of the Bertrand merger simulation under a choice of demand systems. */
public final class SimulationJson {

    private SimulationJson() {}

    public enum DemandSystem {
        LOGIT,
        LINEAR,
        LOGLINEAR,
        AIDS,
        PCAIDS,
        CES
    }

    @Schema(name = "SimulationProduct")
    public record Product(
            @NotBlank(message = "{desk.product.name.required}") @Size(max = 200)
            String name,

            @Schema(description = "The firm that sets its price before; absent: a firm of its own") @Size(max = 200)
            String firm,

            @Schema(description = "Required but for PCAIDS (then 1: changes only)")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.price.positive}")
            BigDecimal price,

            @Schema(description = "LOGIT, CES: share of all choices; AIDS, PCAIDS: revenue share of the inside goods")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal sharePercent,

            @Schema(description = "LINEAR, LOGLINEAR")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.quantity.positive}")
            BigDecimal quantity,

            @Schema(description = "LINEAR, LOGLINEAR: every product's margin")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.margin.below.hundred}")
            @DecimalMax(value = "100", inclusive = false, message = "{desk.margin.below.hundred}")
            BigDecimal marginPercent) {}

    @Schema(name = "SimulationCalibration", description = "The product whose margin or own elasticity is observed")
    public record Calibration(
            @NotBlank(message = "{desk.required}") String product,

            @DecimalMin(value = "0", inclusive = false, message = "{desk.margin.below.hundred}")
            @DecimalMax(value = "100", inclusive = false, message = "{desk.margin.below.hundred}")
            BigDecimal marginPercent,

            @Schema(description = "PCAIDS: the own-price elasticity, below -1")
            BigDecimal ownElasticity) {}

    @Schema(name = "SimulationRequest")
    public record Request(
            @NotNull(message = "{desk.required}") DemandSystem demand,

            @NotEmpty(message = "{desk.required}") @Size(max = 200)
            List<@NotNull @Valid Product> products,

            @DecimalMin(value = "0", inclusive = false, message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal outsideSharePercent,

            @Valid Calibration calibration,

            @Schema(description = "AIDS, PCAIDS: the inside goods' market elasticity; absent: -1")
            BigDecimal marketElasticity,

            @Schema(
                    description =
                            "LINEAR, LOGLINEAR: diversion from one product to another, percent; absent: by quantity")
            Map<String, Map<String, BigDecimal>> diversionPercent,

            @Schema(
                    description = "LINEAR, LOGLINEAR without diversionPercent: the share of a product's lost sales"
                            + " that stay with the other products, spread by quantity; absent: 100")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.percent.range}")
            @DecimalMax(value = "100", message = "{desk.percent.range}")
            BigDecimal aggregateDiversionPercent,

            @Schema(description = "Products whose firms merge")
            List<@NotBlank String> merging,

            @Schema(description = "Stakes between firms (fractions), instead of a merger")
            List<@NotNull StakeJson> stakes,

            @Schema(description = "Profit weights after, product by product (1 on the diagonal)")
            List<List<BigDecimal>> ownershipPost,

            @Schema(description = "Profit weights before; absent: from the firms")
            List<List<BigDecimal>> ownershipPre,

            @Schema(description = "LOGIT: potential consumers; CES: their budget; default 1")
            @DecimalMin(value = "0", inclusive = false, message = "{desk.quantity.positive}")
            BigDecimal marketSize,

            @Schema(description = "Change of a product's marginal cost after the merger, percent (-5 for a saving)")
            Map<String, BigDecimal> marginalCostChangePercent) {}

    public record CheckJson(String name, boolean holds, double value) {}

    public record ProductResult(
            String name,
            double marginalCost,
            double priceBefore,
            double priceAfter,
            double priceChangePercent,
            double shareBeforePercent,
            double shareAfterPercent,
            double quantityBefore,
            double quantityAfter,
            double quantityChangePercent) {}

    public record MarketResult(
            double hhiBefore,
            double hhiAfter,
            double hhiChange,
            double industryPriceChangePercent,
            double mergingPartyPriceChangePercent,
            Map<String, Double> cmcrPercent,
            Double consumerHarm,
            double producerBenefit,
            Double netHarm) {}

    @Schema(
            name = "SimulationResponse",
            description = "valid: every check holds; products and market are null otherwise. Price changes are Paasche"
                    + " indices; HHI on inside shares rescaled to 100 (quantity shares, revenue shares for AIDS, PCAIDS"
                    + " and CES), weighted by the profit weights (the modified HHI with stakes).")
    public record Response(
            DemandSystem demand,
            boolean valid,
            List<CheckJson> checks,
            Map<String, Object> parameters,
            List<ProductResult> products,
            MarketResult market,
            boolean converged,
            double residual,
            String rScript) {}

    @Schema(
            name = "SimulationRange",
            description = "A range an uncertain input is drawn from, uniformly, ends included")
    public record Range(
            @Schema(
                    description = "calibration.marginPercent (LOGIT, CES, AIDS), calibration.ownElasticity (PCAIDS),"
                            + " marketElasticity (AIDS, PCAIDS), products.<name>.marginPercent (LINEAR, LOGLINEAR),"
                            + " diversionPercent.<from>.<to> (LINEAR, LOGLINEAR with diversions given)")
            @NotBlank(message = "{desk.required}")
            @Size(max = 500)
            String input,

            @NotNull(message = "{desk.required}") BigDecimal low,

            @NotNull(message = "{desk.required}") BigDecimal high) {}

    @Schema(name = "SimulationSensitivityRequest")
    public record SensitivityRequest(
            @NotNull(message = "{desk.required}") @Valid Request simulation,

            @NotEmpty(message = "{desk.required}") @Size(max = 20)
            List<@NotNull @Valid Range> ranges,

            @Schema(description = "How many draws; default 1000")
            @jakarta.validation.constraints.Min(value = 1, message = "{desk.draws.range}")
            @jakarta.validation.constraints.Max(value = 10000, message = "{desk.draws.range}")
            Integer draws,

            @Schema(description = "The seed of the draws; the same seed gives the same draws; default 1")
            Long seed) {}

    @Schema(name = "SimulationDistribution", description = "Percentiles interpolated as R's quantile (type 7)")
    public record Distribution(double p5, double p50, double p95, int count, double min, double max) {}

    @Schema(name = "SimulationProductDistribution")
    public record ProductDistribution(String name, Distribution priceChangePercent) {}

    @Schema(
            name = "SimulationSensitivityResponse",
            description = "The price effects over the draws whose run passed every check; a failed check is counted"
                    + " by its name. point: the run at the inputs as given.")
    public record SensitivityResponse(
            int draws,
            long seed,
            int validDraws,
            Map<String, Integer> failedChecks,
            Double pointIndustryPriceChangePercent,
            Double pointMergingPartyPriceChangePercent,
            Distribution industryPriceChangePercent,
            Distribution mergingPartyPriceChangePercent,
            List<ProductDistribution> products) {}
}
