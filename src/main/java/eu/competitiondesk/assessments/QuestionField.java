package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.questionnaire.AnswerCheck;
import eu.competitiondesk.assessments.questionnaire.QuestionType;
import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.List;

/**
 * One question as the section page renders it: its HTML id, the values to show (as typed when the page comes back
 * with errors), the evidence note, the confidentiality mark and its error, if any.
 */
public record QuestionField(
        Questionnaire.Question question,
        String id,
        List<String> values,
        String evidence,
        boolean confidential,
        String error,
        List<String> yearLabels,
        List<CitationChoice> citable,
        String citationError) {

    /** A document of the case the evidence may cite: whether it is cited, and where in it. */
    public record CitationChoice(
            long documentId, String fileName, boolean confidential, boolean chosen, String pinpoint) {}

    static List<CitationChoice> citable(
            List<eu.competitiondesk.documents.DocumentDirectory.DocumentRef> documents, List<Citation> cited) {
        return documents.stream()
                .map(d -> {
                    Citation c = cited.stream()
                            .filter(x -> x.documentId == d.id())
                            .findFirst()
                            .orElse(null);
                    return new CitationChoice(
                            d.id(),
                            d.fileName(),
                            d.confidential(),
                            c != null,
                            c == null ? "" : c.pinpoint == null ? "" : c.pinpoint);
                })
                .toList();
    }

    static QuestionField of(
            Questionnaire.Question q,
            List<String> values,
            String evidence,
            boolean confidential,
            String error,
            List<String> yearLabels,
            List<CitationChoice> citable,
            String citationError) {
        List<String> shown = new ArrayList<>(values == null ? List.of() : values);
        if (q.type() == QuestionType.PER_YEAR) {
            while (shown.size() < AnswerCheck.YEARS) {
                shown.add("");
            }
        }
        return new QuestionField(
                q,
                AssessmentResource.fieldId(q),
                shown,
                evidence == null ? "" : evidence,
                confidential,
                error,
                yearLabels,
                citable,
                citationError);
    }

    /** Whether the evidence cites a document: its details then show open. */
    public boolean cited() {
        return citable.stream().anyMatch(CitationChoice::chosen);
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

    public record YearInput(String id, String label, String value) {}
}
