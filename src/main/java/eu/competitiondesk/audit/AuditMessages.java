package eu.competitiondesk.audit;

import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the audit trail pages: {@code {aud:key}} in templates, in messages/aud_en.properties. */
@MessageBundle("aud")
public interface AuditMessages {

    String audit_title();

    String audit_intro_case();

    String audit_intro_all();

    String audit_actor();

    String audit_action();

    String audit_any_action();

    String audit_from();

    String audit_to();

    String audit_filter();

    String audit_none();

    String audit_case();

    String audit_pages();

    String audit_newer();

    String audit_older();

    String audit_link();

    /** The words of an action: the bundle's key action_NAME for each constant. */
    String action(AuditAction action);
}
