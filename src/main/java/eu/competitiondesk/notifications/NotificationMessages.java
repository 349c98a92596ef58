package eu.competitiondesk.notifications;

import io.quarkus.qute.i18n.MessageBundle;

/** The texts of notices, their pages and their e-mails, in {@code messages/ntc_en.properties}. */
@MessageBundle("ntc")
public interface NotificationMessages {

    String title();

    String intro();

    String none();

    String unread();

    String mark_read();

    String mark_all_read();

    String marked_read();

    String marked_all_read(int count);

    String open();

    String settings_link();

    String received(String when);

    String kind(NoticeKind kind);

    String someone();

    String review_requested(String actor, String version, String caseRef);

    String report_returned(String actor, String version, String caseRef);

    String report_approved(String actor, String version, String caseRef);

    String public_edition_released(String actor, String version, String caseRef);

    String deadline_near(String caseRef, String due, String label);

    String added_to_team(String actor, String caseRef);

    String mail_deadline_near(String caseRef, String due);

    String mail_subject(String kind, String caseRef);

    String mail_body(String sentence, String link, String settingsLink);

    String settings_title();

    String settings_intro();

    String settings_email();

    String settings_email_hint();

    String settings_kinds();

    String settings_kinds_hint();

    String settings_mail_off();

    String settings_days();

    String settings_days_hint();

    String settings_save();

    String settings_saved();

    String settings_conflict();
}
