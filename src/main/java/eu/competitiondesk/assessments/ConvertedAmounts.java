package eu.competitiondesk.assessments;

import eu.competitiondesk.referencedata.ReferenceDataService;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import eu.competitiondesk.referencedata.engine.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The amounts of one regime's part of a rules request: each taken as given in the regime's currency, or converted
 * from its money twin at the rate held for its currency and financial year (null, and the rate named as missing,
 * where none is held). Giving both twins of a field is recorded in {@code doubled}, for the caller to refuse.
 */
final class ConvertedAmounts {
    final Jurisdiction regime;
    final Map<String, String> doubled;
    final List<MergerControlJson.AmountJson> given = new ArrayList<>();
    final List<String> missing = new ArrayList<>();
    private final ReferenceDataService rates;

    ConvertedAmounts(Jurisdiction regime, Map<String, String> doubled, ReferenceDataService rates) {
        this.regime = regime;
        this.doubled = doubled;
        this.rates = rates;
    }

    BigDecimal pick(String field, BigDecimal inOwnCurrency, String ownField, MergerControlJson.MoneyJson money) {
        if (money == null) {
            return inOwnCurrency;
        }
        if (inOwnCurrency != null) {
            doubled.put(field, "give " + ownField + " or " + field + ", not both");
            return null;
        }
        Money.Converted converted = new Money(money.amount(), money.currency(), money.financialYear())
                .in(regime, field, m -> rates.exchangeRate(regime, m.currency(), m.financialYear()));
        Money.Rate rate = converted.rate();
        given.add(new MergerControlJson.AmountJson(
                field,
                money,
                converted.converted(),
                rate == null
                        ? null
                        : new MergerControlJson.RateJson(
                                rate.regime(), rate.currency(), rate.financialYear(), rate.rate(), rate.source())));
        if (converted.converted() == null) {
            missing.add("the " + regime + " exchange rate for " + money.currency() + " in financial year "
                    + money.financialYear() + " (" + field + ")");
        }
        return converted.converted();
    }
}
