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

    @Inject
    AgreementReadings agreementReadings;

    /** Every assessment of the case as an edition shows it ({@code policy}), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentFindings> findings(long caseId, Redaction.Policy policy) {
        List<DocumentDirectory.DocumentRef> caseDocuments = documents.ofCase(caseId);
        // Read once: every assessment is judged on the same figures and calendar.
        ReferenceData reference = referenceData.current();
        return Assessment.ofCase(caseId).stream()
                .map(a -> findings(
                        AssessmentView.withDocuments(a, questionnaires.of(a), caseDocuments)
                                .reading(agreementReadings.of(a)),
                        reference,
                        policy))
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
            AssessmentView view = AssessmentView.withDocuments(a, questionnaires.of(a), caseDocuments)
                    .reading(agreementReadings.of(a));
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
                found = dated(
                        QuestionnaireKinds.of(view.assessment().questionnaireId).findings(view.sheet(), reference),
                        view.agreement());
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

    /**
     * The assessment's findings as at two days, side by side; empty findings where its sections are not complete
     * (the page says so). The agreement is read as it stood on each day.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DateComparison compareDates(Assessment assessment, java.time.LocalDate first, java.time.LocalDate second) {
        ReferenceData reference = referenceData.current();
        AgreementReading onFirst = agreementReadings.of(assessment, first);
        AgreementReading onSecond = agreementReadings.of(assessment, second);
        return DateComparison.of(
                onFirst,
                onSecond,
                rawFindings(new AssessmentView(assessment, questionnaires.of(assessment)).reading(onFirst), reference),
                rawFindings(new AssessmentView(assessment, questionnaires.of(assessment)).reading(onSecond), reference),
                msg::outcome);
    }

    private static List<Finding> rawFindings(AssessmentView view, ReferenceData reference) {
        if (!view.readyToComplete()) {
            return List.of();
        }
        try {
            return QuestionnaireKinds.of(view.assessment().questionnaireId).findings(view.sheet(), reference);
        } catch (InvalidAssessmentInput e) {
            return List.of();
        }
    }

    /**
     * Findings of an assessment that reads an agreement as at a day: each names the day it speaks for, and a first
     * finding lists the clauses in force that day.
     */
    static List<Finding> dated(List<Finding> findings, AgreementReading reading) {
        if (!reading.dated()) {
            return findings;
        }
        List<Finding> dated = new java.util.ArrayList<>();
        dated.add(new Finding(
                "agreement-as-of",
                eu.competitiondesk.engine.Outcome.INFORMATION,
                "The agreement as at " + reading.day() + ": "
                        + (reading.inForce().isEmpty()
                                ? "no clause in force"
                                : reading.inForce().size() + " clause(s) in force"),
                "The answers that come from the agreement are read from the clauses in force on the day assessed;"
                        + " where clauses in force set the same term, the later one speaks",
                reading.inForce().stream()
                        .map(c -> eu.competitiondesk.engine.Basis.derived(c.publicLabel()))
                        .toList(),
                "Agreement \"" + reading.agreement() + "\" as recorded in the case"));
        findings.forEach(f -> dated.add(f.asOf(reading.day())));
        return dated;
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
                                .toList(),
                        a.agreementId,
                        a.asOf))
                .toList();
    }
}
