package eu.competitiondesk.web;

import eu.competitiondesk.cases.CaseStatus;
import eu.competitiondesk.cases.CaseType;
import eu.competitiondesk.cases.KeyDateKind;
import eu.competitiondesk.cases.PartyRole;
import eu.competitiondesk.cases.TeamRole;
import eu.competitiondesk.security.Role;
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
    @Message String login_title();
    @Message String login_intro();
    @Message String login_username();
    @Message String login_password();
    @Message String login_submit();
    @Message String login_failed_title();
    @Message String login_failed();
    @Message String login_held(long minutes);
    @Message String login_sso_intro();
    @Message String login_sso_button();
    @Message String sso_refused_title();
    @Message String sso_refused_no_role();
    @Message String sso_refused_deactivated();
    @Message String sso_refused_no_user_name();
    @Message String sso_try_again();

    // Home
    @Message String home_title();
    @Message String home_heading(String name);
    @Message String home_my_cases();
    @Message String home_no_cases();
    @Message String home_all_cases();
    @Message String home_deadlines();
    @Message String home_no_deadlines();
    @Message String urgency_overdue();
    @Message String urgency_due_soon();

    // Case list
    @Message String cases_title();
    @Message String cases_search_label();
    @Message String cases_search();
    @Message String cases_search_hint();
    @Message String cases_apply();
    @Message String cases_count(long count);
    @Message String cases_count_more_than(long count);
    @Message String pagination_page(int page);
    @Message String cases_none();
    @Message String cases_any_status();
    @Message String cases_any_type();
    @Message String cases_officer();
    @Message String cases_any_officer();
    @Message String pagination_label();
    @Message String pagination_previous();
    @Message String pagination_next();
    @Message String pagination_position(int page, int pages);
    @Message String sorted_ascending();
    @Message String sorted_descending();

    // Case fields and forms
    @Message String case_reference();
    @Message String case_reference_hint();
    @Message String case_title();
    @Message String case_type();
    @Message String case_status();
    @Message String case_opened_on();
    @Message String case_opened_on_hint();
    @Message String case_summary();
    @Message String case_summary_hint();
    @Message String case_parties();
    @Message String case_new_title();
    @Message String case_create();
    @Message String case_edit_title(String reference);
    @Message String case_edit_link();
    @Message String case_conflict();
    @Message String case_conflict_table();
    @Message String conflict_field();
    @Message String conflict_saved();
    @Message String conflict_yours();
    @Message String case_status_move();
    @Message String case_status_submit();
    @Message String case_created(String reference);
    @Message String case_updated(String reference);
    @Message String case_status_changed(String reference, String status);
    @Message String case_reference_taken();
    @Message String case_status_not_allowed();
    @Message String case_changed_meanwhile();

    // Parties, team, key dates, notes, history
    @Message String parties_title();
    @Message String parties_none();
    @Message String party_name();
    @Message String party_role();
    @Message String party_add();
    @Message String party_added(String name);
    @Message String party_removed(String name);
    @Message String team_title();
    @Message String team_member();
    @Message String team_role();
    @Message String team_add();
    @Message String team_added(String name);
    @Message String team_removed(String name);
    @Message String team_already_member();
    @Message String team_last_lead();
    @Message String keydates_title();
    @Message String keydates_none();
    @Message String keydate_label();
    @Message String keydate_kind();
    @Message String keydate_due();
    @Message String keydate_basis();
    @Message String keydate_basis_hint();
    @Message String keydate_add();
    @Message String keydate_added(String label);
    @Message String keydate_removed(String label);
    @Message String notes_title();
    @Message String notes_none();
    @Message String note_add_label();
    @Message String note_add();
    @Message String note_added();
    @Message String history_title();
    @Message String history_none();
    @Message String history_when();
    @Message String history_who();
    @Message String history_what();

    // Users
    @Message String users_title();
    @Message String user_username();
    @Message String user_username_hint();
    @Message String user_full_name();
    @Message String user_role();
    @Message String user_state();
    @Message String user_active();
    @Message String user_inactive();
    @Message String user_active_explained();
    @Message String user_inactive_explained();
    @Message String user_password();
    @Message String user_password_hint();
    @Message String user_new_password();
    @Message String user_new_password_hint();
    @Message String user_new_title();
    @Message String user_create();
    @Message String user_edit_title(String username);
    @Message String user_conflict();
    @Message String user_deactivate();
    @Message String user_activate();
    @Message String user_created(String username);
    @Message String user_updated(String username);
    @Message String user_deactivated(String username);
    @Message String user_activated(String username);
    @Message String user_username_taken();
    @Message String user_cannot_deactivate_self();

    // Commission holidays
    @Message String nav_holidays();
    @Message String holidays_title(int year);
    @Message String holidays_intro();
    @Message String holidays_years();
    @Message String holidays_year_complete(String source);
    @Message String holidays_year_missing();
    @Message String holidays_none();
    @Message String holiday_day();
    @Message String holiday_label();
    @Message String holiday_add();
    @Message String holiday_added(String day);
    @Message String holiday_removed(String day);
    @Message String holiday_exists();
    @Message String holiday_year();
    @Message String holiday_source();
    @Message String holiday_source_hint();
    @Message String holiday_year_record();
    @Message String holiday_year_recorded(int year);

    // Enumerations: one key per constant, e.g. caseType_ARTICLE_102
    @Message String caseType(CaseType type);
    @Message String caseStatus(CaseStatus status);
    @Message String partyRole(PartyRole role);
    @Message String teamRole(TeamRole role);
    @Message String keyDateKind(KeyDateKind kind);
    @Message String role(Role role);

    @Message String account_password_title();
    @Message String account_password_intro();
    @Message String account_password_current();
    @Message String account_password_confirm();
    @Message String account_password_submit();
    @Message String account_password_changed();
    @Message String account_password_wrong();
    @Message String account_password_mismatch();
    @Message String nav_account();

    @Message String documents_title();
    @Message String documents_none();
    @Message String documents_link();
    @Message String document_name();
    @Message String document_type();
    @Message String document_size();
    @Message String document_uploaded();
    @Message String document_marking();
    @Message String document_confidential_tag();
    @Message String document_not_confidential();
    @Message String document_upload_title();
    @Message String document_file();
    @Message String document_file_hint(String maxSize);
    @Message String document_description();
    @Message String document_confidential();
    @Message String document_confidential_hint();
    @Message String document_upload();
    @Message String document_choose();
    @Message String document_type_refused();
    @Message String document_description_too_long(int max);
    @Message String document_uploaded_flash(String name);
    @Message String document_removed(String name);
    @Message String error_too_large_heading();
    @Message String error_too_large_text(String documentLimit, String otherLimit);
    @Message String error_length_required_heading();
    @Message String error_length_required_text();
    @Message String audit_title();
    @Message String audit_intro_case();
    @Message String audit_intro_all();
    @Message String audit_actor();
    @Message String audit_action();
    @Message String audit_any_action();
    @Message String audit_from();
    @Message String audit_to();
    @Message String audit_filter();
    @Message String audit_none();
    @Message String audit_case();
    @Message String audit_pages();
    @Message String audit_newer();
    @Message String audit_older();
    @Message String audit_link();
    @Message String nav_audit();
}
