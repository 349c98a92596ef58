package eu.competitiondesk.economics;

import static eu.competitiondesk.economics.AnalysisFigures.input;
import static eu.competitiondesk.economics.AnalysisFigures.number;
import static eu.competitiondesk.economics.AnalysisFigures.percent;
import static eu.competitiondesk.economics.AnalysisFigures.price;
import static eu.competitiondesk.economics.AnalysisFigures.range;

import eu.competitiondesk.economics.AnalysisFigures.Bands;
import eu.competitiondesk.economics.AnalysisFigures.Line;
import eu.competitiondesk.economics.AnalysisFigures.Table;
import eu.competitiondesk.economics.engine.UnilateralEffects;
import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.export.ShareBands;
import java.util.ArrayList;
import java.util.List;

/** An upward pricing pressure analysis as its page and the report show it, with its GUPPI sensitivity table. */
final class PricingPressureFigures {

    private PricingPressureFigures() {}

    /** The analysis as its page shows it to the case team: every input as given. */
    static AnalysisFigures of(UnilateralEffectsAnalysis a, EconomicsMessages msg) {
        return of(a, msg, false, ShareBands.COMMISSION);
    }

    static AnalysisFigures of(UnilateralEffectsAnalysis a, EconomicsMessages msg, boolean redacted, ShareBands table) {
        Bands bands = new Bands(table);
        boolean hide = redacted && a.anyConfidential();
        List<Line> inputs = new ArrayList<>();
        for (UnilateralEffectsAnalysis.Side side : List.of(a.a(), a.b())) {
            inputs.add(input(
                    side.key() + "-price",
                    side.name() + ": " + msg.field_price(),
                    price(side.price(), redacted && side.priceConfidential()),
                    side.priceConfidential()));
            inputs.add(input(
                    side.key() + "-margin",
                    side.name() + ": " + msg.field_product_margin(),
                    bands.share(side.marginPercent(), redacted && side.marginConfidential()),
                    side.marginConfidential()));
            inputs.add(input(
                    side.key() + "-share",
                    side.name() + ": " + msg.field_share(),
                    bands.share(side.sharePercent(), redacted && side.shareConfidential()),
                    side.shareConfidential()));
        }
        boolean hideDiversion = redacted && a.diversionConfidential;
        inputs.add(input(
                "diversion",
                msg.field_diversion(),
                a.diversionAbPercent == null
                        ? msg.ue_basis_shares()
                        : bands.share(a.diversionAbPercent, hideDiversion) + ", "
                                + bands.share(a.diversionBaPercent, hideDiversion)
                                + (a.diversionSource == null ? "" : " (" + a.diversionSource + ")"),
                a.diversionConfidential));
        inputs.add(input(
                "efficiency",
                msg.field_efficiency(),
                a.efficiencyPercent == null
                        ? msg.not_given()
                        : bands.share(a.efficiencyPercent, redacted && a.efficiencyConfidential),
                a.efficiencyConfidential));

        UnilateralEffects.Result r = a.result();
        String diversionSource = r.diversionFromShares()
                ? msg.ue_source_diversion_shares()
                : msg.ue_source_diversion_given(a.diversionSource == null ? msg.not_given() : a.diversionSource);
        List<Line> figures = new ArrayList<>();
        List<String> conclusions = new ArrayList<>();
        List<Table> sensitivity = new ArrayList<>();
        for (UnilateralEffects.Direction d : List.of(r.a(), r.b())) {
            boolean first = d.from().equals(a.aName);
            UnilateralEffectsAnalysis.Side own = first ? a.a() : a.b();
            UnilateralEffectsAnalysis.Side partner = first ? a.b() : a.a();
            String key = own.key();
            String dWords = bands.shown(100 * d.diversion(), hide);
            figures.add(new Line(
                    key + "-diversion",
                    msg.ue_diversion(d.from(), d.to()),
                    dWords,
                    r.diversionFromShares() ? msg.ue_diversion_shares_formula() : msg.ue_diversion_given_formula(),
                    hide ? Redaction.MARK : dWords,
                    diversionSource,
                    hide));
            String upp = hide ? range(Math.abs(d.upp())) : number(d.upp());
            figures.add(new Line(
                    key + "-upp",
                    msg.ue_upp(d.from()),
                    upp,
                    msg.ue_upp_formula(),
                    hide
                            ? Redaction.MARK
                            : dWords + " × (" + number(partner.price().doubleValue()) + " − " + number(partner.cost())
                                    + ") − " + percent(100 * r.efficiency()) + " × " + number(own.cost()),
                    msg.ue_source_upp(),
                    hide));
            String guppi = bands.shown(100 * d.guppi(), hide);
            figures.add(new Line(
                    key + "-guppi",
                    msg.ue_guppi(d.from()),
                    guppi,
                    msg.ue_guppi_formula(),
                    hide
                            ? Redaction.MARK
                            : dWords + " × " + percent(partner.marginPercent().doubleValue()) + " × "
                                    + number(partner.price().doubleValue()) + " / "
                                    + number(own.price().doubleValue()),
                    msg.ue_source_guppi(),
                    hide));
            figures.add(new Line(
                    key + "-cmcr",
                    msg.ue_cmcr(d.from()),
                    bands.shown(100 * d.cmcr(), hide),
                    msg.ue_cmcr_formula(),
                    hide ? Redaction.MARK : "M " + percent(own.marginPercent().doubleValue()) + ", D " + dWords,
                    msg.ue_source_cmcr(),
                    hide));
            figures.add(new Line(
                    key + "-linear",
                    msg.ue_linear(d.from()),
                    bands.shown(100 * d.linearPriceRise(), hide),
                    msg.ue_linear_formula(),
                    hide ? Redaction.MARK : "M " + percent(own.marginPercent().doubleValue()) + ", D " + dWords,
                    msg.ue_source_rise(),
                    hide));
            figures.add(new Line(
                    key + "-isoelastic",
                    msg.ue_isoelastic(d.from()),
                    d.isoelasticPriceRise() == null
                            ? msg.no_finite_value()
                            : bands.shown(100 * d.isoelasticPriceRise(), hide),
                    msg.ue_isoelastic_formula(),
                    hide ? Redaction.MARK : "M " + percent(own.marginPercent().doubleValue()) + ", D " + dWords,
                    msg.ue_source_rise(),
                    hide));
            conclusions.add(msg.ue_statement(d.from(), upp, guppi));
            if (!hide) {
                List<List<String>> rows = d.guppiSensitivity().stream()
                        .map(row -> List.of(
                                (row.marginStep() > 0 ? "+" : "") + row.marginStep(),
                                percent(100 * row.partnerMargin()),
                                percent(100 * row.guppi())))
                        .toList();
                sensitivity.add(new Table(
                        msg.sensitivity_title(d.from(), d.to()),
                        List.of(msg.sensitivity_step(), msg.sensitivity_margin(d.to()), msg.sensitivity_guppi()),
                        rows));
            }
        }
        return new AnalysisFigures(
                a.name,
                msg.kind_effects(),
                a.source,
                a.illustrative,
                inputs,
                figures,
                conclusions,
                sensitivity,
                List.of());
    }
}
