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

    private static final java.util.Set<String> DESIGNATION = java.util.Set.of(
            eu.competitiondesk.assessments.engine.DmaDesignationQuestionnaire.ID,
            eu.competitiondesk.assessments.engine.UkSmsQuestionnaire.ID,
            eu.competitiondesk.assessments.engine.Gwb19aQuestionnaire.ID);

    @Override
    public int position() {
        return 30;
    }

    @Override
    public String render(CaseHeading caseFile, boolean canEdit) {
        List<Assessment> assessments = Assessment.ofCase(caseFile.id());
        // The comparison needs two designation regimes at least.
        boolean comparable = assessments.stream()
                        .map(a -> a.questionnaireId)
                        .filter(DESIGNATION::contains)
                        .distinct()
                        .count()
                >= 2;
        return Templates.panel(caseFile, canEdit, assessments, comparable).render();
    }
}
