package eu.competitiondesk.assessments;

import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.cases.CasePanel;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The case page's list of the case's assessments and their progress, with a link to start another. */
@ApplicationScoped
public class AssessmentsPanel implements CasePanel {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(CaseHeading caseFile, boolean canEdit, List<Assessment> assessments);
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public String render(CaseHeading caseFile, boolean canEdit) {
        return Templates.panel(caseFile, canEdit, Assessment.ofCase(caseFile.id()))
                .render();
    }
}
