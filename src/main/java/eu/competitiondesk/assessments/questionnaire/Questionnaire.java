package eu.competitiondesk.assessments.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One version of a questionnaire, read from a data file in {@code questionnaires/}. A new version is a new file;
 * answers given under an old version stay tied to it.
 */
public record Questionnaire(String id, int version, String title, String intro, List<Section> sections) {

    public record Section(String id, String title, String intro, List<Question> questions) {}

    /**
     * A question. {@code condition}: shown only when an earlier section's question has one of the given answers.
     * {@code confidentialAllowed}: the answer may be marked as a business secret. {@code unknownAllowed}: a year of a
     * per-year question may be left empty for "not known" (stored as an empty value), never typed as 0.
     */
    public record Question(
            String id,
            QuestionType type,
            String label,
            String hint,
            String source,
            String unit,
            List<Choice> options,
            Condition condition,
            boolean required,
            BigDecimal min,
            BigDecimal max,
            Integer maxLength,
            boolean confidentialAllowed,
            boolean unknownAllowed,
            boolean otherCurrencies) {}

    public record Choice(String value, String label) {}

    public record Condition(String question, List<String> anyOf) {}

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    public Optional<Question> question(String questionId) {
        return sections.stream()
                .flatMap(s -> s.questions().stream())
                .filter(q -> q.id().equals(questionId))
                .findFirst();
    }

    public String key() {
        return id + "@" + version;
    }
}
