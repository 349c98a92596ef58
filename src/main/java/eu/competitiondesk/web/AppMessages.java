package eu.competitiondesk.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text the user interface shows, type-checked: templates call {@code {msg:key}}, Java calls the method. The
 * texts themselves are in {@code messages/msg_en.properties}; a missing key fails the build.
 */
@MessageBundle("msg")
public interface AppMessages {

    // Layout
    String app_name();

    String skip_to_content();

    String nav_label();

    String nav_cases();

    String nav_deadlines();

    String nav_notifications(long count);

    String nav_new_case();

    String nav_users();

    String signed_in_as(String name);

    String sign_out();

    String flash_title();

    String footer_text();

    String back();

    String back_to_cases();

    String back_to_case();

    String save();

    String edit();

    String remove();

    String yes();

    String no();

    String not_known();

    String actions();

    String warning();

    String none_given();

    String choose();

    // Forms and errors
    String error_summary_title();

    String error_prefix();

    String error_title_prefix();

    String error_go_home();

    String timeout_title();

    String timeout_soon();

    String timeout_final();

    String timeout_ended();

    String timeout_stay();

    String timeout_close();

    String conflict_changed_heading();

    String conflict_changed_text();

    String conflict_exists_heading();

    String conflict_exists_text();

    String conflict_removed_heading();

    String conflict_removed_text();

    String conflict_sent_heading();

    String conflict_sent_text();

    String conflict_back();

    String kept_not_saved_yet();

    String kept_changed_meanwhile();

    String kept_already_exists();

    String kept_reference_removed();

    String error_timeout_heading();

    String error_timeout_text(String seconds);

    String error_too_many_fields_heading();

    String error_too_many_fields_text(int limit);

    String error_not_found_heading();

    String error_not_found_text();

    String error_forbidden_heading();

    String error_forbidden_text();

    String error_bad_request_heading();

    String error_bad_request_text();

    String error_server_heading();

    String error_server_text(String errorId);

    String error_unavailable_heading();

    String error_unavailable_text();

    // Login

    // Home

    // Case list
    String pagination_page(int page);

    String pagination_label();

    String pagination_previous();

    String pagination_next();

    String pagination_position(int page, int pages);

    // Case fields and forms
    String conflict_field();

    String conflict_saved();

    String conflict_yours();

    // Parties, team, key dates, notes, history

    // Users

    // Commission holidays
    String nav_holidays();

    String nav_merger_thresholds();

    String nav_exchange_rates();

    String nav_share_bands();

    // Enumerations: one key per constant, e.g. caseType_ARTICLE_102
    String nav_account();

    String error_too_large_heading();

    String error_too_large_text(String limit);

    String error_length_required_heading();

    String error_length_required_text();

    String nav_audit();

    // Computed figures and how each was computed
    String figure();

    String value();

    String how_computed();

    String explain_formula();

    String explain_inputs();

    String explain_reference();

    // The methodology page
    String methodology_title();

    String methodology_link();
}
