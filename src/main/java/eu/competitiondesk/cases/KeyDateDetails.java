package eu.competitiondesk.cases;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.IsoDate;
import eu.competitiondesk.platform.validation.OneOf;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;

/** The command to add a key date to a case; the case page posts its parts under {@code date…} names. */
public record KeyDateDetails(
        @RestForm("dateLabel")
        @NotBlank(message = "{desk.keydate.label.required}")
        @Size(max = CaseFile.NAME_MAX, message = "{desk.too.long}")
        @PlainText
        String label,

        @RestForm("dateKind") @NotBlank(message = "{desk.choose}") @OneOf(KeyDateKind.class)
        String kind,

        @RestForm("dateDue") @NotBlank(message = "{desk.keydate.due.required}") @IsoDate
        String dueOn,

        @RestForm("dateBasis") @Size(max = CaseFile.NAME_MAX, message = "{desk.too.long}") @PlainText
        String legalBasis) {

    public KeyDateDetails {
        label = FormText.trimToNull(label);
        kind = FormText.trimToNull(kind);
        dueOn = FormText.trimToNull(dueOn);
        legalBasis = FormText.trimToNull(legalBasis);
    }

    public static KeyDateDetails blank() {
        return new KeyDateDetails(null, null, null, null);
    }

    /** Call only after validation passed. */
    KeyDateKind dateKind() {
        return KeyDateKind.valueOf(kind);
    }

    /** Call only after validation passed. */
    LocalDate due() {
        return LocalDate.parse(dueOn);
    }
}
