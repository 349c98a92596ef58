package eu.competitiondesk.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text the user interface shows, type-checked: templates call {@code {msg:key}}, Java calls the method. The
 * texts themselves are in {@code messages/msg_en.properties}; a missing key fails the build.
 */
@MessageBundle("msg")
public interface AppMessages {

    // Layout
    @Message String app_name();
    @Message String skip_to_content();
    @Message String nav_label();
    @Message String nav_cases();
    @Message String nav_new_case();
    @Message String nav_users();
    @Message String signed_in_as(String name);
    @Message String sign_out();
    @Message String flash_title();
    @Message String footer_text();
    @Message String back();
    @Message String back_to_cases();
    @Message String back_to_case();
    @Message String save();
    @Message String edit();
    @Message String remove();
    @Message String actions();
    @Message String warning();
    @Message String none_given();
    @Message String choose();

    // Forms and errors
    @Message String error_summary_title();
    @Message String error_prefix();
    @Message String error_title_prefix();
    @Message String error_go_home();
    @Message String timeout_title();
    @Message String timeout_soon();
    @Message String timeout_final();
    @Message String timeout_ended();
    @Message String timeout_stay();
    @Message String timeout_close();
    @Message String conflict_changed_heading();
    @Message String conflict_changed_text();
    @Message String conflict_exists_heading();
    @Message String conflict_exists_text();
    @Message String conflict_removed_heading();
    @Message String conflict_removed_text();
    @Message String conflict_sent_heading();
    @Message String conflict_sent_text();
    @Message String conflict_back();
    @Message String kept_not_saved_yet();
    @Message String kept_changed_meanwhile();
    @Message String kept_already_exists();
    @Message String kept_reference_removed();
    @Message String error_timeout_heading();
    @Message String error_timeout_text(String seconds);
    @Message String error_too_many_fields_heading();
    @Message String error_too_many_fields_text(int limit);
    @Message String error_not_found_heading();
    @Message String error_not_found_text();
    @Message String error_forbidden_heading();
    @Message String error_forbidden_text();
    @Message String error_bad_request_heading();
    @Message String error_bad_request_text();
    @Message String error_server_heading();
    @Message String error_server_text(String errorId);
    @Message String error_unavailable_heading();
    @Message String error_unavailable_text();

    // Login

    // Home

    // Case list
    @Message String pagination_page(int page);
    @Message String pagination_label();
    @Message String pagination_previous();
    @Message String pagination_next();
    @Message String pagination_position(int page, int pages);

    // Case fields and forms
    @Message String conflict_field();
    @Message String conflict_saved();
    @Message String conflict_yours();

    // Parties, team, key dates, notes, history

    // Users

    // Commission holidays
    @Message String nav_holidays();
    @Message String nav_merger_thresholds();

    // Enumerations: one key per constant, e.g. caseType_ARTICLE_102
    @Message String nav_account();
    @Message String error_too_large_heading();
    @Message String error_too_large_text(String documentLimit, String otherLimit);
    @Message String error_length_required_heading();
    @Message String error_length_required_text();
    @Message String nav_audit();
}
