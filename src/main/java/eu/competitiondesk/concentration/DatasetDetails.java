package eu.competitiondesk.concentration;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jboss.resteasy.reactive.RestForm;

/** The command to add a dataset (one period from one source) to a market; the page posts it under its own names. */
public record DatasetDetails(
        @RestForm("datasetPeriod")
        @NotBlank(message = "{desk.dataset.period.required}")
        @Size(max = 40, message = "{desk.too.long}")
        @PlainText
        String period,

        @RestForm("datasetSource")
        @NotBlank(message = "{desk.dataset.source.required}")
        @Size(max = 200, message = "{desk.too.long}")
        @PlainText
        String source,

        @RestForm("datasetScope") @Size(max = 200, message = "{desk.too.long}") @PlainText
        String scope,

        @RestForm("marketSize") @Pattern(regexp = "^[0-9]{1,10}(\\.[0-9]{1,2})?$", message = "{desk.amount.invalid}")
        String marketSizeUsdBn,

        @RestForm("datasetNote") @Size(max = 1000, message = "{desk.too.long}") @PlainText
        String note,

        @RestForm boolean confidential) {

    public DatasetDetails {
        period = FormText.trimToNull(period);
        source = FormText.trimToNull(source);
        scope = FormText.trimToNull(scope);
        marketSizeUsdBn = FormText.trimToNull(marketSizeUsdBn);
        note = FormText.trimToNull(note);
    }

    static DatasetDetails blank() {
        return new DatasetDetails(null, null, null, null, null, false);
    }

    BigDecimal marketSize() {
        return marketSizeUsdBn == null ? null : new BigDecimal(marketSizeUsdBn);
    }
}
