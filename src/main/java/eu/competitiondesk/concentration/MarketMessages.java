package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Bound;
import eu.competitiondesk.concentration.engine.Guideline;
import eu.competitiondesk.concentration.engine.SpecialCircumstance;
import eu.competitiondesk.concentration.engine.Verdict;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the market pages, type-checked: templates call {@code {mkt:key}}, Java calls the method. The texts
 * are in {@code messages/mkt_en.properties}. Kept apart from {@code msg} so each feature owns its texts.
 */
@MessageBundle("mkt")
public interface MarketMessages {

    String markets_title();

    String dataset_made_reference(String label);

    String dataset_reference();

    String dataset_make_reference();

    String screen_guideline();

    String screen_verdict();

    String series_sources_label();

    String series_all_sources();

    String markets_none();

    String market_add_link();

    String back_to_market();

    String chart_caption();

    String chart_title(String label);

    String confidential();

    String csv_export();

    String csv_imported(int count);

    String csv_export_semicolon();

    String xlsx_export();

    String scenario_workbook();

    String import_title(String dataset);

    String import_heading();

    String import_file();

    String import_file_hint(String limit, int rows, int firms);

    String import_sheet();

    String import_sheet_hint();

    String import_pasted();

    String import_pasted_hint();

    String import_check();

    String import_store();

    String import_store_heading(int count);

    String import_refused_heading(int count);

    String import_line();

    String import_cells();

    String import_reasons();

    String import_replace(int count);

    String import_replace_required(int count);

    String import_nothing();

    String import_no_rows();

    String import_refused(String first);

    String import_too_many_rows(int max);

    String import_too_large_inflated();

    String import_macros();

    String import_old_excel();

    String import_unreadable();

    String import_no_such_sheet(String sheets);

    String import_column(String column);

    String csv_not_utf8();

    String csv_unreadable();

    String csv_too_large(String limit);

    String dataset_add_link();

    String dataset_confidential();

    String dataset_confidential_hint();

    String dataset_create();

    String dataset_created(String label);

    String dataset_exists();

    String dataset_heading(String source, String period);

    String dataset_new_title(String market);

    String dataset_note();

    String dataset_note_hint();

    String dataset_period();

    String dataset_period_hint();

    String dataset_scope();

    String dataset_scope_hint();

    String dataset_size();

    String dataset_size_hint();

    String dataset_source();

    String dataset_source_hint();

    String datasets_none();

    String datasets_title();

    String explain_source();

    String figure_band();

    String figure_band_formula();

    String figure_band_reference();

    String figure_cr4();

    String figure_cr4_formula();

    String figure_cr4_reference();

    String figure_hhi();

    String figure_hhi_formula();

    String figure_hhi_reference();

    String figure_hhi_upper();

    String figure_hhi_upper_formula();

    String figure_hhi_upper_formula_one_firm();

    String figure_hhi_upper_reference();

    String figure_ne();

    String figure_ne_formula();

    String figure_ne_reference();

    String figure_others();

    String figure_others_formula();

    String figure_others_reference();

    String figure_upper_inputs_capped(String others, String max);

    String figure_upper_inputs_one_firm(String others);

    String figures_title();

    String market_basis();

    String market_conflict();

    String market_create();

    String market_created(String name);

    String market_edit_link();

    String market_edit_title(String name);

    String market_geography();

    String market_geography_hint();

    String market_name();

    String market_name_hint();

    String market_new_title();

    String market_others_max();

    String market_others_max_hint();

    String market_others_max_unknown();

    String market_period();

    String market_period_hint();

    String market_product();

    String market_product_hint();

    String market_updated(String name);

    String others_derived();

    String others_label();

    String chart_text(String bars);

    String scenario_assumes_merging(String firms);

    String scenario_assumes_stake(String holder, String financial, String control, String target);

    String scenario_cannot_run(String problems);

    String scenario_post_hhi();

    String row_add();

    String row_added(String firm);

    String row_firm();

    String row_firm_exists();

    String row_note();

    String row_period_optional();

    String row_removed(String firm);

    String row_share();

    String row_share_hint();

    String row_share_percent();

    String row_source();

    String row_source_hint();

    String row_source_optional();

    String row_total_too_high();

    String rows_none();

    String scenario_after();

    String scenario_before();

    String scenario_before_after();

    String scenario_combined();

    String scenario_combined_formula();

    String scenario_control();

    String scenario_delta();

    String scenario_delta_formula();

    String scenario_delta_mhhi();

    String scenario_delta_mhhi_formula();

    String scenario_financial();

    String scenario_holder();

    String scenario_intro(String source, String period);

    String scenario_link();

    String scenario_merge_hint();

    String scenario_merge_legend();

    String scenario_merge_two();

    String scenario_mhhi();

    String scenario_mhhi_formula();

    String scenario_none();

    String scenario_percent_range();

    String scenario_post_formula();

    String scenario_results();

    String scenario_run();

    String scenario_stake_legend(int number);

    String scenario_stakes_hint();

    String scenario_stakes_legend();

    String scenario_target();

    String scenario_title(String market);

    String screen_reason();

    String screen_bounds();

    String screen_circumstances();

    String screen_bound_heading();

    String screen_bound_hhi();

    String screen_bound_delta();

    String screen_bound_share();

    String screen_bounds_caption(String guideline);

    String screen_differs();

    String scenario_holder_hint();

    String scenario_keep_heading();

    String scenario_keep_hint();

    String scenario_keep_button();

    String scenario_keep_nothing();

    String scenario_kept(String name);

    String scenario_removed(String name);

    String scenarios_title();

    String scenarios_none();

    String scenario_illustrative();

    String screens_caveat();

    String screens_title();

    String series_chart_caption();

    String series_chart_title(String market);

    String series_firms_change(int before, int after);

    String series_footnote_label(int number);

    String series_footnotes();

    String series_hhi_note();

    String series_link();

    String series_none();

    String series_scope_changes(String before, String after);

    String series_source_changes(String before, String after);

    String series_table_caption();

    String series_title(String market);

    String shares_table_caption(String source, String period);

    String shares_title();

    String shareBasis(ShareBasis basis);

    String guideline(Guideline guideline);

    String verdict(Verdict verdict);

    String bound(Bound bound);

    String circumstance(SpecialCircumstance circumstance);
}
