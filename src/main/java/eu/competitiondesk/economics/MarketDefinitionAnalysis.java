package eu.competitiondesk.economics;

import eu.competitiondesk.economics.engine.CriticalLoss;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A critical loss analysis kept with a market: the price rises tested, the margin and, where known, the actual loss
 * and the aggregate diversion ratio, each with its own business-secret mark. The figures run again on each showing.
 */
@Entity
public class MarketDefinitionAnalysis extends MarketAnalysis {

    public BigDecimal priceRisePercent;

    public BigDecimal secondPriceRisePercent;

    public BigDecimal marginPercent;

    public boolean marginConfidential;

    public BigDecimal actualLossPercent;

    public boolean actualLossConfidential;

    public BigDecimal aggregateDiversionPercent;

    public boolean aggregateDiversionConfidential;

    @Override
    String kindInAudit() {
        return "critical loss analysis";
    }

    public static List<MarketDefinitionAnalysis> ofMarket(long marketId) {
        return list("marketId = ?1 order by id", marketId);
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
