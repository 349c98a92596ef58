package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.questionnaire.AnswerCheck;
import eu.competitiondesk.assessments.questionnaire.Questionnaire;
import eu.competitiondesk.platform.Commands;
import eu.competitiondesk.platform.validation.OneOf;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The command to bring an assessment that was answered elsewhere (a case import): the questionnaire version it was
 * answered on, its title, its stage, the sections saved and the answers. It is handled by the same steps as on the
 * pages: start, save each section, complete ({@link AssessmentService#restore}). The answers must fit the
 * questionnaire ({@link Fits}).
 */
@AnsweredAssessment.Fits
public record AnsweredAssessment(
        String questionnaireId,
        int questionnaireVersion,
        String title,
        @OneOf(AssessmentStatus.class) String status,
        List<String> savedSections,
        List<SectionAnswers.Answer> answers,
        @jakarta.validation.Valid AssessmentDate date) {

    public AnsweredAssessment {
        questionnaireId = questionnaireId == null ? null : questionnaireId.strip();
        savedSections = Commands.listOf(savedSections).stream()
                .map(x -> x == null ? null : x.strip())
                .toList();
        answers = Commands.listOf(answers);
    }

    /**
     * The questionnaire version is one this installation ships, the saved sections are its sections, and each answer
     * is to one of its questions, once, and passes that question's own checks.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = FitsCheck.class)
    public @interface Fits {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Fits}; its messages come from the assessment bundle. */
    public static class FitsCheck implements ConstraintValidator<Fits, AnsweredAssessment> {

        @Inject
        Questionnaires questionnaires;

        @Inject
        AssessmentMessages msg;

        @Inject
        AnswerWords words;

        @Override
        public boolean isValid(AnsweredAssessment a, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            Questionnaire questionnaire = questionnaires
                    .find(a.questionnaireId, a.questionnaireVersion)
                    .orElse(null);
            if (questionnaire == null) {
                boolean known = questionnaires.available().stream().anyMatch(q -> q.id().equals(a.questionnaireId));
                refuse(
                        context,
                        known ? msg.answer_not_shipped() : msg.answer_unknown_questionnaire(),
                        known ? "questionnaireVersion" : "questionnaireId",
                        null);
                return false;
            }
            boolean valid = true;
            for (int s = 0; s < a.savedSections.size(); s++) {
                if (questionnaire.section(a.savedSections.get(s)).isEmpty()) {
                    valid = refuse(context, msg.answer_no_such_section(), "savedSections", s);
                }
            }
            Set<String> answered = new HashSet<>();
            for (int i = 0; i < a.answers.size(); i++) {
                SectionAnswers.Answer answer = a.answers.get(i);
                Questionnaire.Question question = answer == null || answer.questionId() == null
                        ? null
                        : questionnaire.question(answer.questionId().strip()).orElse(null);
                if (answer == null) {
                    continue;
                }
                if (question == null) {
                    valid = refuse(context, msg.answer_no_such_question(), "answers", i, "questionId");
                } else if (!answered.add(question.id())) {
                    valid = refuse(context, msg.answer_twice(), "answers", i, "questionId");
                } else {
                    AnswerCheck.Checked checked = AnswerCheck.check(question, answer.values());
                    if (!checked.ok()) {
                        valid = refuse(context, words.of(checked.problem()), "answers", i, "values");
                    }
                }
            }
            return valid;
        }

        private static boolean refuse(
                ConstraintValidatorContext context, String words, String list, Integer index, String... path) {
            // The words are final text, not a message template: braces and dollars in them are kept as written.
            ConstraintValidatorContext.ConstraintViolationBuilder builder =
                    context.buildConstraintViolationWithTemplate(words.replace("\\", "\\\\")
                            .replace("{", "\\{")
                            .replace("}", "\\}")
                            .replace("$", "\\$"));
            if (index == null) {
                builder.addPropertyNode(list).addConstraintViolation();
            } else if (path.length == 0) {
                builder.addPropertyNode(list)
                        .addContainerElementNode("<list element>", List.class, 0)
                        .inIterable()
                        .atIndex(index)
                        .addConstraintViolation();
            } else {
                builder.addPropertyNode(list)
                        .addPropertyNode(path[0])
                        .inIterable()
                        .atIndex(index)
                        .addConstraintViolation();
            }
            return false;
        }
    }
}
