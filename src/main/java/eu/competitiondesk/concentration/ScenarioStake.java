package eu.competitiondesk.concentration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One stake of a kept scenario, fractions from 0 to 1 as the engine takes them. */
@Entity
@Table(name = "market_scenario_stake")
public class ScenarioStake extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scenario_id")
    public MarketScenario scenario;

    public int position;

    public String holder;

    public String target;

    public BigDecimal financial;

    public BigDecimal control;
}
