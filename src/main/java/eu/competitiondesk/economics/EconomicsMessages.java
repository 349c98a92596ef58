package eu.competitiondesk.economics;

import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the economic analyses: {@code {eco:key}} in templates, in messages/eco_en.properties. */
@MessageBundle("eco")
public interface EconomicsMessages {

    String panel_title();

    String panel_intro();

    String panel_none();

    String panel_add_definition();

    String panel_add_effects();

    String kind_definition();

    String kind_effects();

    String illustrative_tag();

    String illustrative_note();

    String confidential_tag();

    String definition_new_title(String market);

    String definition_edit_title(String market);

    String effects_new_title(String market);

    String effects_edit_title(String market);

    String field_name();

    String field_name_hint();

    String field_source();

    String field_source_hint();

    String field_illustrative();

    String field_illustrative_hint();

    String field_confidential();

    String field_price_rise();

    String field_price_rise_hint();

    String field_second_price_rise();

    String field_second_price_rise_hint();

    String field_margin();

    String field_margin_hint();

    String field_actual_loss();

    String field_actual_loss_hint();

    String field_aggregate_diversion();

    String field_aggregate_diversion_hint();

    String field_product_a();

    String field_product_b();

    String field_product_name();

    String field_price();

    String field_price_hint();

    String field_product_margin();

    String field_share();

    String field_diversion();

    String field_diversion_hint();

    String field_diversion_ab();

    String field_diversion_ba();

    String field_diversion_source();

    String field_efficiency();

    String field_efficiency_hint();

    String save();

    String saved(String name);

    String removed(String name);

    String edit_link();

    String download_xlsx();

    String download_csv();

    String download_csv_semicolon();

    String stale();

    String inputs_title();

    String results_title();

    String explain_source();

    String conclusion_title();

    String sensitivity_title(String product, String partner);

    String sensitivity_step();

    String sensitivity_margin(String partner);

    String sensitivity_guppi();

    String no_finite_value();

    String not_given();

    String cl_break_even(String rise);

    String cl_break_even_formula();

    String cl_profit_maximising(String rise);

    String cl_profit_maximising_formula();

    String cl_elasticity(String rise);

    String cl_elasticity_formula();

    String cl_source();

    String cl_loss_below(String rise, String loss, String critical);

    String cl_loss_not_below(String rise, String loss, String critical);

    String cl_diversion_above(String rise, String diversion, String critical);

    String cl_diversion_not_above(String rise, String diversion, String critical);

    String cl_nothing_to_compare(String rise);

    String ue_diversion(String from, String to);

    String ue_diversion_shares_formula();

    String ue_diversion_given_formula();

    String ue_upp(String product);

    String ue_upp_formula();

    String ue_guppi(String product);

    String ue_guppi_formula();

    String ue_cmcr(String product);

    String ue_cmcr_formula();

    String ue_linear(String product);

    String ue_linear_formula();

    String ue_isoelastic(String product);

    String ue_isoelastic_formula();

    String ue_source_upp();

    String ue_source_guppi();

    String ue_source_cmcr();

    String ue_source_rise();

    String ue_source_diversion_shares();

    String ue_source_diversion_given(String source);

    String ue_statement(String product, String upp, String guppi);

    String ue_basis_shares();

    String panel_add_vertical();

    String kind_vertical();

    String vertical_new_title(String market);

    String vertical_edit_title(String market);

    String vertical_intro();

    String vertical_upstream();

    String vertical_downstream();

    String vertical_rival();

    String field_upstream_name();

    String field_input_cost();

    String field_input_cost_hint();

    String field_downstream_name();

    String field_downstream_price();

    String field_downstream_margin();

    String field_internal_input_price();

    String field_internal_input_price_hint();

    String field_rival_name();

    String field_rival_price();

    String field_rival_input_price();

    String field_diversion_to_merging();

    String field_diversion_to_merging_hint();

    String field_diversion_from_merging();

    String field_diversion_from_merging_hint();

    String field_vertical_diversion_source();

    String field_pass_through();

    String field_pass_through_hint();

    String vt_vguppi_upstream(String rival);

    String vt_vguppi_upstream_formula();

    String vt_vguppi_rival(String rival);

    String vt_vguppi_rival_formula();

    String vt_critical_diversion(String rival);

    String vt_critical_diversion_formula();

    String vt_vguppi_downstream(String downstream);

    String vt_vguppi_downstream_formula();

    String vt_edm();

    String vt_edm_formula();

    String vt_net_downstream();

    String vt_net_downstream_formula();

    String vt_source();

    String vt_source_guidelines();

    String vt_no_margin();

    String vt_foreclosure_profitable(String rival, String diversion, String critical);

    String vt_foreclosure_not_profitable(String rival, String diversion, String critical);

    String vt_downstream_statement(String downstream, String net);

    String vt_rival_only();

    String vertical_weights();

    String vertical_weights_hint();

    String field_supplier_weight();

    String field_downstream_weight();

    String vt_weights();

    String vt_weights_merger();
}
