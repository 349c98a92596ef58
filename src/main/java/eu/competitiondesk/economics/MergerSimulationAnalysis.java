package eu.competitiondesk.economics;

import eu.competitiondesk.economics.SimulationJson.DemandSystem;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A Bertrand merger simulation kept with a market: the demand system and its calibration, the products and those
 * that merge, a business-secret mark for each kind of input (prices, shares and quantities, margins, elasticities),
 * and the ranges its sensitivity run draws from. The simulation runs again on each showing.
 */
@Entity
public class MergerSimulationAnalysis extends MarketAnalysis {

    /** One product as the analysis keeps it; the demand system says which figures it needs. */
    public record Product(
            String name,
            String firm,
            BigDecimal price,
            BigDecimal sharePercent,
            BigDecimal quantity,
            BigDecimal marginPercent) {}

    @Enumerated(EnumType.STRING)
    public DemandSystem demand;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Product> products = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> merging = new ArrayList<>();

    public BigDecimal outsideSharePercent;

    public String calibrationProduct;

    public BigDecimal calibrationMarginPercent;

    public BigDecimal ownElasticity;

    public BigDecimal marketElasticity;

    public BigDecimal aggregateDiversionPercent;

    public boolean pricesConfidential;

    public boolean sharesConfidential;

    public boolean marginsConfidential;

    public boolean elasticitiesConfidential;

    public BigDecimal marginLow;

    public BigDecimal marginHigh;

    public BigDecimal elasticityLow;

    public BigDecimal elasticityHigh;

    public Integer draws;

    public Long seed;

    @Override
    String kindInAudit() {
        return "merger simulation";
    }

    public static List<MergerSimulationAnalysis> ofMarket(long marketId) {
        return list("marketId = ?1 order by id", marketId);
    }

    public boolean anyConfidential() {
        return pricesConfidential || sharesConfidential || marginsConfidential || elasticitiesConfidential;
    }
}
