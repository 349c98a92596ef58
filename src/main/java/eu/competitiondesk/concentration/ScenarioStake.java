package eu.competitiondesk.concentration;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One stake of a kept scenario, fractions from 0 to 1 as the engine takes them. */
@Entity
@Table(name = "market_scenario_stake")
public class ScenarioStake extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public MarketScenario scenario;

    public int position;

    public String holder;

    public String target;

    public BigDecimal financial;

    public BigDecimal control;
}
