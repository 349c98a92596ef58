package eu.competitiondesk.agreements;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** The command to record an agreement of a case: its name and its parties. */
public record AgreementDetails(
        @RestForm
        @NotBlank(message = "{desk.agreement.title.required}")
        @Size(max = Agreement.TITLE_MAX, message = "{desk.too.long}")
        @PlainText
        String title,

        @RestForm
        @NotBlank(message = "{desk.agreement.parties.required}")
        @Size(max = Agreement.PARTIES_MAX, message = "{desk.too.long}")
        @PlainText
        String parties) {

    public AgreementDetails {
        title = FormText.trimToNull(title);
        parties = FormText.trimToNull(parties);
    }

    static AgreementDetails blank() {
        return new AgreementDetails(null, null);
    }
}
