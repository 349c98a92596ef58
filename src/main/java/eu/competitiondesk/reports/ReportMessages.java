package eu.competitiondesk.reports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of reports and of the case page's report section: {@code {rpt:key}}, in messages/rpt_en.properties. */
@MessageBundle("rpt")
public interface ReportMessages {

    @Message String annex_heading();
    @Message String answer();
    @Message String assessment_completed();
    @Message String assessment_in_progress();
    @Message String assessment_prefix();
    @Message String basis();
    @Message String confidential();
    @Message String cover_author();
    @Message String cover_caveat();
    @Message String cover_date();
    @Message String cover_edition();
    @Message String cover_parties();
    @Message String cover_reference();
    @Message String cover_subtitle();
    @Message String cover_version();
    @Message String edition_confidential();
    @Message String edition_public();
    @Message String evidence();
    @Message String figure();
    @Message String findings_none();
    @Message String firm();
    @Message String formula();
    @Message String integrity();
    @Message String market_dataset();
    @Message String market_prefix();
    @Message String question();
    @Message String rule();
    @Message String share();
    @Message String source();
    @Message String sources_heading();
    @Message String summary_heading();
    @Message String summary_none();
    @Message String toc_heading();
    @Message String value();
    @Message String exported(int version);
    @Message String reports_title();
    @Message String reports_none();
    @Message String reports_export_confidential();
    @Message String reports_export_public();
    @Message String reports_preview();
    @Message String reports_version();
    @Message String reports_edition();
    @Message String reports_created();
    @Message String reports_download();
    @Message String reports_export_confidential_docx();
    @Message String reports_export_public_docx();
    @Message String reports_format();
    @Message String csv_shares();
    @Message String csv_answers();
    @Message String csv_public();
    @Message String json_export();
    @Message String sha256_label();
    @Message String scenario_prefix();
    @Message String analysis_source();
    @Message String analysis_illustrative();
    @Message String analysis_inputs();
    @Message String analysis_conclusions();
    @Message String conclusions_heading();
    @Message String conclusion_reasons();
    @Message String to_establish();
    @Message String findings_heading();
    @Message String scenario_illustrative();
    @Message String scenario_assumes();
    @Message String screen_guideline();
    @Message String screen_verdict();
    @Message String screen_reason();
    @Message String screen_range();
    @Message String screen_circumstances();
}
