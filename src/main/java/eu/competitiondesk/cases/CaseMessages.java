package eu.competitiondesk.cases;

import io.quarkus.qute.i18n.MessageBundle;

/** The texts of case files, their list, the start page and the case page: {@code {cas:key}} in templates, in messages/cas_en.properties. */
@MessageBundle("cas")
public interface CaseMessages {

    String home_title();

    String home_heading(String name);

    String home_my_cases();

    String home_no_cases();

    String home_all_cases();

    String home_deadlines();

    String home_no_deadlines();

    String urgency_overdue();

    String urgency_due_soon();

    String cases_title();

    String cases_search_label();

    String cases_search();

    String cases_search_hint();

    String cases_apply();

    String cases_count(long count);

    String cases_count_more_than(long count);

    String cases_none();

    String cases_any_status();

    String cases_any_type();

    String cases_officer();

    String cases_any_officer();

    String case_reference();

    String case_reference_hint();

    String case_title();

    String case_type();

    String case_status();

    String case_opened_on();

    String case_opened_on_hint();

    String case_summary();

    String case_summary_hint();

    String case_parties();

    String case_new_title();

    String case_create();

    String case_edit_title(String reference);

    String case_edit_link();

    String case_conflict();

    String case_conflict_table();

    String case_status_move();

    String case_status_submit();

    String case_created(String reference);

    String case_updated(String reference);

    String case_status_changed(String reference, String status);

    String case_reference_taken();

    String case_status_not_allowed();

    String case_changed_meanwhile();

    String parties_title();

    String parties_none();

    String party_name();

    String party_role();

    String party_add();

    String party_added(String name);

    String party_removed(String name);

    String team_title();

    String team_member();

    String team_role();

    String team_add();

    String team_added(String name);

    String team_removed(String name);

    String team_already_member();

    String team_choose_user();

    String team_last_lead();

    String keydates_title();

    String keydates_none();

    String keydate_label();

    String keydate_kind();

    String keydate_due();

    String keydate_basis();

    String keydate_basis_hint();

    String keydate_add();

    String keydate_added(String label);

    String keydate_removed(String label);

    String notes_title();

    String notes_none();

    String notes_all(long count);

    String notes_page_title(String reference);

    String notes_pages();

    String notes_newer();

    String notes_older();

    String notes_page_of(int page, int pages);

    String note_add_label();

    String note_add();

    String note_added();

    String history_title();

    String history_none();

    String history_when();

    String history_who();

    String history_what();

    String caseType(CaseType type);

    String caseStatus(CaseStatus status);

    String partyRole(PartyRole role);

    String teamRole(TeamRole role);

    String keyDateKind(KeyDateKind kind);
}
