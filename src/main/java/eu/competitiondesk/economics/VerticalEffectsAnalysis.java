package eu.competitiondesk.economics;

import eu.competitiondesk.economics.engine.VerticalEffects;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.util.List;

/**
 * The vertical price pressure of a firm that supplies an input both to its own (or partly owned) downstream unit and
 * to a downstream rival: the input's cost, the downstream unit's price, margin and internal input price, the rival's
 * price and input price, the diversions between the two and the rival's pass-through, each input with its own
 * business-secret mark. The figures run again on each showing.
 */
@Entity
public class VerticalEffectsAnalysis extends MarketAnalysis {

    public String upstreamName;

    public BigDecimal inputCost;

    public boolean inputCostConfidential;

    public String downstreamName;

    public BigDecimal downstreamPrice;

    public boolean downstreamPriceConfidential;

    public BigDecimal downstreamMarginPercent;

    public boolean downstreamMarginConfidential;

    public BigDecimal internalInputPrice;

    public boolean internalInputPriceConfidential;

    public String rivalName;

    public BigDecimal rivalPrice;

    public boolean rivalPriceConfidential;

    public BigDecimal rivalInputPrice;

    public boolean rivalInputPriceConfidential;

    public BigDecimal diversionToMergingPercent;

    public BigDecimal diversionFromMergingPercent;

    public String diversionSource;

    public boolean diversionConfidential;

    public BigDecimal passThroughPercent;

    public boolean passThroughConfidential;

    /** What the supplier counts of the downstream unit's profit, percent; null for a merger (100). */
    public BigDecimal supplierWeightPercent;

    /** What the downstream unit counts of the supplier's profit, percent; null for a merger (100). */
    public BigDecimal downstreamWeightPercent;

    @Override
    String kindInAudit() {
        return "vertical price pressure analysis";
    }

    public static List<VerticalEffectsAnalysis> ofMarket(long marketId) {
        return list("marketId = ?1 order by id", marketId);
    }

    /** Whether a figure shown rests on a business secret: every figure rests on several inputs. */
    public boolean anyConfidential() {
        return inputCostConfidential
                || downstreamPriceConfidential
                || downstreamMarginConfidential
                || internalInputPriceConfidential
                || rivalPriceConfidential
                || rivalInputPriceConfidential
                || diversionConfidential
                || passThroughConfidential;
    }

    /** The engine's figures for these inputs. */
    public VerticalEffects.Result result() {
        return VerticalEffects.evaluate(
                new VerticalEffects.Upstream(upstreamName, inputCost),
                new VerticalEffects.Downstream(
                        downstreamName, downstreamPrice, downstreamMarginPercent, internalInputPrice),
                List.of(new VerticalEffects.Rival(
                        rivalName,
                        rivalPrice,
                        rivalInputPrice,
                        diversionToMergingPercent,
                        diversionFromMergingPercent,
                        passThroughPercent)),
                new VerticalEffects.Weights(supplierWeight(), downstreamWeight()));
    }

    public BigDecimal supplierWeight() {
        return supplierWeightPercent == null ? BigDecimal.valueOf(100) : supplierWeightPercent;
    }

    public BigDecimal downstreamWeight() {
        return downstreamWeightPercent == null ? BigDecimal.valueOf(100) : downstreamWeightPercent;
    }
}
