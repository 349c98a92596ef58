package eu.competitiondesk.deadlines;

import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the deadlines page and the calendar files, in {@code messages/ddl_en.properties}. */
@MessageBundle("ddl")
public interface DeadlineMessages {

    String title();

    String intro();

    String filter_case();

    String filter_kind();

    String filter_all();

    String filter_submit();

    String none();

    String col_due();

    String col_case();

    String col_what();

    String col_kind();

    String col_basis();

    String col_working_days();

    String col_pressing();

    String pressing(DeadlineLine.Pressing pressing);

    String kind(eu.competitiondesk.cases.KeyDateKind kind);

    String working_days(long count);

    String holidays_unknown();

    String calendar_heading();

    String calendar_intro();

    String calendar_none();

    String calendar_in_force();

    String calendar_create();

    String calendar_renew();

    String calendar_revoke();

    String calendar_created(String address);

    String calendar_revoked();

    String calendar_case_file();

    String event_description(String kind, String basis, String caseTitle);
}
