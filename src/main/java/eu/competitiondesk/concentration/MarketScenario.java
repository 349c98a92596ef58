package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Stake;
import eu.competitiondesk.platform.IdentifiedEntity;
import eu.competitiondesk.web.Routes;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A merger or ownership scenario kept with a market: the firms that merge and the stakes, by firm name. It holds no
 * figures: each time it is shown it runs again on the market's current shares.
 */
@Entity
public class MarketScenario extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public RelevantMarket market;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> merging = new ArrayList<>();

    /** A hypothesis for illustration (the demo's), not a transaction before the authority. */
    public boolean illustrative;

    public OffsetDateTime createdAt;

    @OneToMany(mappedBy = "scenario", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ScenarioStake> stakes = new ArrayList<>();

    /** The market's scenarios with their stakes, in one query: the market page and every report read them all. */
    public static List<MarketScenario> ofMarket(long marketId) {
        return find(
                        "select distinct s from MarketScenario s left join fetch s.stakes where s.market.id = ?1"
                                + " order by s.id",
                        marketId)
                .list();
    }

    public List<Stake> engineStakes() {
        return stakes.stream()
                .map(s -> new Stake(s.holder, s.target, s.financial, s.control))
                .toList();
    }

    /** The scenario page's address with this scenario's firms and stakes filled in. */
    public String pageAddress(long datasetId) {
        String address = MarketRoutes.scenarioOn(market.caseId, market.id, datasetId);
        for (String firm : merging) {
            address = Routes.query(address, "merge", firm);
        }
        for (ScenarioStake s : stakes) {
            address = Routes.query(Routes.query(address, "holder", s.holder), "target", s.target);
            address = Routes.query(
                    address,
                    "financial",
                    s.financial.movePointRight(2).stripTrailingZeros().toPlainString());
            address = Routes.query(
                    address,
                    "control",
                    s.control.movePointRight(2).stripTrailingZeros().toPlainString());
        }
        return address;
    }
}
