package eu.competitiondesk.economics;

import eu.competitiondesk.economics.engine.UnilateralEffects;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.util.List;

/**
 * The upward pricing pressure of a merger or partnership between two products of a market: each product's price,
 * margin and share, the diversion ratios where they are known (from shares otherwise) and an efficiency credit, each
 * input with its own business-secret mark. The figures run again on each showing.
 */
@Entity
public class UnilateralEffectsAnalysis extends MarketAnalysis {

    public String aName;

    public BigDecimal aPrice;

    public boolean aPriceConfidential;

    public BigDecimal aMarginPercent;

    public boolean aMarginConfidential;

    public BigDecimal aSharePercent;

    public boolean aShareConfidential;

    public String bName;

    public BigDecimal bPrice;

    public boolean bPriceConfidential;

    public BigDecimal bMarginPercent;

    public boolean bMarginConfidential;

    public BigDecimal bSharePercent;

    public boolean bShareConfidential;

    /** Diversion from A to B and from B to A, both or neither; neither means from shares. */
    public BigDecimal diversionAbPercent;

    public BigDecimal diversionBaPercent;

    public String diversionSource;

    public boolean diversionConfidential;

    public BigDecimal efficiencyPercent;

    public boolean efficiencyConfidential;

    @Override
    String kindInAudit() {
        return "upward pricing pressure analysis";
    }

    public static List<UnilateralEffectsAnalysis> ofMarket(long marketId) {
        return list("marketId = ?1 order by id", marketId);
    }

    /** One merging product's inputs, with its key on the page ("a" or "b"). */
    public record Side(
            String key,
            String name,
            BigDecimal price,
            boolean priceConfidential,
            BigDecimal marginPercent,
            boolean marginConfidential,
            BigDecimal sharePercent,
            boolean shareConfidential) {

        /** Marginal cost: the price less the margin. */
        double cost() {
            return price.doubleValue() * (1 - fraction(marginPercent));
        }
    }

    public Side a() {
        return new Side(
                "a",
                aName,
                aPrice,
                aPriceConfidential,
                aMarginPercent,
                aMarginConfidential,
                aSharePercent,
                aShareConfidential);
    }

    public Side b() {
        return new Side(
                "b",
                bName,
                bPrice,
                bPriceConfidential,
                bMarginPercent,
                bMarginConfidential,
                bSharePercent,
                bShareConfidential);
    }

    public UnilateralEffects.Result result() {
        UnilateralEffects.Diversion diversion = diversionAbPercent == null
                ? null
                : new UnilateralEffects.Diversion(fraction(diversionAbPercent), fraction(diversionBaPercent));
        return UnilateralEffects.evaluate(
                product(a()), product(b()), diversion, efficiencyPercent == null ? 0 : fraction(efficiencyPercent));
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

    private static UnilateralEffects.Product product(Side s) {
        return new UnilateralEffects.Product(
                s.name(), s.price().doubleValue(), fraction(s.marginPercent()), fraction(s.sharePercent()));
    }

    private static double fraction(BigDecimal percent) {
        return percent.doubleValue() / 100;
    }
}
