package eu.competitiondesk.assessments.engine;

import eu.competitiondesk.engine.Basis;
import eu.competitiondesk.engine.Finding;
import eu.competitiondesk.engine.Outcome;
import eu.competitiondesk.referencedata.engine.ExchangeRates;
import eu.competitiondesk.referencedata.engine.Jurisdiction;
import eu.competitiondesk.referencedata.engine.MergerThresholds;
import eu.competitiondesk.referencedata.engine.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The amounts of one regime's part of the merger-control questionnaire, each in the regime's currency: as typed where
 * it is in that currency, otherwise (stored as "USD 5412000000") converted at the rate held for its currency and the
 * financial year the part names. An amount that cannot be converted is not known, and the part's conversion finding
 * says which rate or year is missing; it also shows every amount as given and as converted.
 */
final class RegimeAmounts {

    private final AnswerSheet answers;
    private final Jurisdiction regime;
    private final String yearQuestion;
    private final ExchangeRates rates;
    private final List<Basis> converted = new ArrayList<>();
    private final Set<String> missing = new LinkedHashSet<>();

    RegimeAmounts(AnswerSheet answers, Jurisdiction regime, String yearQuestion, ExchangeRates rates) {
        this.answers = answers;
        this.regime = regime;
        this.yearQuestion = yearQuestion;
        this.rates = rates;
    }

    /** The answer to {@code question} in the regime's currency; null where not given or not convertible. */
    BigDecimal amount(String question, String label) {
        String stored = answers.text(question);
        return stored == null ? null : inRegimeCurrency(stored, question, label);
    }

    /** Turnover by Member State as stored ("DE 1200000000", "DE USD 1300000000"); null when not answered. */
    Map<String, BigDecimal> memberStates(String question, String label) {
        if (!answers.has(question)) {
            return null;
        }
        Map<String, BigDecimal> byState = new LinkedHashMap<>();
        for (String value : answers.answers().get(question)) {
            String[] stateAndAmount = value.split(" ", 2);
            BigDecimal amount = inRegimeCurrency(stateAndAmount[1], question, label + ", " + stateAndAmount[0]);
            if (amount == null) {
                // One state's turnover not known in the regime's currency: the list as a whole is not known.
                return null;
            }
            byState.put(MergerThresholds.memberState(stateAndAmount[0]), amount);
        }
        return byState;
    }

    private BigDecimal inRegimeCurrency(String stored, String question, String label) {
        String[] coded = stored.split(" ", 2);
        if (coded.length == 1) {
            return new BigDecimal(stored);
        }
        Integer year = answers.whole(yearQuestion);
        if (year == null) {
            missing.add("the financial year of the amounts in other currencies");
            converted.add(conversion(
                    label,
                    MergerThresholds.money(coded[0], new BigDecimal(coded[1])) + ", not converted: no financial year"));
            return null;
        }
        Money.Converted result = new Money(new BigDecimal(coded[1]), coded[0], year)
                .in(regime, question, m -> rates.find(regime, m.currency(), m.financialYear()));
        String currency = Money.currencyOf(regime);
        String given = MergerThresholds.money(coded[0], new BigDecimal(coded[1]));
        if (result.converted() == null) {
            missing.add("the " + regime + " exchange rate for " + coded[0] + " in " + year);
            converted.add(conversion(label, given + ", not converted: no rate held for " + year));
            return null;
        }
        converted.add(conversion(
                label,
                given + " = " + MergerThresholds.money(currency, result.converted()) + " at "
                        + result.rate().rate().stripTrailingZeros().toPlainString() + " " + coded[0] + " per "
                        + currency + " (" + year + ", " + result.rate().source() + ")"));
        return result.converted();
    }

    /** A conversion as the finding states it: worked out here, not an answer (the page would show the answer). */
    private static Basis conversion(String label, String text) {
        return Basis.derived(label + ": " + text);
    }

    /**
     * The part's conversion finding, where any amount was given in another currency: information when each was
     * converted, "cannot tell yet" naming what is missing otherwise.
     */
    Optional<Finding> finding(String id, String source) {
        if (converted.isEmpty()) {
            return Optional.empty();
        }
        String currency = Money.currencyOf(regime);
        List<Basis> basis = new ArrayList<>(converted);
        basis.add(answers.cite("Financial year of the amounts", yearQuestion));
        return Optional.of(new Finding(
                id,
                missing.isEmpty() ? Outcome.INFORMATION : Outcome.UNDETERMINED,
                missing.isEmpty()
                        ? "Amounts in other currencies converted into " + currency
                        : "Amounts in other currencies: cannot tell yet, " + String.join(" and ", missing)
                                + " is needed",
                "An amount in another currency is divided by the rate held for its currency and financial year (units"
                        + " of the currency per one " + currency + "); without a rate, the tests it decides stay open",
                basis,
                source));
    }
}
