package eu.competitiondesk.referencedata;

import eu.competitiondesk.platform.validation.IsoDate;
import eu.competitiondesk.platform.validation.OneOf;
import eu.competitiondesk.platform.validation.PlainText;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The command to record (or correct) an exchange rate: which regime converts with it, the currency (ISO 4217), the
 * financial year, the rate as the ECB quotes it (units of the currency per one unit of the regime's currency), its
 * source and the date it was published or read.
 */
public record ExchangeRateDetails(
        @NotBlank(message = "{desk.required}") @OneOf(Jurisdiction.class)
        String regime,

        @NotBlank(message = "{desk.required}") @Pattern(regexp = "[A-Z]{3}", message = "{desk.currency.invalid}")
        String currency,

        @NotNull(message = "{desk.required}")
        @Min(value = 1990, message = "{desk.year.invalid}")
        @Max(value = 2100, message = "{desk.year.invalid}")
        Integer financialYear,

        @NotNull(message = "{desk.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{desk.rate.invalid}")
        @Digits(integer = 14, fraction = 10, message = "{desk.rate.invalid}")
        BigDecimal rate,

        @NotBlank(message = "{desk.required}") @Size(max = 500, message = "{desk.too.long}") @PlainText
        String source,

        @NotBlank(message = "{desk.required}") @IsoDate String asOf) {

    public ExchangeRateDetails {
        regime = regime == null ? null : regime.strip();
        currency = currency == null ? null : currency.strip();
        source = source == null || source.isBlank() ? null : source.strip();
        asOf = asOf == null ? null : asOf.strip();
    }

    /** Call only after validation passed. */
    Jurisdiction jurisdiction() {
        return Jurisdiction.valueOf(regime);
    }

    /** Call only after validation passed. */
    LocalDate asOfDate() {
        return LocalDate.parse(asOf);
    }
}
