package eu.competitiondesk.concentration;

import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.cases.CasePanel;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The case page's list of the case's relevant markets, with a link to define another. */
@ApplicationScoped
public class MarketsPanel implements CasePanel {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(CaseHeading caseFile, boolean canEdit, List<RelevantMarket> markets);
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public String render(CaseHeading caseFile, boolean canEdit) {
        return Templates.panel(caseFile, canEdit, RelevantMarket.ofCase(caseFile.id()))
                .render();
    }
}
