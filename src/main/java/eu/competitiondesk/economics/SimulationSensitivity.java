package eu.competitiondesk.economics;

import eu.competitiondesk.economics.SimulationJson.DemandSystem;
import eu.competitiondesk.economics.SimulationJson.Product;
import eu.competitiondesk.economics.SimulationJson.Request;
import eu.competitiondesk.economics.engine.BertrandSimulation;
import eu.competitiondesk.economics.engine.Sensitivity;
import eu.competitiondesk.platform.InvalidCommand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sensitivity run of a merger simulation: the uncertain inputs a request's ranges name, drawn with the engine's
 * {@link Sensitivity}, each draw simulated and checked as {@link MergerSimulationInputs} does a run, and the
 * distribution of the price effects over the draws that pass.
 */
final class SimulationSensitivity {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The most work one request may ask for, in draws times products squared: 10,000 draws of 100 products (about
     * three seconds on two cores), so that no request holds the machine for long.
     */
    static final long MAX_WORK = 10_000L * 100 * 100;

    private SimulationSensitivity() {}

    /**
     * A kept simulation's sensitivity run, or null without one: the margin range draws the calibrating margin (of
     * the product named for linear and log-linear demand), the elasticity range the own elasticity of PCAIDS or the
     * market elasticity of AIDS.
     */
    static SimulationJson.SensitivityRequest sensitivityRequest(MergerSimulationAnalysis a) {
        boolean quantities = a.demand == DemandSystem.LINEAR || a.demand == DemandSystem.LOGLINEAR;
        List<SimulationJson.Range> ranges = new ArrayList<>();
        if (a.marginLow != null) {
            ranges.add(new SimulationJson.Range(
                    quantities ? "products." + a.calibrationProduct + ".marginPercent" : "calibration.marginPercent",
                    a.marginLow,
                    a.marginHigh));
        }
        if (a.elasticityLow != null) {
            ranges.add(new SimulationJson.Range(
                    a.demand == DemandSystem.PCAIDS ? "calibration.ownElasticity" : "marketElasticity",
                    a.elasticityLow,
                    a.elasticityHigh));
        }
        return ranges.isEmpty()
                ? null
                : new SimulationJson.SensitivityRequest(MergerSimulationInputs.request(a), ranges, a.draws, a.seed);
    }

    /**
     * The simulation run again for each draw of the uncertain inputs: every draw replaces the inputs its ranges name
     * and is simulated and checked as a run of its own. A draw whose run fails a check adds nothing to the
     * distributions and is counted by the check it failed. Draws are made in order from the seed before any run, so
     * the runs may go in parallel and still give the same figures.
     */
    static SimulationJson.SensitivityResponse sensitivity(SimulationJson.SensitivityRequest request) {
        return sensitivityRun(request).response();
    }

    /** A draw's run as the answer needs it: the checks it failed (none: it counts), its price changes in percent. */
    private record Outcome(List<String> failed, double industryChange, double partyChange, double[] productChanges) {
        static Outcome of(SimulationJson.Response run) {
            if (!run.valid()) {
                return new Outcome(
                        run.checks().stream()
                                .filter(c -> !c.holds())
                                .map(SimulationJson.CheckJson::name)
                                .toList(),
                        0,
                        0,
                        null);
            }
            return new Outcome(
                    List.of(),
                    run.market().industryPriceChangePercent(),
                    run.market().mergingPartyPriceChangePercent(),
                    run.products().stream()
                            .mapToDouble(SimulationJson.ProductResult::priceChangePercent)
                            .toArray());
        }
    }

    /** A sensitivity run's answer and the merging products' price change of each draw that passed every check. */
    record SensitivityRun(SimulationJson.SensitivityResponse response, double[] partyPriceChanges) {}

