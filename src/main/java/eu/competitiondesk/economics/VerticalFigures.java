package eu.competitiondesk.economics;

import static eu.competitiondesk.economics.AnalysisFigures.input;
import static eu.competitiondesk.economics.AnalysisFigures.number;
import static eu.competitiondesk.economics.AnalysisFigures.percent;
import static eu.competitiondesk.economics.AnalysisFigures.price;
import static eu.competitiondesk.economics.AnalysisFigures.signed;

import eu.competitiondesk.economics.AnalysisFigures.Bands;
import eu.competitiondesk.economics.AnalysisFigures.Line;
import eu.competitiondesk.economics.engine.VerticalEffects;
import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.export.ShareBands;
import java.util.ArrayList;
import java.util.List;

/** A vertical price pressure analysis as its page and the report show it ({@link AnalysisFigures}). */
final class VerticalFigures {

    private VerticalFigures() {}

    static AnalysisFigures of(VerticalEffectsAnalysis a, EconomicsMessages msg) {
        return of(a, msg, false, ShareBands.COMMISSION);
    }

    static AnalysisFigures of(VerticalEffectsAnalysis a, EconomicsMessages msg, boolean redacted, ShareBands table) {
        Bands bands = new Bands(table);
        boolean hide = redacted && a.anyConfidential();
        List<Line> inputs = new ArrayList<>();
        inputs.add(input(
                "input-cost",
                a.upstreamName + ": " + msg.field_input_cost(),
                price(a.inputCost, redacted && a.inputCostConfidential),
                a.inputCostConfidential));
        inputs.add(input(
                "downstream-price",
                a.downstreamName + ": " + msg.field_downstream_price(),
                price(a.downstreamPrice, redacted && a.downstreamPriceConfidential),
                a.downstreamPriceConfidential));
        inputs.add(input(
                "downstream-margin",
                a.downstreamName + ": " + msg.field_downstream_margin(),
                bands.share(a.downstreamMarginPercent, redacted && a.downstreamMarginConfidential),
                a.downstreamMarginConfidential));
        inputs.add(input(
                "internal-input-price",
                a.downstreamName + ": " + msg.field_internal_input_price(),
                a.internalInputPrice == null
                        ? msg.not_given()
                        : price(a.internalInputPrice, redacted && a.internalInputPriceConfidential),
                a.internalInputPriceConfidential));
        inputs.add(input(
                "rival-price",
                a.rivalName + ": " + msg.field_rival_price(),
                price(a.rivalPrice, redacted && a.rivalPriceConfidential),
                a.rivalPriceConfidential));
        inputs.add(input(
                "rival-input-price",
                a.rivalName + ": " + msg.field_rival_input_price(),
                price(a.rivalInputPrice, redacted && a.rivalInputPriceConfidential),
                a.rivalInputPriceConfidential));
        boolean hideDiversion = redacted && a.diversionConfidential;
        inputs.add(input(
                "diversion",
                msg.field_diversion_to_merging() + "; " + msg.field_diversion_from_merging(),
                bands.share(a.diversionToMergingPercent, hideDiversion) + "; "
                        + bands.share(a.diversionFromMergingPercent, hideDiversion)
                        + (a.diversionSource == null ? "" : " (" + a.diversionSource + ")"),
                a.diversionConfidential));
        inputs.add(input(
                "pass-through",
                a.rivalName + ": " + msg.field_pass_through(),
                a.passThroughPercent == null
                        ? msg.not_given()
                        : bands.share(a.passThroughPercent, redacted && a.passThroughConfidential),
                a.passThroughConfidential));

        boolean merger = a.supplierWeightPercent == null && a.downstreamWeightPercent == null;
        String kUD = percent(a.supplierWeight());
        String kDU = percent(a.downstreamWeight());
        inputs.add(input("weights", msg.vt_weights(), merger ? msg.vt_weights_merger() : kUD + ", " + kDU, false));

        VerticalEffects.Result result = a.result();
        VerticalEffects.RivalResult rival = result.rivals().get(0);
        String source = msg.vt_source();
        String guidelines = msg.vt_source_guidelines();
        String mD = percent(a.downstreamMarginPercent);
        String pD = number(a.downstreamPrice.doubleValue());
        String wR = number(a.rivalInputPrice.doubleValue());
        String cU = number(a.inputCost.doubleValue());
        List<Line> figures = new ArrayList<>();
        String upstream = bands.shown(rival.vguppiUpstreamPercent().doubleValue(), hide);
        figures.add(new Line(
                "vguppi-upstream",
                msg.vt_vguppi_upstream(a.rivalName),
                upstream,
                msg.vt_vguppi_upstream_formula(),
                hide
                        ? Redaction.MARK
                        : kUD + " × " + percent(a.diversionToMergingPercent) + " × " + mD + " × " + pD + " / " + wR,
                source,
                hide));
        if (rival.vguppiRivalPercent() != null) {
            figures.add(new Line(
                    "vguppi-rival",
                    msg.vt_vguppi_rival(a.rivalName),
                    bands.shown(rival.vguppiRivalPercent().doubleValue(), hide),
                    msg.vt_vguppi_rival_formula(),
                    hide
                            ? Redaction.MARK
                            : percent(a.passThroughPercent) + " × " + upstream + " × " + wR + " / "
                                    + number(a.rivalPrice.doubleValue()),
                    source,
                    hide));
        }
        String critical = rival.criticalDiversionPercent() == null
                ? msg.vt_no_margin()
                : hide
                        ? signed(rival.criticalDiversionPercent(), bands)
                        : percent(rival.criticalDiversionPercent().doubleValue());
        figures.add(new Line(
                "critical-diversion",
                msg.vt_critical_diversion(a.rivalName),
                critical,
                msg.vt_critical_diversion_formula(),
                hide ? Redaction.MARK : "(" + wR + " − " + cU + ") / (" + kUD + " × " + mD + " × " + pD + ")",
                guidelines,
                hide));
        figures.add(new Line(
                "vguppi-downstream",
                msg.vt_vguppi_downstream(a.downstreamName),
                hide
                        ? signed(result.vguppiDownstreamPercent(), bands)
                        : percent(result.vguppiDownstreamPercent().doubleValue()),
                msg.vt_vguppi_downstream_formula(),
                hide
                        ? Redaction.MARK
                        : kDU + " × " + percent(a.diversionFromMergingPercent) + " × (" + wR + " − " + cU + ") / " + pD,
                source,
                hide));
        if (a.internalInputPrice != null) {
            figures.add(new Line(
                    "edm",
                    msg.vt_edm(),
                    hide
                            ? signed(result.eliminationOfDoubleMarginalisationPercent(), bands)
                            : percent(result.eliminationOfDoubleMarginalisationPercent()
                                    .doubleValue()),
                    msg.vt_edm_formula(),
                    hide
                            ? Redaction.MARK
                            : kDU + " × (" + number(a.internalInputPrice.doubleValue()) + " − " + cU + ") / " + pD,
                    source,
                    hide));
        }
        String net = hide
                ? signed(result.netVguppiDownstreamPercent(), bands)
                : percent(result.netVguppiDownstreamPercent().doubleValue());
        figures.add(new Line(
                "net-downstream",
                msg.vt_net_downstream(),
                net,
                msg.vt_net_downstream_formula(),
                hide
                        ? Redaction.MARK
                        : percent(result.vguppiDownstreamPercent().doubleValue()) + " − "
                                + percent(result.eliminationOfDoubleMarginalisationPercent()
                                        .doubleValue()),
                source,
                hide));
        List<String> conclusions = new ArrayList<>();
        if (rival.criticalDiversionPercent() != null) {
            String diversion = bands.share(a.diversionToMergingPercent, hideDiversion);
            conclusions.add(
                    rival.foreclosureProfitable()
                            ? msg.vt_foreclosure_profitable(a.rivalName, diversion, critical)
                            : msg.vt_foreclosure_not_profitable(a.rivalName, diversion, critical));
        }
        conclusions.add(msg.vt_downstream_statement(a.downstreamName, net));
        conclusions.add(msg.vt_rival_only());
        return new AnalysisFigures(
                a.name,
                msg.kind_vertical(),
                a.source,
                a.illustrative,
                inputs,
                figures,
                conclusions,
                List.of(),
                List.of());
    }
}
