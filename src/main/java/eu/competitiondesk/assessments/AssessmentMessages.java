package eu.competitiondesk.assessments;

import eu.competitiondesk.engine.Outcome;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the assessment pages, type-checked: templates call {@code {asm:key}}, Java calls the method. The
 * texts are in {@code messages/asm_en.properties}; the questions themselves are in the questionnaire files.
 */
@MessageBundle("asm")
public interface AssessmentMessages {

    String answer_select_yes_no();

    String answer_select_option();

    String answer_select_at_least_one();

    String answer_select_offered_only();

    String answer_each_year();

    String answer_enter_date();

    String answer_answer();

    String answer_number();

    String answer_whole_number();

    String answer_at_least(String bound);

    String answer_at_most(String bound);

    String answer_date_range(int first, int last);

    String answer_real_date();

    String answer_control_characters();

    String answer_too_long(String max);

    String answer_member_state_code(String code);

    String answer_member_state_twice(String code);

    String answer_amount_after(String code);

    String answer_currency_code(String code);

    String answer_on_line(String code, String problem);

    String answer_not_in_section();

    String answer_twice();

    String answer_not_shipped();

    String answer_unknown_questionnaire();

    String answer_no_such_section();

    String answer_no_such_question();

    String assessment_citation_unknown();

    String assessment_citation_removed();

    String assessment_citation_pinpoint();

    String citations_legend();

    String citations_hint();

    String citation_pinpoint(String file);

    String citation_confidential_document();

    String cited_documents();

    String citation_use(String assessment, String question);

    String assessment_add_link();

    String assessment_changed_meanwhile();

    String assessment_choose();

    String assessment_completed();

    String assessment_evidence_too_long();

    String assessment_reopened();

    String assessment_section_saved(String title);

    String assessment_started(String title);

    String assessments_none();

    String assessments_title();

    String back_to_tasks();

    String change();

    String check_incomplete();

    String check_link();

    String check_title();

    String complete_heading();

    String complete_submit();

    String complete_text();

    String confidential();

    String confidential_label();

    String conflict();

    String evidence_label();

    String evidence_summary();

    String finding_basis();

    String finding_rule();

    String finding_source();

    String findings_caveat();

    String comparison_title();

    String comparison_intro();

    String comparison_none();

    String comparison_caption(String undertaking);

    String comparison_question();

    String comparison_not_assessed();

    String comparison_difference();

    String comparison_link();

    String findings_link();

    String findings_none();

    String findings_not_completed();

    String findings_title();

    String no();

    String reopen();

    String save_and_continue();

    String start_name();

    String start_name_hint();

    String start_submit();

    String start_title();

    String start_which();

    String status_completed();

    String status_in_progress();

    String status_not_applicable();

    String status_not_started();

    String tasks_completed();

    String tasks_progress(int done, int total);

    String yes();

    String market_hints();

    String market_hints_caption();

    String market_hints_market();

    String market_hints_firm();

    String market_hints_share();

    String outcome(Outcome outcome);

    String confidential_tag();

    String assessment_evidence_control();

    String conclusions_title();

    String conclusion_reasons();

    String to_establish();

    String findings_heading();

    String as_of_title();

    String as_of_intro();

    String as_of_now(String agreement, String day);

    String as_of_none();

    String as_of_agreement();

    String as_of_no_agreement();

    String as_of_day();

    String as_of_day_hint();

    String as_of_save();

    String as_of_saved(String day);

    String as_of_cleared();

    String as_of_day_required();

    String as_of_agreement_required();

    String as_of_agreement_unknown();

    String as_of_no_agreements();

    String as_of_conflict();

    String as_of_from_agreement(String clause);

    String dates_title();

    String dates_intro();

    String dates_first();

    String dates_second();

    String dates_show();

    String dates_clauses();

    String dates_no_clause_change();

    String dates_came_into_force();

    String dates_ceased();

    String dates_finding();

    String dates_changed();

    String dates_because();

    String dates_unchanged();

    String dates_not_made();

    String dates_not_ready();

    String dates_day_invalid();

    String dates_clause();

    String dates_on(String day);

    String dates_because_answers();
}
