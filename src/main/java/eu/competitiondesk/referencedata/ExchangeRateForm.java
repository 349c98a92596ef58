package eu.competitiondesk.referencedata;

import eu.competitiondesk.platform.FormText;
import eu.competitiondesk.web.FormErrors;
import java.math.BigDecimal;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The exchange-rates page's form, each field as typed: the year and the rate become numbers for the
 * {@link ExchangeRateDetails} command only where they read as numbers, and otherwise are reported on their own field.
 */
public record ExchangeRateForm(
        @RestForm String regime,
        @RestForm String currency,
        @RestForm String financialYear,
        @RestForm String rate,
        @RestForm String source,
        @RestForm String asOf) {

    public ExchangeRateForm {
        regime = FormText.trimToNull(regime);
        currency = currency == null ? null : FormText.trimToNull(currency.toUpperCase(java.util.Locale.ROOT));
        financialYear = FormText.trimToNull(financialYear);
        rate = FormText.trimToNull(rate);
        source = FormText.trimToNull(source);
        asOf = FormText.trimToNull(asOf);
    }

    static ExchangeRateForm blank() {
        return new ExchangeRateForm(null, null, null, null, null, null);
    }

    static ExchangeRateForm of(ExchangeRate rate) {
        return new ExchangeRateForm(
                rate.regime.name(),
                rate.currency,
                Integer.toString(rate.financialYear),
                rate.rate.stripTrailingZeros().toPlainString(),
                rate.source,
                rate.asOf.toString());
    }

    ExchangeRateDetails command() {
        return new ExchangeRateDetails(regime, currency, year(), number(), source, asOf);
    }

    /** The year or the rate typed but not a number: said on its field (the command would only find it missing). */
    FormErrors unreadable(String yearMessage, String rateMessage) {
        FormErrors errors = FormErrors.none();
        if (financialYear != null && year() == null) {
            errors.add("financialYear", yearMessage);
        }
        if (rate != null && number() == null) {
            errors.add("rate", rateMessage);
        }
        return errors;
    }

    private Integer year() {
        return financialYear != null && financialYear.matches("[0-9]{1,4}") ? Integer.valueOf(financialYear) : null;
    }

    private BigDecimal number() {
        return rate != null && rate.matches("[0-9]{1,14}(\\.[0-9]{1,10})?") ? new BigDecimal(rate) : null;
    }
}
