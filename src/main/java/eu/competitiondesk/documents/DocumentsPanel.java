package eu.competitiondesk.documents;

import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.cases.CasePanel;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** The case page's link to the case's documents. */
@ApplicationScoped
public class DocumentsPanel implements CasePanel {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(CaseHeading caseFile, boolean canEdit);
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public String render(CaseHeading caseFile, boolean canEdit) {
        return Templates.panel(caseFile, canEdit).render();
    }
}
