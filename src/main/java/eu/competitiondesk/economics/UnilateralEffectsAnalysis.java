package eu.competitiondesk.economics;

import eu.competitiondesk.economics.engine.UnilateralEffects;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The upward pricing pressure of a merger or partnership between two products of a market: each product's price,
 * margin and share, the diversion ratios where they are known (from shares otherwise) and an efficiency credit, each
 * input with its own business-secret mark. The figures run again on each showing.
 */
@Entity
@Table(name = "unilateral_effects_analysis")
public class UnilateralEffectsAnalysis extends MarketAnalysis {

    @Column(name = "a_name")
    public String aName;

    @Column(name = "a_price")
    public BigDecimal aPrice;

    @Column(name = "a_price_confidential")
    public boolean aPriceConfidential;

    @Column(name = "a_margin_percent")
    public BigDecimal aMarginPercent;

    @Column(name = "a_margin_confidential")
    public boolean aMarginConfidential;

    @Column(name = "a_share_percent")
    public BigDecimal aSharePercent;

    @Column(name = "a_share_confidential")
    public boolean aShareConfidential;

    @Column(name = "b_name")
    public String bName;

    @Column(name = "b_price")
    public BigDecimal bPrice;

    @Column(name = "b_price_confidential")
    public boolean bPriceConfidential;

    @Column(name = "b_margin_percent")
    public BigDecimal bMarginPercent;

    @Column(name = "b_margin_confidential")
    public boolean bMarginConfidential;

    @Column(name = "b_share_percent")
    public BigDecimal bSharePercent;

    @Column(name = "b_share_confidential")
    public boolean bShareConfidential;

    /** Diversion from A to B and from B to A, both or neither; neither means from shares. */
    @Column(name = "diversion_ab_percent")
    public BigDecimal diversionAbPercent;

    @Column(name = "diversion_ba_percent")
    public BigDecimal diversionBaPercent;

    @Column(name = "diversion_source")
    public String diversionSource;

    @Column(name = "diversion_confidential")
    public boolean diversionConfidential;

    @Column(name = "efficiency_percent")
    public BigDecimal efficiencyPercent;

    @Column(name = "efficiency_confidential")
    public boolean efficiencyConfidential;

    @Override
    String kindInAudit() {
        return "upward pricing pressure analysis";
    }

    public static List<UnilateralEffectsAnalysis> ofMarket(long marketId) {
        return list("marketId = ?1 order by id", marketId);
    }

    public static Optional<UnilateralEffectsAnalysis> inMarket(long marketId, long id) {
        return find("id = ?1 and marketId = ?2", id, marketId).firstResultOptional();
    }

    public UnilateralEffects.Result result() {
        UnilateralEffects.Diversion diversion = diversionAbPercent == null
                ? null
                : new UnilateralEffects.Diversion(fraction(diversionAbPercent), fraction(diversionBaPercent));
        return UnilateralEffects.evaluate(
                new UnilateralEffects.Product(
                        aName, aPrice.doubleValue(), fraction(aMarginPercent), fraction(aSharePercent)),
                new UnilateralEffects.Product(
                        bName, bPrice.doubleValue(), fraction(bMarginPercent), fraction(bSharePercent)),
                diversion,
                efficiencyPercent == null ? 0 : fraction(efficiencyPercent));
    }

    /** Every figure rests on prices, margins and diversion (or shares): a secret among them hides the figures. */
    public boolean anyConfidential() {
        return aPriceConfidential
                || aMarginConfidential
                || aShareConfidential
                || bPriceConfidential
                || bMarginConfidential
                || bShareConfidential
                || diversionConfidential
                || efficiencyConfidential;
    }

    private static double fraction(BigDecimal percent) {
        return percent.doubleValue() / 100;
    }
}
