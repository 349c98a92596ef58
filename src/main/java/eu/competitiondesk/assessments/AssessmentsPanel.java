package eu.competitiondesk.assessments;

import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.cases.CasePanel;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The case page's list of the case's assessments and their progress, with a link to start another and, where two
 * designation regimes are assessed, to compare them.
 */
@ApplicationScoped
public class AssessmentsPanel implements CasePanel {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(
                CaseHeading caseFile, boolean canEdit, List<Assessment> assessments, boolean comparable);
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public String render(CaseHeading caseFile, boolean canEdit) {
        List<Assessment> assessments = Assessment.ofCase(caseFile.id());
        boolean comparable = DesignationComparison.comparable(
                assessments.stream().map(a -> a.questionnaireId).toList());
        return Templates.panel(caseFile, canEdit, assessments, comparable).render();
    }
}
