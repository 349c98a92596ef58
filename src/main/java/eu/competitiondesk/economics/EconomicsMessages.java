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
}
