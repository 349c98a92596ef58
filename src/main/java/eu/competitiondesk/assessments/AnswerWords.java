package eu.competitiondesk.assessments;

import eu.competitiondesk.assessments.questionnaire.AnswerCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Puts what is wrong with an answer ({@link AnswerCheck.Problem}) in the assessment bundle's words. */
@ApplicationScoped
public class AnswerWords {

    @Inject
    AssessmentMessages msg;

    public String of(AnswerCheck.Problem problem) {
        String words = switch (problem.kind()) {
            case SELECT_YES_NO -> msg.answer_select_yes_no();
            case SELECT_OPTION -> msg.answer_select_option();
            case SELECT_AT_LEAST_ONE -> msg.answer_select_at_least_one();
            case SELECT_OFFERED_ONLY -> msg.answer_select_offered_only();
            case EACH_YEAR -> msg.answer_each_year();
            case ENTER_DATE -> msg.answer_enter_date();
            case ANSWER -> msg.answer_answer();
            case NUMBER -> msg.answer_number();
            case WHOLE_NUMBER -> msg.answer_whole_number();
            case AT_LEAST -> msg.answer_at_least(problem.detail());
            case AT_MOST -> msg.answer_at_most(problem.detail());
            case DATE_RANGE -> msg.answer_date_range(AnswerCheck.FIRST_YEAR, AnswerCheck.LAST_YEAR);
            case REAL_DATE -> msg.answer_real_date();
            case CONTROL_CHARACTERS -> msg.answer_control_characters();
            case TOO_LONG -> msg.answer_too_long(problem.detail());
            case MEMBER_STATE_CODE -> msg.answer_member_state_code(problem.detail());
            case MEMBER_STATE_TWICE -> msg.answer_member_state_twice(problem.detail());
            case AMOUNT_AFTER -> msg.answer_amount_after(problem.detail());
            case CURRENCY_CODE -> msg.answer_currency_code(problem.detail());
        };
        return problem.line() == null ? words : msg.answer_on_line(problem.line(), words);
    }
}
