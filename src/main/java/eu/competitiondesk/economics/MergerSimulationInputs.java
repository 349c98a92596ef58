package eu.competitiondesk.economics;

import eu.competitiondesk.concentration.engine.FirmShare;
import eu.competitiondesk.concentration.engine.InvalidConcentrationInput;
import eu.competitiondesk.concentration.engine.Market;
import eu.competitiondesk.concentration.engine.Stake;
import eu.competitiondesk.economics.SimulationJson.DemandSystem;
import eu.competitiondesk.economics.SimulationJson.Product;
import eu.competitiondesk.economics.SimulationJson.Request;
import eu.competitiondesk.economics.engine.BertrandSimulation;
import eu.competitiondesk.platform.InvalidCommand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simulation API's request (and a simulation kept with a market, read as one) checked and put in the engine's
 * terms (each demand system's calibration inputs, the profit weights before and after), run, and its result written
 * back with the R call that reproduces it ({@link AntitrustScript}). Its sensitivity runs are {@link
 * SimulationSensitivity}'s.
 */
final class MergerSimulationInputs {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MergerSimulationInputs() {}

    static SimulationJson.Response simulate(Request r) {
        return simulate(r, true);
    }

    /** A run without the R script, for the pages. */
    static SimulationJson.Response run(Request r) {
        return simulate(r, false);
    }

    /** A kept simulation as the API's request: the same inputs, calibrated and checked the same way. */
    static Request request(MergerSimulationAnalysis a) {
        boolean quantities = a.demand == DemandSystem.LINEAR || a.demand == DemandSystem.LOGLINEAR;
        return new Request(
                a.demand,
                a.products.stream()
                        .map(p -> new Product(
                                p.name(), p.firm(), p.price(), p.sharePercent(), p.quantity(), p.marginPercent()))
                        .toList(),
                a.outsideSharePercent,
                quantities
                        ? null
                        : new SimulationJson.Calibration(
                                a.calibrationProduct, a.calibrationMarginPercent, a.ownElasticity),
                a.marketElasticity,
                null,
                a.aggregateDiversionPercent,
                List.copyOf(a.merging),
                null,
                null,
                null,
                null,
                null);
    }

    private static SimulationJson.Response simulate(Request r, boolean withScript) {
        return simulated(r, withScript, null).response();
    }

    /** A run's answer and where its search ended, for runs of nearby models to start from. */
    record Simulated(SimulationJson.Response response, BertrandSimulation.Start end) {}

    static Simulated simulated(Request r, boolean withScript, BertrandSimulation.Start start) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<Product> products = r.products();
        int n = products.size();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (index.putIfAbsent(key(products.get(i).name()), i) != null) {
                problems.put("products[" + i + "].name", "named twice");
            }
        }
        DemandSystem demand = r.demand();
        boolean pricesOptional = demand == DemandSystem.PCAIDS;
        for (int i = 0; i < n; i++) {
            Product p = products.get(i);
            String at = "products[" + i + "].";
            if (p.price() == null && !pricesOptional) {
                problems.put(at + "price", "required for " + demand);
            }
            if ((demand == DemandSystem.LINEAR || demand == DemandSystem.LOGLINEAR)) {
                require(problems, at + "quantity", p.quantity(), demand);
                require(problems, at + "marginPercent", p.marginPercent(), demand);
            } else {
                require(problems, at + "sharePercent", p.sharePercent(), demand);
            }
        }
        Integer calibrated = null;
        if (demand != DemandSystem.LINEAR && demand != DemandSystem.LOGLINEAR) {
            if (r.calibration() == null) {
                problems.put("calibration", "required for " + demand + ": the product and its margin or elasticity");
            } else {
                calibrated = index.get(key(r.calibration().product()));
                if (calibrated == null) {
                    problems.put("calibration.product", "not one of the products");
                }
                if (demand == DemandSystem.PCAIDS) {
                    if (r.calibration().ownElasticity() == null
                            || r.calibration().ownElasticity().compareTo(BigDecimal.ONE.negate()) >= 0) {
                        problems.put("calibration.ownElasticity", "required for PCAIDS, below -1");
                    }
                } else if (r.calibration().marginPercent() == null) {
                    problems.put("calibration.marginPercent", "required for " + demand);
                }
            }
        }
        BigDecimal shares = products.stream()
                .map(Product::sharePercent)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (demand == DemandSystem.LOGIT || demand == DemandSystem.CES) {
            if (r.outsideSharePercent() == null) {
                problems.put("outsideSharePercent", "required for " + demand);
            } else if (shares.add(r.outsideSharePercent()).compareTo(HUNDRED) != 0) {
                problems.put(
                        "products",
                        "the shares and the outside share add up to "
                                + shares.add(r.outsideSharePercent()).toPlainString() + "%, not 100");
            }
        }
        if ((demand == DemandSystem.AIDS || demand == DemandSystem.PCAIDS) && shares.compareTo(HUNDRED) != 0) {
            problems.put("products", "the inside revenue shares add up to " + shares.toPlainString() + "%, not 100");
        }
        if (r.marketElasticity() != null && r.marketElasticity().signum() >= 0) {
            problems.put("marketElasticity", "a market elasticity below 0");
        }
        int ways = (r.merging() == null ? 0 : 1) + (r.stakes() == null ? 0 : 1) + (r.ownershipPost() == null ? 0 : 1);
        if (ways != 1) {
            problems.put("merging", "give one of merging, stakes or ownershipPost");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommand(problems);
        }
        double[][] before = r.ownershipPre() == null ? byFirm(products) : matrix(r.ownershipPre(), n, "ownershipPre");
        double[][] after = after(r, products, index, before);
        double[] prices = new double[n];
        double[] q = new double[n];
        double[] margins = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            Product p = products.get(i);
            prices[i] = p.price() == null ? 1 : p.price().doubleValue();
            q[i] = p.quantity() == null ? 0 : p.quantity().doubleValue();
            margins[i] = p.marginPercent() == null ? 0 : fraction(p.marginPercent());
            s[i] = p.sharePercent() == null ? 0 : fraction(p.sharePercent());
        }
        double size = r.marketSize() == null ? 1 : r.marketSize().doubleValue();
        double marketElasticity =
                r.marketElasticity() == null ? -1 : r.marketElasticity().doubleValue();
        double outside = r.outsideSharePercent() == null ? 0 : fraction(r.outsideSharePercent());
        double margin = r.calibration() == null || r.calibration().marginPercent() == null
                ? 0
                : fraction(r.calibration().marginPercent());
        Map<String, Object> parameters = new LinkedHashMap<>();
        double[][] diversion =
                demand == DemandSystem.LINEAR || demand == DemandSystem.LOGLINEAR ? diversion(r, products, q) : null;
        BertrandSimulation.Demand system;
        switch (demand) {
            case LOGIT -> {
                BertrandSimulation.Logit logit =
                        BertrandSimulation.calibrateLogit(prices, s, outside, calibrated, margin, before);
                system = new BertrandSimulation.Logit(logit.alpha(), logit.quality(), size);
                parameters.put("alpha", logit.alpha());
            }
            case CES -> {
                BertrandSimulation.Ces ces =
                        BertrandSimulation.calibrateCes(prices, s, outside, calibrated, margin, size);
                system = ces;
                parameters.put("gamma", ces.gamma());
            }
            case LINEAR -> {
                BertrandSimulation.Linear linear =
                        BertrandSimulation.calibrateLinear(prices, q, margins, diversion, before);
                system = linear;
                parameters.put("slopes", linear.slopes());
                parameters.put("intercepts", linear.intercepts());
            }
            case LOGLINEAR -> {
                BertrandSimulation.LogLinear loglinear =
                        BertrandSimulation.calibrateLogLinear(prices, q, margins, diversion, before);
                system = loglinear;
                parameters.put("elasticities", loglinear.elasticities());
            }
            case PCAIDS -> {
                BertrandSimulation.Aids aids = BertrandSimulation.calibratePcaids(
                        prices, s, calibrated, r.calibration().ownElasticity().doubleValue(), marketElasticity, size);
                system = aids;
                parameters.put("B", aids.b());
            }
            default -> {
                BertrandSimulation.Aids aids =
                        BertrandSimulation.calibrateAids(prices, s, calibrated, margin, marketElasticity, size);
                system = aids;
                parameters.put("B", aids.b());
            }
        }
        double[] costChange = new double[n];
        if (r.marginalCostChangePercent() != null) {
            for (Map.Entry<String, BigDecimal> change :
                    r.marginalCostChangePercent().entrySet()) {
                Integer i = index.get(key(change.getKey()));
                if (i == null || change.getValue() == null) {
                    throw new InvalidCommand(Map.of(
                            "marginalCostChangePercent." + change.getKey(), "a product of the request and a number"));
                }
                costChange[i] = fraction(change.getValue());
            }
        }
        BertrandSimulation.Result result =
                BertrandSimulation.simulate(system, prices, before, after, costChange, start);
        List<SimulationJson.CheckJson> checks = result.checks().stream()
                .map(c -> new SimulationJson.CheckJson(c.name(), c.holds(), c.value()))
                .toList();
        String script = withScript
                ? AntitrustScript.of(
                        r,
                        prices,
                        q,
                        margins,
                        s,
                        diversion,
                        before,
                        ownerMatrixForR(r, products, after),
                        calibrated,
                        marketElasticity)
                : null;
        if (!result.valid()) {
            return new Simulated(
                    new SimulationJson.Response(
                            demand,
                            false,
                            checks,
                            parameters,
                            null,
                            null,
                            result.converged(),
                            result.residual(),
                            script),
                    result.end());
        }
        boolean revenue = demand == DemandSystem.AIDS || demand == DemandSystem.PCAIDS || demand == DemandSystem.CES;
        double[] shareBefore = insideShares(result, revenue, true);
        double[] shareAfter = insideShares(result, revenue, false);
        List<SimulationJson.ProductResult> out = new ArrayList<>();
        Map<String, Double> cmcr = new LinkedHashMap<>();
        for (BertrandSimulation.ProductResult x : result.products()) {
            String name = products.get(x.index()).name().strip();
            out.add(new SimulationJson.ProductResult(
                    name,
                    x.marginalCost(),
                    x.priceBefore(),
                    x.priceAfter(),
                    100 * (x.priceAfter() / x.priceBefore() - 1),
                    shareBefore[x.index()],
                    shareAfter[x.index()],
                    x.quantityBefore(),
                    x.quantityAfter(),
                    100 * (x.quantityAfter() / x.quantityBefore() - 1)));
            if (x.cmcr() != null) {
                cmcr.put(name, 100 * x.cmcr());
            }
        }
        double hhiBefore = hhi(shareBefore, before);
        double hhiAfter = hhi(shareAfter, after);
        Double harm = result.consumerHarm();
        return new Simulated(
                new SimulationJson.Response(
                        demand,
                        true,
                        checks,
                        parameters,
                        out,
                        new SimulationJson.MarketResult(
                                hhiBefore,
                                hhiAfter,
                                hhiAfter - hhiBefore,
                                100 * result.industryPriceChange(),
                                100 * result.partyPriceChange(),
                                cmcr,
                                harm,
                                result.producerBenefit(),
                                harm == null ? null : harm - result.producerBenefit()),
                        result.converged(),
                        result.residual(),
                        script),
                result.end());
    }

    private static void require(Map<String, String> problems, String field, BigDecimal value, DemandSystem demand) {
        if (value == null) {
            problems.put(field, "required for " + demand);
        }
    }

    /** One firm per product unless firms are named: products of one firm weigh each other's profits fully. */
    private static double[][] byFirm(List<Product> products) {
        int n = products.size();
        String[] firms = firms(products);
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i][j] = i == j || firms[i].equals(firms[j]) ? 1 : 0;
            }
        }
        return k;
    }

    private static String[] firms(List<Product> products) {
        return products.stream().map(MergerSimulationInputs::firm).toArray(String[]::new);
    }

    private static String firm(Product p) {
        return key(p.firm() == null ? p.name() : p.firm());
    }

    private static double[][] after(Request r, List<Product> products, Map<String, Integer> index, double[][] before) {
        int n = products.size();
        if (r.ownershipPost() != null) {
            return matrix(r.ownershipPost(), n, "ownershipPost");
        }
        double[][] k = new double[n][];
        for (int i = 0; i < n; i++) {
            k[i] = before[i].clone();
        }
        if (r.merging() != null) {
            List<String> firms = new ArrayList<>();
            for (int m = 0; m < r.merging().size(); m++) {
                Integer i = index.get(key(r.merging().get(m)));
                if (i == null) {
                    throw new InvalidCommand(Map.of("merging[" + m + "]", "not one of the products"));
                }
                firms.add(firm(products.get(i)));
            }
            String[] firmOf = firms(products);
            boolean[] merging = new boolean[n];
            for (int i = 0; i < n; i++) {
                merging[i] = firms.contains(firmOf[i]);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (merging[i] && merging[j]) {
                        k[i][j] = 1;
                    }
                }
            }
            return k;
        }
        // Stakes between firms: the O'Brien-Salop weights of the concentration engine, firm to firm.
        Map<String, Map<String, Double>> byKey = byFirmKey(products, r, false);
        String[] firmOf = firms(products);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                String fi = firmOf[i];
                String fj = firmOf[j];
                if (!fi.equals(fj) && byKey.containsKey(fi)) {
                    k[i][j] = byKey.get(fi).getOrDefault(fj, 0.0);
                }
            }
        }
        return k;
    }

    /**
     * The owner matrix after, product by product, in R's form: where stakes are given, what the owners controlling a
     * product's firm hold of each firm's profits (a firm's own shareholders keeping 0.73 of it beside a 27 % stake);
     * otherwise the profit weights, which are that matrix with each row divided by its own entry. Both give the same
     * first-order conditions.
     */
    private static double[][] ownerMatrixForR(Request r, List<Product> products, double[][] after) {
        if (r.stakes() == null) {
            return after;
        }
        Map<String, Map<String, Double>> byKey = byFirmKey(products, r, true);
        String[] firmOf = firms(products);
        int n = products.size();
        double[][] owner = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                owner[i][j] = byKey.get(firmOf[i]).getOrDefault(firmOf[j], 0.0);
            }
        }
        return owner;
    }

    /** The firms' profit weights ({@code shares} false) or their controllers' ownership shares, by firm key. */
    private static Map<String, Map<String, Double>> byFirmKey(List<Product> products, Request r, boolean shares) {
        List<String> firmNames = new ArrayList<>();
        for (Product p : products) {
            String name = p.firm() == null ? p.name().strip() : p.firm().strip();
            if (firmNames.stream().noneMatch(f -> key(f).equals(key(name)))) {
                firmNames.add(name);
            }
        }
        Map<String, Map<String, Double>> byName;
        try {
            Market market = Market.of(firmNames.stream()
                    .map(f -> new FirmShare(f, new BigDecimal("0.0001")))
                    .toList());
            List<Stake> stakes = r.stakes().stream()
                    .map(x -> new Stake(x.holder(), x.target(), x.financial(), x.control()))
                    .toList();
            byName = shares ? market.ownershipShares(stakes) : market.profitWeights(stakes);
        } catch (InvalidConcentrationInput e) {
            Map<String, String> problems = new LinkedHashMap<>();
            e.errors().forEach(x -> problems.putIfAbsent(x.field(), x.message()));
            throw new InvalidCommand(problems);
        }
        Map<String, Map<String, Double>> byKey = new LinkedHashMap<>();
        byName.forEach((from, row) -> {
            Map<String, Double> keyed = new LinkedHashMap<>();
            row.forEach((to, w) -> keyed.put(key(to), w));
            byKey.put(key(from), keyed);
        });
        return byKey;
    }

    private static double[][] matrix(List<List<BigDecimal>> rows, int n, String field) {
        if (rows.size() != n) {
            throw new InvalidCommand(Map.of(field, "a row for each of the " + n + " products"));
        }
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            List<BigDecimal> row = rows.get(i);
            if (row == null || row.size() != n) {
                throw new InvalidCommand(Map.of(field + "[" + i + "]", n + " profit weights"));
            }
            for (int j = 0; j < n; j++) {
                BigDecimal w = row.get(j);
                if (w == null
                        || w.signum() < 0
                        || w.compareTo(BigDecimal.ONE) > 0
                        || (i == j && w.compareTo(BigDecimal.ONE) != 0)) {
                    throw new InvalidCommand(
                            Map.of(field + "[" + i + "][" + j + "]", "a profit weight from 0 to 1, 1 on the diagonal"));
                }
                k[i][j] = w.doubleValue();
            }
        }
        return k;
    }

    private static double[][] diversion(Request r, List<Product> products, double[] q) {
        if (r.diversionPercent() == null) {
            double[][] d = BertrandSimulation.proportionalDiversion(q);
            if (r.aggregateDiversionPercent() != null) {
                double kept = fraction(r.aggregateDiversionPercent());
                for (double[] row : d) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] *= kept;
                    }
                }
            }
            return d;
        }
        int n = products.size();
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            Map<String, BigDecimal> row =
                    r.diversionPercent().get(products.get(i).name().strip());
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                BigDecimal value =
                        row == null ? null : row.get(products.get(j).name().strip());
                if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                    throw new InvalidCommand(Map.of(
                            "diversionPercent." + products.get(i).name().strip(),
                            "a diversion from 0 to 100 to each other product"));
                }
                d[i][j] = fraction(value);
            }
        }
        return d;
    }

    private static double[] insideShares(BertrandSimulation.Result result, boolean revenue, boolean before) {
        int n = result.products().size();
        double[] x = new double[n];
        double total = 0;
        for (BertrandSimulation.ProductResult p : result.products()) {
            double q = before ? p.quantityBefore() : p.quantityAfter();
            double value = revenue ? q * (before ? p.priceBefore() : p.priceAfter()) : q;
            x[p.index()] = value;
            total += value;
        }
        for (int i = 0; i < n; i++) {
            x[i] = 100 * x[i] / total;
        }
        return x;
    }

    /** Sum over j, k of s_j s_k kappa_jk: the HHI of firms for whole ownership, the modified HHI with stakes. */
    private static double hhi(double[] shares, double[][] k) {
        double hhi = 0;
        for (int j = 0; j < shares.length; j++) {
            for (int l = 0; l < shares.length; l++) {
                hhi += shares[j] * shares[l] * k[j][l];
            }
        }
        return hhi;
    }

    private static double fraction(BigDecimal percent) {
        return percent.doubleValue() / 100;
    }

    static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
