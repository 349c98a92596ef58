package eu.competitiondesk.referencedata.engine;

import java.util.List;
import java.util.Optional;

/** The exchange rates held, for rules that convert amounts without a database at hand. */
public record ExchangeRates(List<Money.Rate> rates) {

    public static final ExchangeRates NONE = new ExchangeRates(List.of());

    public ExchangeRates {
        rates = List.copyOf(rates);
    }

    /** The rate {@code regime} converts {@code currency} at for the financial year, where one is held. */
    public Optional<Money.Rate> find(Jurisdiction regime, String currency, int financialYear) {
        return rates.stream()
                .filter(r ->
                        r.regime() == regime && r.currency().equals(currency) && r.financialYear() == financialYear)
                .findFirst();
    }
}
