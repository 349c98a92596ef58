package eu.competitiondesk.economics;

import eu.competitiondesk.economics.engine.CriticalLoss;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A critical loss analysis kept with a market: the price rises tested, the margin and, where known, the actual loss
 * and the aggregate diversion ratio, each with its own business-secret mark. The figures run again on each showing.
 */
@Entity
@Table(name = "market_definition_analysis")
public class MarketDefinitionAnalysis extends MarketAnalysis {

    @Column(name = "price_rise_percent")
    public BigDecimal priceRisePercent;

    @Column(name = "second_price_rise_percent")
    public BigDecimal secondPriceRisePercent;

    @Column(name = "margin_percent")
    public BigDecimal marginPercent;

    @Column(name = "margin_confidential")
    public boolean marginConfidential;

    @Column(name = "actual_loss_percent")
    public BigDecimal actualLossPercent;

    @Column(name = "actual_loss_confidential")
    public boolean actualLossConfidential;

    @Column(name = "aggregate_diversion_percent")
    public BigDecimal aggregateDiversionPercent;

    @Column(name = "aggregate_diversion_confidential")
    public boolean aggregateDiversionConfidential;

    @Override
    String kindInAudit() {
        return "critical loss analysis";
    }

    public static List<MarketDefinitionAnalysis> ofMarket(long marketId) {
        return list("marketId = ?1 order by id", marketId);
    }

    public static Optional<MarketDefinitionAnalysis> inMarket(long marketId, long id) {
        return find("id = ?1 and marketId = ?2", id, marketId).firstResultOptional();
    }

    /** The price rises tested, in the order typed. */
    public List<BigDecimal> priceRises() {
        List<BigDecimal> rises = new ArrayList<>(List.of(priceRisePercent));
        if (secondPriceRisePercent != null) {
            rises.add(secondPriceRisePercent);
        }
        return rises;
    }

    /** The critical loss of each price rise tested. */
    public List<CriticalLoss.Result> results() {
        return priceRises().stream()
                .map(x -> CriticalLoss.evaluate(x, marginPercent, actualLossPercent, aggregateDiversionPercent))
                .toList();
    }

    /** Whether a figure shown rests on a business secret: every result rests on the margin. */
    public boolean anyConfidential() {
        return marginConfidential || actualLossConfidential || aggregateDiversionConfidential;
    }
}
