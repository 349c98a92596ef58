package eu.competitiondesk.cases;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The command to move a case to another stage, with the version of the case the page was loaded from (missing or
 * garbled counts as stale).
 */
public record StatusChange(
        @RestForm @NotBlank(message = "{desk.choose}") @OneOf(CaseStatus.class)
        String status,

        @RestForm String version) {

    public StatusChange {
        status = FormText.trimToNull(status);
    }

    public static StatusChange blank() {
        return new StatusChange(null, null);
    }

    /** Call only after validation passed. */
    CaseStatus target() {
        return CaseStatus.valueOf(status);
    }
}
