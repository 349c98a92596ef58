package eu.competitiondesk.concentration;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The command to add one firm's share to a dataset; the page posts its optional parts under {@code row…} names. The
 * share is read in any of the conventions spreadsheets write ({@link Shares#normalize}), as the import reads it.
 */
public record RowDetails(
        @RestForm @NotBlank(message = "{desk.firm.required}") @Size(max = 200, message = "{desk.too.long}") @PlainText
        String firm,

        @RestForm
        @NotBlank(message = "{desk.share.required}")
        @Pattern(regexp = Shares.DECIMAL, message = "{desk.share.invalid}")
        @DecimalMin(value = "0", inclusive = false, message = "{desk.share.invalid}")
        @DecimalMax(value = "100", message = "{desk.share.invalid}")
        String share,

        @RestForm("rowSource") @Size(max = 200, message = "{desk.too.long}") @PlainText
        String source,

        @RestForm("rowPeriod") @Size(max = 40, message = "{desk.too.long}") @PlainText
        String period,

        @RestForm("rowNote") @Size(max = 500, message = "{desk.too.long}") @PlainText
        String note) {

    public RowDetails {
        firm = FormText.trimToNull(firm);
        share = Shares.normalize(FormText.trimToNull(share));
        source = FormText.trimToNull(source);
        period = FormText.trimToNull(period);
        note = FormText.trimToNull(note);
    }

    static RowDetails blank() {
        return new RowDetails(null, null, null, null, null);
    }

    BigDecimal shareValue() {
        return new BigDecimal(share);
    }
}
