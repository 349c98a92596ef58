package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.engine.InvalidAssessmentInput;
import eu.competitiondesk.assessments.engine.QuestionnaireKinds;
import eu.competitiondesk.assessments.engine.ReferenceData;
import eu.competitiondesk.documents.DocumentDirectory;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.export.Redaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads a case's assessments for other features as values; callers have passed the case's access check already. */
@ApplicationScoped
public class AssessmentDirectory {

    @Inject
    Questionnaires questionnaires;

    @Inject
    AssessmentReferenceData referenceData;

    @Inject
    DocumentDirectory documents;

    @Inject
    AssessmentMessages msg;

    /** Every assessment of the case as an edition shows it ({@code policy}), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentFindings> findings(long caseId, Redaction.Policy policy) {
        List<DocumentDirectory.DocumentRef> caseDocuments = documents.ofCase(caseId);
        // Read once: every assessment is judged on the same figures and calendar.
        ReferenceData reference = referenceData.current();
        return Assessment.ofCase(caseId).stream()
                .map(a -> findings(
                        AssessmentView.withDocuments(a, questionnaires.of(a), caseDocuments), reference, policy))
                .toList();
    }

    /**
     * The case's designation assessments (DMA, UK SMS, §19a) side by side, one comparison per undertaking assessed
     * under two regimes or more, as an edition shows them ({@code policy}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DesignationComparison> designationComparisons(long caseId, Redaction.Policy policy) {
        List<DocumentDirectory.DocumentRef> caseDocuments = documents.ofCase(caseId);
        ReferenceData reference = referenceData.current();
        List<DesignationComparison.Subject> subjects = new java.util.ArrayList<>();
        for (Assessment a : Assessment.ofCase(caseId)) {
            String undertakingQuestion =
                    QuestionnaireKinds.of(a.questionnaireId).undertakingQuestion();
            if (undertakingQuestion == null) {
                continue;
            }
            AssessmentView view = AssessmentView.withDocuments(a, questionnaires.of(a), caseDocuments);
            String undertaking = view.sheet().text(undertakingQuestion);
            if (undertaking != null && view.readyToComplete()) {
                subjects.add(new DesignationComparison.Subject(
                        undertaking, a.questionnaireId, findings(view, reference, policy)));
            }
        }
        return DesignationComparison.of(subjects);
    }

    /**
     * The assessment's findings and conclusions, computed once its sections are complete (none before, and none for
     * answers the rules cannot read).
     */
    AssessmentFindings findings(AssessmentView view, ReferenceData reference, Redaction.Policy policy) {
        List<Finding> found = List.of();
        if (view.readyToComplete()) {
            try {
                found = QuestionnaireKinds.of(view.assessment().questionnaireId).findings(view.sheet(), reference);
            } catch (InvalidAssessmentInput e) {
                found = List.of();
            }
        }
        return AssessmentFindings.of(
                view,
                found,
                found.isEmpty()
                        ? List.of()
                        : QuestionnaireKinds.of(view.assessment().questionnaireId)
                                .conclusions(found),
                msg,
                policy);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentRecord> ofCase(long caseId) {
        return Assessment.ofCase(caseId).stream()
                .map(a -> new AssessmentRecord(
                        a.id,
                        a.questionnaireId,
                        a.questionnaireVersion,
                        a.title,
                        a.status,
                        List.copyOf(a.savedSections),
                        a.answers.stream()
                                .map(x -> new AssessmentRecord.AnswerRecord(
                                        x.questionId, List.copyOf(x.values), x.evidence, x.confidential))
                                .toList()))
                .toList();
    }
}
