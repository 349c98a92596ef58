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
import java.util.Map;

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
        List<Table> tables,
        List<Spread> spreads) {

    /** One input or figure: label, value in words, and for figures the formula, the inputs used and the source. */
    public record Line(
            String id,
            String label,
            String value,
            String formula,
            String inputs,
            String source,
            boolean confidential) {}

    /** A table of figures shown beside the lines: its title, column headings and rows, each cell a number in words. */
    public record Table(String title, List<String> headings, List<List<String>> rows) {}

    /**
     * The distribution of a figure over the draws of a sensitivity run, for its plot: the share of draws in each of
     * equal bins between the least and the greatest value, and the 5th, 50th and 95th percentiles; {@code text} says
     * the same in words (the plot's text alternative).
     */
    public record Spread(
            String id,
            String title,
            double min,
            double max,
            List<Bin> bins,
            Marker p5,
            Marker p50,
            Marker p95,
            String text) {

        /** A bin: its left edge and width as fractions of the plot's width, and its height as a fraction of the tallest. */
        public record Bin(double left, double width, double height, String label) {}

        /** A percentile: where it lies, as a fraction of the width, and its value in words. */
        public record Marker(double at, String words) {}

        private static final int BINS = 20;

        /** The plot of {@code values}: twenty bins from the least to the greatest, and the percentiles of {@code d}. */
        static Spread of(String id, String title, double[] values, SimulationJson.Distribution d, String text) {
            double span = d.max() - d.min();
            int[] counts = new int[span > 0 ? BINS : 1];
            for (double v : values) {
                int bin = span > 0 ? (int) Math.min(BINS - 1, Math.floor((v - d.min()) / span * BINS)) : 0;
                counts[bin]++;
            }
            int tallest = java.util.Arrays.stream(counts).max().orElse(1);
            List<Bin> bins = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                double from = d.min() + span * i / counts.length;
                double to = d.min() + span * (i + 1) / counts.length;
                bins.add(new Bin(
                        (double) i / counts.length,
                        1.0 / counts.length,
                        (double) counts[i] / tallest,
                        percent(from) + " – " + percent(to) + ": " + counts[i]));
            }
            return new Spread(
                    id, title, d.min(), d.max(), bins, marker(d.p5(), d), marker(d.p50(), d), marker(d.p95(), d), text);
        }

        private static Marker marker(double value, SimulationJson.Distribution d) {
            double span = d.max() - d.min();
            return new Marker(span > 0 ? (value - d.min()) / span : 0.5, percent(value));
        }

        /** Where a fraction of the plot's width lies in the SVG's units: the plot runs from 40 to 600 of 640. */
        public static String x(double fraction) {
            return number(40 + 560 * fraction);
        }

        public String markerX(Marker marker) {
            return x(marker.at());
        }

        public String binX(Bin bin) {
            return x(bin.left());
        }

        public String binWidth(Bin bin) {
            return number(Math.max(1, 560 * bin.width() - 2));
        }

        /** A bin's height in the SVG's units (the tallest 120) and its top (the base line at 160). */
        public String binHeight(Bin bin) {
            return number(120 * bin.height());
        }

        public String binY(Bin bin) {
            return number(160 - 120 * bin.height());
        }

        public String lowest() {
            return percent(min);
        }

        public String highest() {
            return percent(max);
        }
    }

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

    // ---------------------------------------------------------------- merger simulation

    public static AnalysisFigures of(MergerSimulationAnalysis a, EconomicsMessages msg) {
        return of(a, msg, false, ShareBands.COMMISSION);
    }

    /**
     * A merger simulation: its inputs, the market's figures, a table of prices and shares before and after, and with
     * a sensitivity run the distribution of the merging products' price change. A non-confidential edition of a
     * simulation with any secret input gives its figures as bands and leaves out the table and the plot, whose detail
     * would give the inputs back.
     */
    public static AnalysisFigures of(
            MergerSimulationAnalysis a, EconomicsMessages msg, boolean redacted, ShareBands table) {
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
        SimulationJson.SensitivityRequest sensitivity = MergerSimulationInputs.sensitivityRequest(a);
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
            MergerSimulationInputs.SensitivityRun spread = MergerSimulationInputs.sensitivityRun(sensitivity);
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

    /** A percentage change: as computed, or in a non-confidential edition its band (or its sign, off the bands). */
    private static String change(double percent, boolean hide, Bands bands) {
        return hide ? signed(BigDecimal.valueOf(percent), bands) : percent(percent);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
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
