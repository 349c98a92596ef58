package eu.competitiondesk.assessments;

import java.util.List;

/**
 * An assessment of a case as other features read it (the case export): the questionnaire version it follows, its
 * stage, the sections saved and the answers, as values; its id names it in the officer's texts about it. Built by {@link AssessmentDirectory}.
 */
public record AssessmentRecord(
        long id,
        String questionnaireId,
        int questionnaireVersion,
        String title,
        AssessmentStatus status,
        List<String> savedSections,
        List<AnswerRecord> answers,
        Long agreementId,
        java.time.LocalDate asOf) {

    public record AnswerRecord(String questionId, List<String> values, String evidence, boolean confidential) {}
}
