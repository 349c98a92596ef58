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

    String panel_add_simulation();

    String kind_simulation();

    String simulation_new_title(String market);

    String simulation_edit_title(String market);

    String simulation_intro();

    String field_demand();

    String field_products();

    String field_products_hint();

    String field_merging();

    String field_merging_hint();

    String field_outside_share();

    String field_outside_share_hint();

    String field_calibration_product();

    String field_calibration_margin();

    String field_own_elasticity();

    String field_market_elasticity();

    String field_sim_aggregate_diversion();

    String field_sim_aggregate_diversion_hint();

    String simulation_secrets();

    String field_prices_confidential();

    String field_shares_confidential();

    String field_margins_confidential();

    String field_elasticities_confidential();

    String simulation_sensitivity();

    String simulation_sensitivity_hint();

    String field_margin_low();

    String field_margin_high();

    String field_elasticity_low();

    String field_elasticity_high();

    String field_draws();

    String field_seed();

    String sim_input_demand();

    String sim_input_product(String product);

    String sim_input_product_firm(String product, String firm);

    String sim_price(String value);

    String sim_share(String value);

    String sim_quantity(String value);

    String sim_margin(String value);

    String sim_input_outside();

    String sim_input_calibration();

    String sim_input_calibration_margin(String product, String margin);

    String sim_input_calibration_elasticity(String product, String elasticity);

    String sim_input_market_elasticity();

    String sim_input_aggregate_diversion();

    String sim_input_merging();

    String sim_input_range_margin();

    String sim_input_range_elasticity();

    String sim_input_draws();

    String sim_draws_seed(String draws, String seed);

    String sim_range(String low, String high);

    String sim_industry_price();

    String sim_industry_price_formula();

    String sim_party_price();

    String sim_party_price_formula();

    String sim_hhi();

    String sim_hhi_formula();

    String sim_cmcr(String product);

    String sim_cmcr_formula();

    String sim_consumer_harm();

    String sim_consumer_harm_formula();

    String sim_producer_benefit();

    String sim_producer_benefit_formula();

    String sim_source();

    String sim_inputs_used(String demand, String products);

    String sim_products_title();

    String sim_col_product();

    String sim_col_price_before();

    String sim_col_price_after();

    String sim_col_price_change();

    String sim_col_share_before();

    String sim_col_share_after();

    String sim_checks_hold();

    String sim_check_failed(String check, String value);

    String sim_refused(String problem);

    String sim_statement(String party, String industry);

    String sim_spread_title(String draws);

    String sim_spread_text(String valid, String draws, String min, String max, String p5, String p50, String p95);

    String sim_spread_failed(String failed);

    String sim_spread_summary(String p50, String p5, String p95);

    String sim_spread_none();

    /** The demand system in words: {@code demand_$CONSTANT}. */
    String demand(SimulationJson.DemandSystem demand);

    /** A check of a simulation in words: {@code check_$CONSTANT}. */
    String check(SimulationCheck check);

    String spread_median(String value);

    String spread_axis(String p5, String p95);
}
