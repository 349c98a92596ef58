package eu.competitiondesk.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of sign-in, accounts and user administration: {@code {sec:key}} in templates, in messages/sec_en.properties. */
@MessageBundle("sec")
public interface SecurityMessages {

    @Message String login_title();
    @Message String login_intro();
    @Message String login_username();
    @Message String login_password();
    @Message String login_submit();
    @Message String login_failed_title();
    @Message String login_failed();
    @Message String login_held(long minutes);
    @Message String login_ended_idle(long minutes);
    @Message String login_ended_lifetime(long hours);
    @Message String login_ended_kept();
    @Message String login_ended_go_on();
    @Message String login_ended_title();
    @Message String login_sso_intro();
    @Message String login_sso_button();
    @Message String sso_refused_title();
    @Message String sso_refused_no_role();
    @Message String sso_refused_deactivated();
    @Message String sso_refused_no_user_name();
    @Message String sso_try_again();
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
    @Message String role(Role role);
    @Message String account_password_title();
    @Message String account_password_intro();
    @Message String account_password_current();
    @Message String account_password_confirm();
    @Message String account_password_submit();
    @Message String account_password_changed();
    @Message String account_password_wrong();
    @Message String account_password_mismatch();
}
