package eu.competitiondesk.economics;

import static eu.competitiondesk.economics.AnalysisFigures.change;
import static eu.competitiondesk.economics.AnalysisFigures.input;
import static eu.competitiondesk.economics.AnalysisFigures.number;
import static eu.competitiondesk.economics.AnalysisFigures.percent;
import static eu.competitiondesk.economics.AnalysisFigures.plain;
import static eu.competitiondesk.economics.AnalysisFigures.price;
import static eu.competitiondesk.economics.AnalysisFigures.range;

import eu.competitiondesk.economics.AnalysisFigures.Bands;
import eu.competitiondesk.economics.AnalysisFigures.Line;
import eu.competitiondesk.economics.AnalysisFigures.Spread;
import eu.competitiondesk.economics.AnalysisFigures.Table;
import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.export.ShareBands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A merger simulation as its page and the report show it, with the distribution of its sensitivity run. */
final class SimulationFigures {

    private SimulationFigures() {}

    static AnalysisFigures of(MergerSimulationAnalysis a, EconomicsMessages msg) {
        return of(a, msg, false, ShareBands.COMMISSION);
    }

    /**
     * A merger simulation: its inputs, the market's figures, a table of prices and shares before and after, and with
     * a sensitivity run the distribution of the merging products' price change. A non-confidential edition of a
     * simulation with any secret input gives its figures as bands and leaves out the table and the plot, whose detail
     * would give the inputs back.
     */
    static AnalysisFigures of(MergerSimulationAnalysis a, EconomicsMessages msg, boolean redacted, ShareBands table) {
        Bands bands = new Bands(table);
        boolean hide = redacted && a.anyConfidential();
        boolean hidePrices = redacted && a.pricesConfidential;
        boolean hideShares = redacted && a.sharesConfidential;
        boolean hideMargins = redacted && a.marginsConfidential;
        boolean hideElasticities = redacted && a.elasticitiesConfidential;
        List<Line> inputs = new ArrayList<>();
        inputs.add(input("demand", msg.sim_input_demand(), msg.demand(a.demand), false));
        for (int i = 0; i < a.products.size(); i++) {
            MergerSimulationAnalysis.Product p = a.products.get(i);
            List<String> parts = new ArrayList<>();
            if (p.price() != null) {
                parts.add(msg.sim_price(price(p.price(), hidePrices)));
            }
            if (p.sharePercent() != null) {
                parts.add(msg.sim_share(bands.share(p.sharePercent(), hideShares)));
            }
            if (p.quantity() != null) {
                parts.add(msg.sim_quantity(
                        hideShares
                                ? range(p.quantity().doubleValue())
                                : number(p.quantity().doubleValue())));
            }
            if (p.marginPercent() != null) {
                parts.add(msg.sim_margin(bands.share(p.marginPercent(), hideMargins)));
            }
            inputs.add(input(
                    "product-" + (i + 1),
                    p.firm() == null ? msg.sim_input_product(p.name()) : msg.sim_input_product_firm(p.name(), p.firm()),
                    String.join(", ", parts),
                    a.pricesConfidential || a.sharesConfidential || a.marginsConfidential));
        }
        if (a.outsideSharePercent != null) {
            inputs.add(input(
                    "outside-share",
                    msg.sim_input_outside(),
                    bands.share(a.outsideSharePercent, hideShares),
                    a.sharesConfidential));
        }
        if (a.calibrationMarginPercent != null) {
            inputs.add(input(
                    "calibration",
                    msg.sim_input_calibration(),
                    msg.sim_input_calibration_margin(
                            a.calibrationProduct, bands.share(a.calibrationMarginPercent, hideMargins)),
                    a.marginsConfidential));
        }
        if (a.ownElasticity != null) {
            inputs.add(input(
                    "calibration",
                    msg.sim_input_calibration(),
                    msg.sim_input_calibration_elasticity(
                            a.calibrationProduct, hideElasticities ? Redaction.MARK : plain(a.ownElasticity)),
                    a.elasticitiesConfidential));
        }
        if (a.marketElasticity != null) {
            inputs.add(input(
                    "market-elasticity",
                    msg.sim_input_market_elasticity(),
                    hideElasticities ? Redaction.MARK : plain(a.marketElasticity),
                    a.elasticitiesConfidential));
        }
        if (a.aggregateDiversionPercent != null) {
            inputs.add(input(
                    "aggregate-diversion",
                    msg.sim_input_aggregate_diversion(),
                    percent(a.aggregateDiversionPercent),
                    false));
        }
        inputs.add(input("merging", msg.sim_input_merging(), String.join(", ", a.merging), false));
        if (a.marginLow != null) {
            inputs.add(input(
                    "range-margin",
                    msg.sim_input_range_margin(),
                    msg.sim_range(percent(a.marginLow), percent(a.marginHigh)),
                    false));
        }
        if (a.elasticityLow != null) {
            inputs.add(input(
                    "range-elasticity",
                    msg.sim_input_range_elasticity(),
                    msg.sim_range(plain(a.elasticityLow), plain(a.elasticityHigh)),
                    false));
        }
        SimulationJson.SensitivityRequest sensitivity = SimulationSensitivity.sensitivityRequest(a);
        if (sensitivity != null) {
            inputs.add(input(
                    "draws",
                    msg.sim_input_draws(),
                    msg.sim_draws_seed(
                            Integer.toString(sensitivity.draws() == null ? 1000 : sensitivity.draws()),
                            Long.toString(sensitivity.seed() == null ? 1 : sensitivity.seed())),
                    false));
        }

        List<Line> figures = new ArrayList<>();
        List<String> conclusions = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<Spread> spreads = new ArrayList<>();
        SimulationJson.Response run;
        try {
            run = MergerSimulationInputs.run(MergerSimulationInputs.request(a));
        } catch (eu.competitiondesk.platform.InvalidCommand e) {
            conclusions.add(msg.sim_refused(e.order.stream()
                    .map(field -> e.errors.get(field))
                    .reduce((x, y) -> x + "; " + y)
                    .orElse("")));
            return new AnalysisFigures(
                    a.name,
                    msg.kind_simulation(),
                    a.source,
                    a.illustrative,
                    inputs,
                    figures,
                    conclusions,
                    tables,
                    spreads);
        }
        if (!run.valid()) {
            run.checks().stream()
                    .filter(c -> !c.holds())
                    .forEach(c -> conclusions.add(
                            msg.sim_check_failed(msg.check(SimulationCheck.valueOf(c.name())), number(c.value()))));
            return new AnalysisFigures(
                    a.name,
                    msg.kind_simulation(),
                    a.source,
                    a.illustrative,
                    inputs,
                    figures,
                    conclusions,
                    tables,
                    spreads);
        }
        String source = msg.sim_source();
        String used =
                hide ? Redaction.MARK : msg.sim_inputs_used(msg.demand(a.demand), Integer.toString(a.products.size()));
        SimulationJson.MarketResult m = run.market();
        String industry = change(m.industryPriceChangePercent(), hide, bands);
        String party = change(m.mergingPartyPriceChangePercent(), hide, bands);
        figures.add(new Line(
                "industry-price",
                msg.sim_industry_price(),
                industry,
                msg.sim_industry_price_formula(),
                used,
                source,
                hide));
        figures.add(new Line(
                "party-price", msg.sim_party_price(), party, msg.sim_party_price_formula(), used, source, hide));
        figures.add(new Line(
                "hhi",
                msg.sim_hhi(),
                hide
                        ? Redaction.MARK
                        : number(m.hhiBefore()) + " → " + number(m.hhiAfter()) + " (+" + number(m.hhiChange()) + ")",
                msg.sim_hhi_formula(),
                used,
                source,
                hide));
        for (Map.Entry<String, Double> cmcr : m.cmcrPercent().entrySet()) {
            figures.add(new Line(
                    "cmcr-" + (figures.size() + 1),
                    msg.sim_cmcr(cmcr.getKey()),
                    change(cmcr.getValue(), hide, bands),
                    msg.sim_cmcr_formula(),
                    used,
                    source,
                    hide));
        }
        if (m.consumerHarm() != null) {
            figures.add(new Line(
                    "consumer-harm",
                    msg.sim_consumer_harm(),
                    hide ? Redaction.MARK : number(m.consumerHarm()),
                    msg.sim_consumer_harm_formula(),
                    used,
                    source,
                    hide));
        }
        figures.add(new Line(
                "producer-benefit",
                msg.sim_producer_benefit(),
                hide ? Redaction.MARK : number(m.producerBenefit()),
                msg.sim_producer_benefit_formula(),
                used,
                source,
                hide));
        conclusions.add(msg.sim_statement(party, industry));
        conclusions.add(msg.sim_checks_hold());
        if (!hide) {
            tables.add(new Table(
                    msg.sim_products_title(),
                    List.of(
                            msg.sim_col_product(),
                            msg.sim_col_price_before(),
                            msg.sim_col_price_after(),
                            msg.sim_col_price_change(),
                            msg.sim_col_share_before(),
                            msg.sim_col_share_after()),
                    run.products().stream()
                            .map(p -> List.of(
                                    p.name(),
                                    number(p.priceBefore()),
                                    number(p.priceAfter()),
                                    percent(p.priceChangePercent()),
                                    percent(p.shareBeforePercent()),
                                    percent(p.shareAfterPercent())))
                            .toList()));
        }
        if (sensitivity != null) {
            SimulationSensitivity.SensitivityRun spread = SimulationSensitivity.sensitivityRun(sensitivity);
            SimulationJson.Distribution d = spread.response().mergingPartyPriceChangePercent();
            if (d == null) {
                conclusions.add(msg.sim_spread_none());
            } else {
                conclusions.add(msg.sim_spread_summary(
                        change(d.p50(), hide, bands), change(d.p5(), hide, bands), change(d.p95(), hide, bands)));
                if (!hide) {
                    spreads.add(Spread.of(
                            "spread-party-price",
                            msg.sim_spread_title(
                                    Integer.toString(spread.response().draws())),
                            spread.partyPriceChanges(),
                            d,
                            msg.sim_spread_text(
                                    Integer.toString(d.count()),
                                    Integer.toString(spread.response().draws()),
                                    percent(d.min()),
                                    percent(d.max()),
                                    percent(d.p5()),
                                    percent(d.p50()),
                                    percent(d.p95()))));
                }
            }
            if (!spread.response().failedChecks().isEmpty()) {
                conclusions.add(msg.sim_spread_failed(spread.response().failedChecks().entrySet().stream()
                        .map(e -> msg.check(SimulationCheck.valueOf(e.getKey())) + " (" + e.getValue() + ")")
                        .reduce((x, y) -> x + ", " + y)
                        .orElse("")));
            }
        }
        return new AnalysisFigures(
                a.name, msg.kind_simulation(), a.source, a.illustrative, inputs, figures, conclusions, tables, spreads);
    }
}
