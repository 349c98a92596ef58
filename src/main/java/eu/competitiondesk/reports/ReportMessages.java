package eu.competitiondesk.reports;

import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/** The texts of reports and of the case page's report section: {@code {rpt:key}}, in messages/rpt_en.properties. */
@MessageBundle("rpt")
public interface ReportMessages {

    String annex_heading();

    String annex_label(char letter);

    String see();

    String page_label();

    String page_of();

    String paragraph_ref(int number);

    String answer();

    String assessment_completed();

    String assessment_in_progress();

    String assessment_prefix();

    String comparison_heading(String undertaking);

    String comparison_not_assessed();

    String agreement_heading(String title);

    String agreement_parties(String parties);

    String agreement_in_force();

    String agreement_clause();

    String agreement_provides();

    String agreement_source();

    String basis();

    String confidential();

    String cover_author();

    String cover_caveat();

    String cover_date();

    String cover_edition();

    String cover_parties();

    String cover_reference();

    String cover_subtitle();

    String cover_version();

    String edition_confidential();

    String edition_public();

    String evidence();

    String figure();

    String findings_none();

    String firm();

    String formula();

    String integrity();

    String market_dataset();

    String market_prefix();

    String question();

    String rule();

    String share();

    String source();

    String sources_heading();

    String summary_heading();

    String summary_nothing();

    String summary_scenario(String market, String scenario, String verdicts);

    String summary_analysis(String market, String kind, String name, String conclusions);

    String question_heading();

    String bands_note(String bands);

    String bands_table(String bands, LocalDate from, String source);

    String approval_decision_approved();

    String hash_draft();

    String hash_final();

    String hash_full();

    String approval_block(String decision, String reviewer, java.time.LocalDate date, String author);

    String approval_released(java.time.LocalDate date);

    String summary_none();

    String toc_heading();

    String value();

    String exported(int version);

    String exported_already(int version);

    String reports_title();

    String reports_none();

    String reports_export_confidential();

    String reports_export_public();

    String reports_preview();

    String reports_version();

    String reports_edition();

    String reports_created();

    String reports_download();

    String reports_export_confidential_docx();

    String reports_export_public_docx();

    String reports_format();

    String csv_shares();

    String csv_answers();

    String csv_public();

    String table_xlsx();

    String table_csv();

    String json_export();

    String sha256_label();

    String scenario_prefix();

    String draft_marking();

    String cited_documents();

    String review_title();

    String reviewStatus(ReviewStatus status);

    String review_request();

    String review_requested(int version);

    String review_open(int version);

    String review_page_title(int version);

    String review_decision();

    String review_approve();

    String review_return();

    String review_comment();

    String review_comment_hint();

    String review_submit();

    String review_approved(int version);

    String review_returned(int version);

    String review_not_in_review();

    String review_own_report();

    String review_not_reviewer();

    String review_already_requested();

    String review_no_content();

    String review_release();

    String review_released(int version);

    String review_released_by(String who, LocalDate when);

    String review_decided_by(String who, LocalDate when);

    String review_supersedes(int version);

    String review_waiting_title();

    String review_waiting_none();

    String review_release_refused();

    String review_export_again();

    String analysis_source();

    String analysis_illustrative();

    String analysis_inputs();

    String analysis_conclusions();

    String conclusions_heading();

    String conclusion_reasons();

    String to_establish();

    String findings_heading();

    String scenario_illustrative();

    String scenario_assumes();

    String screen_guideline();

    String screen_verdict();

    String screen_reason();

    String screen_range();

    String screen_circumstances();

    String change_added();

    String change_removed();

    String changes_heading();

    String changes_since(int version);

    String changes_nothing_to_compare();

    String changes_none(int version);

    String changes_caption(int count, int version);

    String changes_where();

    String changes_what();

    String review_report_heading();

    String comments_heading();

    String comments_none();

    String comment_paragraph();

    String comment_paragraph_hint();

    String comment_text();

    String comment_submit();

    String review_comment_kept(int paragraph);

    String review_comment_closed();

    String review_paragraph_unknown(int count);

    String footnote_screen(int number, String note);

    String review_read(int version);

    String introduction_heading();

    String closing_heading();

    String reports_introduction();

    String reports_closing();
}
