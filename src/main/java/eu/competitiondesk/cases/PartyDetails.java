package eu.competitiondesk.cases;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.OneOf;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** The command to add a party to a case; the case page posts it as {@code partyName} and {@code partyRole}. */
public record PartyDetails(
        @RestForm("partyName")
        @NotBlank(message = "{desk.party.name.required}")
        @Size(max = CaseFile.NAME_MAX, message = "{desk.too.long}")
        @PlainText
        String name,

        @RestForm("partyRole") @NotBlank(message = "{desk.choose}") @OneOf(PartyRole.class)
        String role) {

    public PartyDetails {
        name = FormText.trimToNull(name);
        role = FormText.trimToNull(role);
    }

    public static PartyDetails blank() {
        return new PartyDetails(null, null);
    }

    /** Call only after validation passed. */
    PartyRole partyRole() {
        return PartyRole.valueOf(role);
    }
}
