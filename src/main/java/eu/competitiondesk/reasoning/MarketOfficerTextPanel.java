package eu.competitiondesk.reasoning;

import eu.competitiondesk.concentration.MarketHeading;
import eu.competitiondesk.concentration.MarketPanel;
import eu.competitiondesk.concentration.MarketRoutes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The market page's "Officer's assessment": the officer's own paragraphs on the market, and the link to the form. */
@ApplicationScoped
public class MarketOfficerTextPanel implements MarketPanel {

    @Inject
    OfficerTextService texts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(List<Passage> passages, String href, boolean canEdit);
    }

    @Override
    public String render(MarketHeading market, boolean canEdit) {
        String anchor = OfficerTexts.market(market.id());
        List<Passage> passages = texts.current(market.caseId(), anchor).passages();
        return Templates.panel(
                        passages.isEmpty() ? null : passages,
                        ReasoningRoutes.edit(
                                market.caseId(),
                                anchor,
                                market.name(),
                                MarketRoutes.show(market.caseId(), market.id()) + "#officer-text"),
                        canEdit)
                .render();
    }
}
