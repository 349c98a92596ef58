package eu.competitiondesk.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the audit trail pages: {@code {aud:key}} in templates, in messages/aud_en.properties. */
@MessageBundle("aud")
public interface AuditMessages {

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

    /** The words of an action: the bundle's key action_NAME for each constant. */
    @Message String action(AuditAction action);
}
