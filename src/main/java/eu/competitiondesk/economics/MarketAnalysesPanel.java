package eu.competitiondesk.economics;

import eu.competitiondesk.concentration.MarketHeading;
import eu.competitiondesk.concentration.MarketPanel;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The market page's list of the market's economic analyses: critical loss, upward and vertical price pressure, merger simulations. */
@ApplicationScoped
public class MarketAnalysesPanel implements MarketPanel {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(
                MarketHeading market,
                boolean canEdit,
                List<MarketDefinitionAnalysis> definitions,
                List<UnilateralEffectsAnalysis> effects,
                List<VerticalEffectsAnalysis> vertical,
                List<MergerSimulationAnalysis> simulations);
    }

    @Override
    public String render(MarketHeading market, boolean canEdit) {
        return Templates.panel(
                        market,
                        canEdit,
                        MarketDefinitionAnalysis.ofMarket(market.id()),
                        UnilateralEffectsAnalysis.ofMarket(market.id()),
                        VerticalEffectsAnalysis.ofMarket(market.id()),
                        MergerSimulationAnalysis.ofMarket(market.id()))
                .render();
    }
}
