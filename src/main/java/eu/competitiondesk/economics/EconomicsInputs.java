package eu.competitiondesk.economics;

import eu.competitiondesk.concentration.engine.FirmShare;
import eu.competitiondesk.concentration.engine.InvalidConcentrationInput;
import eu.competitiondesk.concentration.engine.Market;
import eu.competitiondesk.concentration.engine.Stake;
import eu.competitiondesk.economics.EconomicsJson.CriticalLossRequest;
import eu.competitiondesk.economics.EconomicsJson.CriticalLossResponse;
import eu.competitiondesk.economics.EconomicsJson.DiversionBasis;
import eu.competitiondesk.economics.EconomicsJson.LogitProduct;
import eu.competitiondesk.economics.EconomicsJson.LogitRequest;
import eu.competitiondesk.economics.EconomicsJson.LogitResponse;
import eu.competitiondesk.economics.EconomicsJson.PricedProduct;
import eu.competitiondesk.economics.EconomicsJson.SensitivityRow;
import eu.competitiondesk.economics.EconomicsJson.UnilateralEffectsRequest;
import eu.competitiondesk.economics.EconomicsJson.UnilateralEffectsResponse;
import eu.competitiondesk.economics.engine.CriticalLoss;
import eu.competitiondesk.economics.engine.LogitMerger;
import eu.competitiondesk.economics.engine.UnilateralEffects;
import eu.competitiondesk.platform.InvalidCommand;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * From validated requests to the engines and back: the checks that span fields (names listed once, merging products
 * listed, shares adding up) with the field each problem belongs to, then the results in percent.
 */
final class EconomicsInputs {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EconomicsInputs() {}

    static CriticalLossResponse criticalLoss(CriticalLossRequest r) {
        CriticalLoss.Result result = CriticalLoss.evaluate(
                r.priceRisePercent(), r.marginPercent(), r.actualLossPercent(), r.aggregateDiversionPercent());
        return new CriticalLossResponse(
                result.breakEvenCriticalLossPercent(),
                result.profitMaximisingCriticalLossPercent(),
                result.criticalElasticity(),
                result.priceRiseProfitable(),
                result.diversionTestMet());
    }

