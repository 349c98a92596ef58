package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.AgreementHistory.DatedClause;
import eu.competitiondesk.assessments.engine.ClauseHistory;
import eu.competitiondesk.assessments.engine.QuestionnaireKind;
import eu.competitiondesk.assessments.engine.QuestionnaireKinds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an assessment's agreement as it stood on a day, through the agreements' port. */
@ApplicationScoped
public class AgreementReadings {

    @Inject
    AgreementHistory agreements;

    /** The agreement as at the assessment's own date, or none when it is not dated. */
    public AgreementReading of(Assessment assessment) {
        return assessment.agreementId == null || assessment.asOf == null
                ? AgreementReading.NONE
                : of(assessment, assessment.asOf);
    }

    /** The assessment's agreement as it stood on {@code day} (to compare two days). */
    public AgreementReading of(Assessment assessment, LocalDate day) {
        QuestionnaireKind kind = QuestionnaireKinds.of(assessment.questionnaireId);
        if (assessment.agreementId == null || !kind.readsAgreements()) {
            return AgreementReading.NONE;
        }
        List<DatedClause> clauses = agreements.clauses(assessment.caseId, assessment.agreementId);
        Map<String, DatedClause> byId = new LinkedHashMap<>();
        clauses.forEach(c -> byId.put(c.clause().id(), c));
        List<ClauseHistory.Clause> history =
                clauses.stream().map(DatedClause::clause).toList();
        Map<String, AgreementReading.FromClause> answers = new LinkedHashMap<>();
        kind.agreementAnswers(history, day).forEach((question, answer) -> {
            DatedClause clause = byId.get(answer.clauseId());
            answers.put(
                    question,
                    new AgreementReading.FromClause(
                            answer.values(), answer.clauseId(), clause.label(), clause.confidential()));
        });
        String title = agreements.ofCase(assessment.caseId).stream()
                .filter(a -> a.id() == assessment.agreementId)
                .map(AgreementHistory.AgreementRef::title)
                .findFirst()
                .orElse(null);
        List<DatedClause> inForce =
                clauses.stream().filter(c -> c.clause().inForceOn(day)).toList();
        return new AgreementReading(day, title, inForce, answers);
    }
}
