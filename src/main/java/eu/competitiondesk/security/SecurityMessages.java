package eu.competitiondesk.security;

import io.quarkus.qute.i18n.MessageBundle;

/** The texts of sign-in, accounts and user administration: {@code {sec:key}} in templates, in messages/sec_en.properties. */
@MessageBundle("sec")
public interface SecurityMessages {

    String login_title();

    String login_intro();

    String login_username();

    String login_password();

    String login_submit();

    String login_failed_title();

    String login_failed();

    String login_held(long minutes);

    String login_ended_idle(long minutes);

    String login_ended_lifetime(long hours);

    String login_ended_kept();

    String login_ended_go_on();

    String login_ended_title();

    String login_sso_intro();

    String login_sso_button();

    String sso_refused_title();

    String sso_refused_no_role();

    String sso_refused_deactivated();

    String sso_refused_no_user_name();

    String sso_try_again();

    String users_title();

    String user_username();

    String user_username_hint();

    String user_full_name();

    String user_role();

    String user_state();

    String user_active();

    String user_inactive();

    String user_active_explained();

    String user_inactive_explained();

    String user_password();

    String user_password_hint();

    String user_new_password();

    String user_new_password_hint();

    String user_new_title();

    String user_create();

    String user_edit_title(String username);

    String user_conflict();

    String user_deactivate();

    String user_activate();

    String user_created(String username);

    String user_updated(String username);

    String user_deactivated(String username);

    String user_activated(String username);

    String user_username_taken();

    String user_cannot_deactivate_self();

    String role(Role role);

    String account_password_title();

    String account_password_intro();

    String account_password_current();

    String account_password_confirm();

    String account_password_submit();

    String account_password_changed();

    String account_password_wrong();

    String account_password_mismatch();
}
