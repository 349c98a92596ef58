package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.questionnaire.AnswerCheck;
import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.assessments.questionnaire.QuestionType;
import java.util.ArrayList;
import java.util.List;

/**
 * One question as the section page renders it: its HTML id, the values to show (as typed when the page comes back
 * with errors), the evidence note, the confidentiality mark and its error, if any.
 */
public record QuestionField(Questionnaire.Question question, String id, List<String> values, String evidence,
        boolean confidential, String error, List<String> yearLabels) {

    static QuestionField of(Questionnaire.Question q, List<String> values, String evidence, boolean confidential,
            String error, List<String> yearLabels) {
        List<String> shown = new ArrayList<>(values == null ? List.of() : values);
        if (q.type() == QuestionType.PER_YEAR) {
            while (shown.size() < AnswerCheck.YEARS) {
                shown.add("");
            }
        }
        return new QuestionField(q, AssessmentResource.fieldId(q), shown, evidence == null ? "" : evidence,
                confidential, error, yearLabels);
    }

    /** The value for a single input; amounts by Member State are shown one per line. */
    public String value() {
        if (question.type() == QuestionType.AMOUNTS_BY_MEMBER_STATE) {
            return String.join("\n", values);
        }
        return values.isEmpty() ? "" : values.get(0);
    }

    public boolean chosen(String option) {
        return values.contains(option);
    }

    public String type() {
        return question.type().name();
    }

    public boolean isFieldset() {
        return switch (question.type()) {
            case YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, PER_YEAR -> true;
            default -> false;
        };
    }

    /** The id of the first input: the error summary links here. */
    public String firstInputId() {
        return id;
    }

    /** Ids of the three inputs of a per-year question. */
    public List<YearInput> years() {
        List<YearInput> inputs = new ArrayList<>();
        String base = "q-" + question.id();
        for (int i = 0; i < AnswerCheck.YEARS; i++) {
            inputs.add(new YearInput(base + "-" + i, yearLabels.get(i), values.get(i)));
        }
        return inputs;
    }

    public String describedBy() {
        return id + "-hint" + (error == null ? "" : " " + id + "-error");
    }

    public record YearInput(String id, String label, String value) {
    }
}
