package eu.competitiondesk.economics;

import static eu.competitiondesk.economics.AnalysisFigures.input;
import static eu.competitiondesk.economics.AnalysisFigures.number;
import static eu.competitiondesk.economics.AnalysisFigures.percent;

import eu.competitiondesk.economics.AnalysisFigures.Bands;
import eu.competitiondesk.economics.AnalysisFigures.Line;
import eu.competitiondesk.economics.engine.CriticalLoss;
import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.export.ShareBands;
import java.util.ArrayList;
import java.util.List;

/** A critical loss analysis as its page and the report show it ({@link AnalysisFigures}). */
final class CriticalLossFigures {

    private CriticalLossFigures() {}

    /** The analysis as its page shows it to the case team: every input as given. */
    static AnalysisFigures of(MarketDefinitionAnalysis a, EconomicsMessages msg) {
        return of(a, msg, false, ShareBands.COMMISSION);
    }

    static AnalysisFigures of(MarketDefinitionAnalysis a, EconomicsMessages msg, boolean redacted, ShareBands table) {
        Bands bands = new Bands(table);
        boolean hideMargin = redacted && a.marginConfidential;
        boolean hideLoss = redacted && a.actualLossConfidential;
        boolean hideDiversion = redacted && a.aggregateDiversionConfidential;
        List<Line> inputs = new ArrayList<>();
        inputs.add(input(
                "price-rise",
                msg.field_price_rise(),
                a.priceRises().stream()
                        .map(AnalysisFigures::percent)
                        .reduce((x, y) -> x + ", " + y)
                        .orElse(""),
                false));
        inputs.add(input(
                "margin",
                msg.field_margin(),
                hideMargin ? bands.band(a.marginPercent.doubleValue()) : percent(a.marginPercent),
                a.marginConfidential));
        inputs.add(input(
                "actual-loss",
                msg.field_actual_loss(),
                a.actualLossPercent == null
                        ? msg.not_given()
                        : hideLoss ? bands.band(a.actualLossPercent.doubleValue()) : percent(a.actualLossPercent),
                a.actualLossConfidential));
        inputs.add(input(
                "aggregate-diversion",
                msg.field_aggregate_diversion(),
                a.aggregateDiversionPercent == null
                        ? msg.not_given()
                        : hideDiversion
                                ? bands.band(a.aggregateDiversionPercent.doubleValue())
                                : percent(a.aggregateDiversionPercent),
                a.aggregateDiversionConfidential));
        List<Line> figures = new ArrayList<>();
        List<String> conclusions = new ArrayList<>();
        String m = hideMargin ? "M" : a.marginPercent.stripTrailingZeros().toPlainString() + "%";
        for (CriticalLoss.Result r : a.results()) {
            String x = percent(r.priceRisePercent());
            String id =
                    r.priceRisePercent().stripTrailingZeros().toPlainString().replace('.', '-');
            double breakEven = r.breakEvenCriticalLossPercent().doubleValue();
            String breakEvenWords = hideMargin ? bands.band(breakEven) : percent(breakEven);
            figures.add(new Line(
                    "cl-" + id,
                    msg.cl_break_even(x),
                    breakEvenWords,
                    msg.cl_break_even_formula(),
                    x + " / (" + x + " + " + m + ")",
                    msg.cl_source(),
                    hideMargin));
            double pm = r.profitMaximisingCriticalLossPercent().doubleValue();
            figures.add(new Line(
                    "pm-" + id,
                    msg.cl_profit_maximising(x),
                    hideMargin ? bands.band(pm) : percent(pm),
                    msg.cl_profit_maximising_formula(),
                    x + " / (2 × " + x + " + " + m + ")",
                    msg.cl_source(),
                    hideMargin));
            figures.add(new Line(
                    "ce-" + id,
                    msg.cl_elasticity(x),
                    hideMargin ? Redaction.MARK : number(r.criticalElasticity().doubleValue()),
                    msg.cl_elasticity_formula(),
                    "1 / (" + x + " + " + m + ")",
                    msg.cl_source(),
                    hideMargin));
            if (r.priceRiseProfitable() != null) {
                String loss =
                        hideLoss ? bands.band(r.actualLossPercent().doubleValue()) : percent(r.actualLossPercent());
                conclusions.add(
                        r.priceRiseProfitable()
                                ? msg.cl_loss_below(x, loss, breakEvenWords)
                                : msg.cl_loss_not_below(x, loss, breakEvenWords));
            }
            if (r.diversionTestMet() != null) {
                String diversion = hideDiversion
                        ? bands.band(r.aggregateDiversionPercent().doubleValue())
                        : percent(r.aggregateDiversionPercent());
                conclusions.add(
                        r.diversionTestMet()
                                ? msg.cl_diversion_above(x, diversion, breakEvenWords)
                                : msg.cl_diversion_not_above(x, diversion, breakEvenWords));
            }
            if (r.priceRiseProfitable() == null && r.diversionTestMet() == null) {
                conclusions.add(msg.cl_nothing_to_compare(x));
            }
        }
        return new AnalysisFigures(
                a.name,
                msg.kind_definition(),
                a.source,
                a.illustrative,
                inputs,
                figures,
                conclusions,
                List.of(),
                List.of());
    }
}