    static UnilateralEffectsResponse unilateralEffects(UnilateralEffectsRequest r) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Integer> index =
                names(r.products().stream().map(PricedProduct::name).toList(), problems);
        BigDecimal total =
                r.products().stream().map(PricedProduct::sharePercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) > 0) {
            problems.put("products", "the shares add up to " + total.toPlainString() + "%, more than 100");
        }
        List<Integer> merging = merging(r.merging(), index, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCommand(problems);
        }
        PricedProduct a = r.products().get(merging.get(0));
        PricedProduct b = r.products().get(merging.get(1));
        UnilateralEffects.Diversion diversion = null;
        if (r.diversionPercent() != null) {
            BigDecimal ab =
                    r.diversionPercent().getOrDefault(a.name(), Map.of()).get(b.name());
            BigDecimal ba =
                    r.diversionPercent().getOrDefault(b.name(), Map.of()).get(a.name());
            if (ab == null || ba == null) {
                throw new InvalidCommand(Map.of(
                        "diversionPercent",
                        "give the diversion from each merging product"
                                + " to the other, as {\"" + a.name() + "\": {\"" + b.name() + "\": number}, \""
                                + b.name()
                                + "\": {\"" + a.name() + "\": number}}"));
            }
            if (ab.compareTo(HUNDRED) == 0 && ba.compareTo(HUNDRED) == 0) {
                throw new InvalidCommand(Map.of(
                        "diversionPercent",
                        "both ratios at 100% leave no sales lost to"
                                + " anyone else: the formulas have no finite value"));
            }
            diversion = new UnilateralEffects.Diversion(fraction(ab), fraction(ba));
        } else {
            for (int i : merging) {
                if (r.products().get(i).sharePercent().compareTo(HUNDRED) == 0) {
                    throw new InvalidCommand(Map.of(
                            "products[" + i + "].sharePercent",
                            "a share of 100% leaves" + " no rival to divert to: give diversionPercent"));
                }
            }
        }
        double efficiency = r.efficiencyPercent() == null ? 0 : fraction(r.efficiencyPercent());
        UnilateralEffects.Weights weights = weights(r, a.name(), b.name());
        UnilateralEffects.Result result =
                UnilateralEffects.evaluate(product(a), product(b), diversion, efficiency, weights);
        Map<String, Map<String, Double>> diversions = new LinkedHashMap<>();
        Map<String, Double> upp = new LinkedHashMap<>();
        Map<String, Double> guppi = new LinkedHashMap<>();
        Map<String, Double> cmcr = new LinkedHashMap<>();
        Map<String, Double> linear = new LinkedHashMap<>();
        Map<String, Double> isoelastic = new HashMap<>();
        Map<String, List<SensitivityRow>> sensitivity = new LinkedHashMap<>();
        for (UnilateralEffects.Direction d : List.of(result.a(), result.b())) {
            diversions.put(d.from(), Map.of(d.to(), 100 * d.diversion()));
            upp.put(d.from(), d.upp());
            guppi.put(d.from(), 100 * d.guppi());
            cmcr.put(d.from(), 100 * d.cmcr());
            linear.put(d.from(), 100 * d.linearPriceRise());
            isoelastic.put(d.from(), d.isoelasticPriceRise() == null ? null : 100 * d.isoelasticPriceRise());
            sensitivity.put(
                    d.from(),
                    d.guppiSensitivity().stream()
                            .map(row ->
                                    new SensitivityRow(row.marginStep(), 100 * row.partnerMargin(), 100 * row.guppi()))
                            .toList());
        }
        return new UnilateralEffectsResponse(
                diversions,
                result.diversionFromShares() ? DiversionBasis.SHARES : DiversionBasis.GIVEN,
                upp,
                guppi,
                cmcr,
                linear,
                isoelastic,
                sensitivity,
                Map.of(a.name(), Map.of(b.name(), weights.aInB()), b.name(), Map.of(a.name(), weights.bInA())));
    }

    /**
     * The O'Brien-Salop weights of the merging products' controllers in each other, from the stakes through the
     * concentration engine's ownership solve (the products' shares stand for the firms); 1 both ways without stakes.
     */
    private static UnilateralEffects.Weights weights(UnilateralEffectsRequest r, String a, String b) {
        if (r.stakes() == null || r.stakes().isEmpty()) {
            return UnilateralEffects.Weights.MERGER;
        }
        try {
            Map<String, Map<String, Double>> kappa = Market.of(r.products().stream()
                            .map(p -> new FirmShare(p.name(), p.sharePercent()))
                            .toList())
                    .profitWeights(r.stakes().stream()
                            .map(s -> new Stake(s.holder(), s.target(), s.financial(), s.control()))
                            .toList());
            return new UnilateralEffects.Weights(weight(kappa, a, b), weight(kappa, b, a));
        } catch (InvalidConcentrationInput e) {
            Map<String, String> problems = new LinkedHashMap<>();
            e.errors().forEach(x -> problems.putIfAbsent(x.field(), x.message()));
            throw new InvalidCommand(problems);
        }
    }

    private static double weight(Map<String, Map<String, Double>> kappa, String from, String to) {
        Map<String, Double> row = kappa.get(from);
        return row == null ? 0 : row.getOrDefault(to, 0.0);
    }

    static LogitResponse logit(LogitRequest r) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Integer> index = names(
                r.products().stream().map(EconomicsJson.SharedProduct::name).toList(), problems);
        BigDecimal total = r.products().stream()
                .map(EconomicsJson.SharedProduct::sharePercent)
                .reduce(r.outsideSharePercent(), BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            problems.put(
                    "products",
                    "the products' shares and the outside share add up to " + total.toPlainString()
                            + "%: shares are of all choices and must make 100");
        }
        Integer calibration = index.get(r.calibration().product().trim());
        if (calibration == null) {
            problems.put("calibration.product", "is not a listed product");
        }
        List<Integer> merging = merging(r.merging(), index, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCommand(problems);
        }
        List<LogitMerger.Product> products = r.products().stream()
                .map(p -> new LogitMerger.Product(p.name().trim(), p.price().doubleValue(), fraction(p.sharePercent())))
                .toList();
        LogitMerger.Result result;
        try {
            result = LogitMerger.simulate(
                    products,
                    fraction(r.outsideSharePercent()),
                    calibration,
                    fraction(r.calibration().marginPercent()),
                    new HashSet<>(merging));
        } catch (LogitMerger.InconsistentCalibration e) {
            throw new InvalidCommand(Map.of(
                    "calibration.marginPercent",
                    "with this margin the marginal cost of "
                            + e.product()
                            + " comes out at zero or below: the margin is too high for that product's price"
                            + " and share"));
        }
        return new LogitResponse(
                result.alpha(),
                result.products().stream()
                        .map(p -> new LogitProduct(
                                p.name(),
                                p.marginalCost(),
                                p.priceBefore(),
                                p.priceAfter(),
                                100 * p.priceChange(),
                                100 * p.shareBefore(),
                                100 * p.shareAfter()))
                        .toList(),
                100 * result.outsideShareAfter(),
                result.consumerSurplusChange(),
                result.converged(),
                result.residual());
    }

    /** Each product's index by name; a name listed twice is a problem of the second entry. */
    private static Map<String, Integer> names(List<String> names, Map<String, String> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (index.putIfAbsent(names.get(i).trim(), i) != null) {
                problems.put("products[" + i + "].name", "names a product already listed");
            }
        }
        return index;
    }

    private static List<Integer> merging(List<String> names, Map<String, Integer> index, Map<String, String> problems) {
        Set<Integer> found = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Integer product = index.get(names.get(i).trim());
            if (product == null) {
                problems.put("merging[" + i + "]", "is not a listed product");
            } else if (!found.add(product)) {
                problems.put("merging[" + i + "]", "names a merging product twice");
            }
        }
        return List.copyOf(found);
    }

    private static UnilateralEffects.Product product(PricedProduct p) {
        return new UnilateralEffects.Product(
                p.name().trim(), p.price().doubleValue(), fraction(p.marginPercent()), fraction(p.sharePercent()));
    }

    private static double fraction(BigDecimal percent) {
        return percent.doubleValue() / 100;
    }
}
