package eu.competitiondesk.economics;

import eu.competitiondesk.economics.engine.CriticalLoss;
import eu.competitiondesk.economics.engine.UnilateralEffects;
import eu.competitiondesk.economics.engine.VerticalEffects;
import eu.competitiondesk.export.ExportTable;
import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.export.ShareBands;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an analysis shows, for the page and for the report: its inputs, each figure with its formula, the inputs
 * filled in and its source, the conclusions in words and, for upward pricing pressure, the GUPPI sensitivity. Built
 * {@code redacted} for a non-confidential edition: a secret input becomes the band it lies in (percentages) or a
 * range (prices), and so does every figure computed from a secret, since a figure would give the secret away.
 */
public record AnalysisFigures(
        String name,
        String kind,
        String source,
        boolean illustrative,
        List<Line> inputs,
        List<Line> figures,
        List<String> conclusions,
        List<Sensitivity> sensitivity) {

    /** One input or figure: label, value in words, and for figures the formula, the inputs used and the source. */
    public record Line(
            String id,
            String label,
            String value,
            String formula,
            String inputs,
            String source,
            boolean confidential) {}

    /** GUPPI of {@code product} with its partner's margin moved: each row the step, the margin and the GUPPI. */
    public record Sensitivity(String title, String marginHeading, List<List<String>> rows) {}

    /** The analysis as a table to download: each input and figure as a typed cell, with its formula and source. */
    public ExportTable table() {
        ExportTable table =
                ExportTable.of("Analysis", List.of("Part", "Item", "Value", "Formula", "Inputs used", "Source"));
        inputs.forEach(l -> table.row("Input", l.label(), ExportTable.typed(l.value()), null, null, null));
        figures.forEach(
                l -> table.row("Figure", l.label(), ExportTable.typed(l.value()), l.formula(), l.inputs(), l.source()));
        conclusions.forEach(c -> table.row("Conclusion", c, null, null, null, null));
        return table.note("Analysis", name)
                .note("Kind", kind)
                .note("Source of the inputs", source)
                .note("Illustrative inputs", illustrative ? "Yes" : "No");
    }

    /** Secret percentages shown as the report's bands for shares, so both agree. */
    private record Bands(ShareBands table) {
        String band(double percent) {
            return table.band(percent);
        }

        String shown(double percent, boolean hide) {
            return hide ? band(percent) : percent(percent);
        }

        String share(BigDecimal percent, boolean hide) {
            return hide ? band(percent.doubleValue()) : percent(percent);
        }
    }

    /** A price of a non-confidential edition: between the power of ten below it and twice that, or the next. */
    static String range(double value) {
        if (!(value > 0)) {
            return Redaction.MARK;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        double low = value >= 5 * decade ? 5 * decade : value >= 2 * decade ? 2 * decade : decade;
        double high = low == decade ? 2 * decade : low == 2 * decade ? 5 * decade : 10 * decade;
        return "[" + number(low) + "-" + number(high) + "]";
    }

    static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    static String percent(double percent) {
        return number(percent) + "%";
    }

    static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    // ---------------------------------------------------------------- critical loss

    /** The analysis as its page shows it to the case team: every input as given. */
    public static AnalysisFigures of(MarketDefinitionAnalysis a, EconomicsMessages msg) {
        return of(a, msg, false, ShareBands.COMMISSION);
    }

    public static AnalysisFigures of(
            MarketDefinitionAnalysis a, EconomicsMessages msg, boolean redacted, ShareBands table) {
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
                a.name, msg.kind_definition(), a.source, a.illustrative, inputs, figures, conclusions, List.of());
    }

    // ---------------------------------------------------------------- upward pricing pressure

    /** The analysis as its page shows it to the case team: every input as given. */
    public static AnalysisFigures of(UnilateralEffectsAnalysis a, EconomicsMessages msg) {
        return of(a, msg, false, ShareBands.COMMISSION);
    }

    public static AnalysisFigures of(
            UnilateralEffectsAnalysis a, EconomicsMessages msg, boolean redacted, ShareBands table) {
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
        List<Sensitivity> sensitivity = new ArrayList<>();
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
                sensitivity.add(
                        new Sensitivity(msg.sensitivity_title(d.from(), d.to()), msg.sensitivity_margin(d.to()), rows));
            }
        }
        return new AnalysisFigures(
                a.name, msg.kind_effects(), a.source, a.illustrative, inputs, figures, conclusions, sensitivity);
    }

    // ---------------------------------------------------------------- vertical price pressure

    public static AnalysisFigures of(VerticalEffectsAnalysis a, EconomicsMessages msg) {
        return of(a, msg, false, ShareBands.COMMISSION);
    }

    public static AnalysisFigures of(
            VerticalEffectsAnalysis a, EconomicsMessages msg, boolean redacted, ShareBands table) {
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
                hide ? Redaction.MARK : null,
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
                a.name, msg.kind_vertical(), a.source, a.illustrative, inputs, figures, conclusions, List.of());
    }

    /** A figure of a non-confidential edition that may be below 0 or above 100: its sign, or its band. */
    private static String signed(BigDecimal percent, Bands bands) {
        if (percent.signum() < 0) {
            return "< 0%";
        }
        return percent.compareTo(BigDecimal.valueOf(100)) > 0 ? "> 100%" : bands.band(percent.doubleValue());
    }

    private static String price(BigDecimal price, boolean hide) {
        return hide ? range(price.doubleValue()) : number(price.doubleValue());
    }

    private static Line input(String id, String label, String value, boolean confidential) {
        return new Line(id, label, value, null, null, null, confidential);
    }
}