    static SensitivityRun sensitivityRun(SimulationJson.SensitivityRequest request) {
        Request point = request.simulation();
        MergerSimulationInputs.Simulated pointSimulated;
        try {
            pointSimulated = MergerSimulationInputs.simulated(point, false, null);
        } catch (InvalidCommand e) {
            Map<String, String> problems = new LinkedHashMap<>();
            e.order.forEach(field -> problems.put("simulation." + field, e.errors.get(field)));
            throw new InvalidCommand(problems);
        }
        SimulationJson.Response pointRun = pointSimulated.response();
        List<SimulationJson.Range> given = request.ranges();
        List<Sensitivity.Range> ranges = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            SimulationJson.Range range = given.get(i);
            Target target = target(point, range.input());
            String problem = target == null ? "not an input of this simulation" : rangeProblem(point, target, range);
            if (problem != null) {
                problems.put("ranges[" + i + "]" + (target == null ? ".input" : ""), problem);
            } else {
                targets.add(target);
                ranges.add(new Sensitivity.Range(
                        range.low().doubleValue(), range.high().doubleValue()));
            }
        }
        int count = request.draws() == null ? 1000 : request.draws();
        long products = point.products().size();
        if (count * products * products > MAX_WORK) {
            problems.put(
                    "draws",
                    "at most " + MAX_WORK / (products * products) + " draws of " + products
                            + " products: a draw's work grows with the square of the products at least");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommand(problems);
        }
        long seed = request.seed() == null ? 1 : request.seed();
        double[][] draws = Sensitivity.draws(ranges, count, seed);
        // Each draw is kept as the few figures the answer needs, not as its whole run: 10,000 runs of 100 products
        // would hold a million product results at once.
        Outcome[] outcomes = java.util.stream.IntStream.range(0, count)
                .parallel()
                .mapToObj(d -> Outcome.of(drawn(point, targets, draws[d], pointSimulated.end())))
                .toArray(Outcome[]::new);
        Map<String, Integer> failed = new java.util.TreeMap<>();
        List<Outcome> valid = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.failed().isEmpty()) {
                valid.add(outcome);
            } else {
                outcome.failed().forEach(check -> failed.merge(check, 1, Integer::sum));
            }
        }
        List<SimulationJson.ProductDistribution> byProduct = new ArrayList<>();
        for (int i = 0; i < point.products().size(); i++) {
            int product = i;
            byProduct.add(new SimulationJson.ProductDistribution(
                    point.products().get(i).name().strip(),
                    distribution(valid.stream()
                            .mapToDouble(outcome -> outcome.productChanges()[product])
                            .toArray())));
        }
        double[] partyChanges = valid.stream().mapToDouble(Outcome::partyChange).toArray();
        double[] industryChanges =
                valid.stream().mapToDouble(Outcome::industryChange).toArray();
        return new SensitivityRun(
                new SimulationJson.SensitivityResponse(
                        count,
                        seed,
                        valid.size(),
                        failed,
                        pointRun.valid() ? pointRun.market().industryPriceChangePercent() : null,
                        pointRun.valid() ? pointRun.market().mergingPartyPriceChangePercent() : null,
                        distribution(industryChanges),
                        distribution(partyChanges),
                        byProduct),
                partyChanges);
    }

    private static SimulationJson.Distribution distribution(double[] values) {
        Sensitivity.Distribution d = Sensitivity.distribution(values);
        return d == null
                ? null
                : new SimulationJson.Distribution(d.p5(), d.p50(), d.p95(), d.count(), d.min(), d.max());
    }

    /** What a range draws: the kind of input and, for a product's margin or a diversion, the products. */
    private record Target(Kind kind, Integer product, Integer to) {}

    private enum Kind {
        CALIBRATION_MARGIN,
        OWN_ELASTICITY,
        MARKET_ELASTICITY,
        PRODUCT_MARGIN,
        DIVERSION
    }

    /** The input a range's path names, or null where it names none of this request's inputs. */
    private static Target target(Request r, String input) {
        String path = input.strip();
        switch (path) {
            case "calibration.marginPercent" -> {
                return new Target(Kind.CALIBRATION_MARGIN, null, null);
            }
            case "calibration.ownElasticity" -> {
                return new Target(Kind.OWN_ELASTICITY, null, null);
            }
            case "marketElasticity" -> {
                return new Target(Kind.MARKET_ELASTICITY, null, null);
            }
            default -> {
                if (path.startsWith("products.") && path.endsWith(".marginPercent")) {
                    Integer product = productIndex(
                            r, path.substring("products.".length(), path.length() - ".marginPercent".length()));
                    return product == null ? null : new Target(Kind.PRODUCT_MARGIN, product, null);
                }
                if (path.startsWith("diversionPercent.")) {
                    // Names may hold dots: the split that gives two products of the request is the one meant.
                    String pair = path.substring("diversionPercent.".length());
                    for (int dot = pair.indexOf('.'); dot > 0; dot = pair.indexOf('.', dot + 1)) {
                        Integer from = productIndex(r, pair.substring(0, dot));
                        Integer to = productIndex(r, pair.substring(dot + 1));
                        if (from != null && to != null) {
                            return new Target(Kind.DIVERSION, from, to);
                        }
                    }
                }
                return null;
            }
        }
    }

    /** Why a range cannot be drawn for this simulation, or null when it can. */
    private static String rangeProblem(Request r, Target target, SimulationJson.Range range) {
        DemandSystem demand = r.demand();
        boolean perProduct = demand == DemandSystem.LINEAR || demand == DemandSystem.LOGLINEAR;
        BigDecimal low = range.low();
        BigDecimal high = range.high();
        if (low.compareTo(high) > 0) {
            return "low above high";
        }
        return switch (target.kind()) {
            case CALIBRATION_MARGIN ->
                demand == DemandSystem.PCAIDS || perProduct
                        ? "an input of LOGIT, CES and AIDS; LINEAR and LOGLINEAR take products.<name>.marginPercent"
                        : low.signum() <= 0 || high.compareTo(HUNDRED) >= 0 ? "margins above 0 and below 100" : null;
            case PRODUCT_MARGIN ->
                !perProduct
                        ? "an input of LINEAR and LOGLINEAR"
                        : low.signum() <= 0 || high.compareTo(HUNDRED) >= 0 ? "margins above 0 and below 100" : null;
            case OWN_ELASTICITY ->
                demand != DemandSystem.PCAIDS
                        ? "an input of PCAIDS only"
                        : high.compareTo(BigDecimal.ONE.negate()) >= 0 ? "elasticities below -1" : null;
            case MARKET_ELASTICITY ->
                demand != DemandSystem.AIDS && demand != DemandSystem.PCAIDS
                        ? "an input of AIDS and PCAIDS only"
                        : high.signum() >= 0 ? "elasticities below 0" : null;
            case DIVERSION ->
                !perProduct || r.diversionPercent() == null
                        ? "an input of LINEAR and LOGLINEAR with diversions given"
                        : target.product().equals(target.to())
                                ? "two different products: the one diverted from and the one diverted to"
                                : low.signum() < 0 || high.compareTo(HUNDRED) > 0 ? "diversions from 0 to 100" : null;
        };
    }

    private static Integer productIndex(Request r, String name) {
        for (int i = 0; i < r.products().size(); i++) {
            if (MergerSimulationInputs.key(r.products().get(i).name()).equals(MergerSimulationInputs.key(name))) {
                return i;
            }
        }
        return null;
    }

    /** The simulation with one draw's values in place of the inputs the ranges name; a refused draw fails. */
    private static SimulationJson.Response drawn(
            Request r, List<Target> targets, double[] values, BertrandSimulation.Start start) {
        List<Product> products = new ArrayList<>(r.products());
        SimulationJson.Calibration calibration = r.calibration();
        BigDecimal marketElasticity = r.marketElasticity();
        Map<String, Map<String, BigDecimal>> diversion = null;
        for (int k = 0; k < targets.size(); k++) {
            Target target = targets.get(k);
            BigDecimal value = BigDecimal.valueOf(values[k]);
            switch (target.kind()) {
                case CALIBRATION_MARGIN ->
                    calibration =
                            new SimulationJson.Calibration(calibration.product(), value, calibration.ownElasticity());
                case PRODUCT_MARGIN -> {
                    Product p = products.get(target.product());
                    products.set(
                            target.product(),
                            new Product(p.name(), p.firm(), p.price(), p.sharePercent(), p.quantity(), value));
                }
                case OWN_ELASTICITY ->
                    calibration =
                            new SimulationJson.Calibration(calibration.product(), calibration.marginPercent(), value);
                case MARKET_ELASTICITY -> marketElasticity = value;
                case DIVERSION -> {
                    if (diversion == null) {
                        diversion = new LinkedHashMap<>();
                        for (Map.Entry<String, Map<String, BigDecimal>> row :
                                r.diversionPercent().entrySet()) {
                            diversion.put(row.getKey(), new LinkedHashMap<>(row.getValue()));
                        }
                    }
                    String from = products.get(target.product()).name().strip();
                    String to = products.get(target.to()).name().strip();
                    diversion.computeIfAbsent(from, x -> new LinkedHashMap<>()).put(to, value);
                }
            }
        }
        Request draw = new Request(
                r.demand(),
                products,
                r.outsideSharePercent(),
                calibration,
                marketElasticity,
                diversion == null ? r.diversionPercent() : diversion,
                r.aggregateDiversionPercent(),
                r.merging(),
                r.stakes(),
                r.ownershipPost(),
                r.ownershipPre(),
                r.marketSize(),
                r.marginalCostChangePercent());
        try {
            return MergerSimulationInputs.simulated(draw, false, start).response();
        } catch (InvalidCommand | IllegalArgumentException e) {
            return new SimulationJson.Response(
                    r.demand(),
                    false,
                    List.of(new SimulationJson.CheckJson("INPUTS_VALID", false, 0)),
                    Map.of(),
                    null,
                    null,
                    false,
                    Double.NaN,
                    null);
        }
    }
}
