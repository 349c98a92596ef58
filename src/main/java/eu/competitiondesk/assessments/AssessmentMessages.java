package eu.competitiondesk.assessments;

import eu.competitiondesk.engine.Outcome;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the assessment pages, type-checked: templates call {@code {asm:key}}, Java calls the method. The
 * texts are in {@code messages/asm_en.properties}; the questions themselves are in the questionnaire files.
 */
@MessageBundle("asm")
public interface AssessmentMessages {

    @Message String answer_select_yes_no();
    @Message String answer_select_option();
    @Message String answer_select_at_least_one();
    @Message String answer_select_offered_only();
    @Message String answer_each_year();
    @Message String answer_enter_date();
    @Message String answer_answer();
    @Message String answer_number();
    @Message String answer_whole_number();
    @Message String answer_at_least(String bound);
    @Message String answer_at_most(String bound);
    @Message String answer_date_range(int first, int last);
    @Message String answer_real_date();
    @Message String answer_control_characters();
    @Message String answer_too_long(String max);
    @Message String answer_member_state_code(String code);
    @Message String answer_member_state_twice(String code);
    @Message String answer_amount_after(String code);
    @Message String answer_on_line(String code, String problem);
    @Message String answer_not_in_section();
    @Message String answer_twice();
    @Message String answer_not_shipped();
    @Message String answer_unknown_questionnaire();
    @Message String answer_no_such_section();
    @Message String answer_no_such_question();
    @Message String assessment_citation_unknown();
    @Message String assessment_citation_removed();
    @Message String assessment_citation_pinpoint();
    @Message String citations_legend();
    @Message String citations_hint();
    @Message String citation_pinpoint(String file);
    @Message String citation_confidential_document();
    @Message String cited_documents();
    @Message String citation_use(String assessment, String question);
    @Message String assessment_add_link();
    @Message String assessment_changed_meanwhile();
    @Message String assessment_choose();
    @Message String assessment_completed();
    @Message String assessment_evidence_too_long();
    @Message String assessment_reopened();
    @Message String assessment_section_saved(String title);
    @Message String assessment_started(String title);
    @Message String assessment_title_too_long();
    @Message String assessments_none();
    @Message String assessments_title();
    @Message String back_to_tasks();
    @Message String change();
    @Message String check_incomplete();
    @Message String check_link();
    @Message String check_title();
    @Message String complete_heading();
    @Message String complete_submit();
    @Message String complete_text();
    @Message String confidential();
    @Message String confidential_label();
    @Message String conflict();
    @Message String evidence_label();
    @Message String evidence_summary();
    @Message String finding_basis();
    @Message String finding_rule();
    @Message String finding_source();
    @Message String findings_caveat();
    @Message String findings_link();
    @Message String findings_none();
    @Message String findings_not_completed();
    @Message String findings_title();
    @Message String no();
    @Message String reopen();
    @Message String save_and_continue();
    @Message String start_name();
    @Message String start_name_hint();
    @Message String start_submit();
    @Message String start_title();
    @Message String start_which();
    @Message String status_completed();
    @Message String status_in_progress();
    @Message String status_not_applicable();
    @Message String status_not_started();
    @Message String tasks_completed();
    @Message String tasks_progress(int done, int total);
    @Message String yes();
    @Message String market_hints();
    @Message String market_hints_caption();
    @Message String market_hints_market();
    @Message String market_hints_firm();
    @Message String market_hints_share();
    @Message String outcome(Outcome outcome);
    @Message String confidential_tag();
    @Message String assessment_evidence_control();
    @Message String conclusions_title();
    @Message String conclusion_reasons();
    @Message String to_establish();
    @Message String findings_heading();
}
