package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Analysis;
import eu.competitiondesk.concentration.engine.Figures;
import eu.competitiondesk.concentration.engine.FirmShare;
import eu.competitiondesk.export.Redaction;
import eu.competitiondesk.export.ShareBands;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the market page and the report show for one dataset: each figure with its formula, inputs, source and guideline
 * reference, the shares, and the bar chart of the shares (the same numbers as the table beside it). Built once for
 * both; for a non-confidential edition of a secret dataset every figure and input is redacted, each share becomes its
 * band and the chart is left out.
 */
public record MarketFigures(
        String datasetLabel,
        String source,
        boolean redacted,
        List<Figure> figures,
        List<ShareLine> shares,
        BigDecimal othersShare,
        List<Bar> bars,
        int chartHeight,
        String chartText) {

    /** One computed number and how it was computed. */
    public record Figure(
            String id, String label, String value, String formula, String inputs, String source, String reference) {}

    /** A firm's share as the edition shows it. */
    public record ShareLine(String firm, String share) {}

    /** One bar of the chart: y position and width in SVG units; the label column is 180 units wide. */
    public record Bar(String label, BigDecimal share, boolean others, int y, double width) {
        public int textY() {
            return y + 18;
        }

        public int barY() {
            return y + 4;
        }

        public double valueX() {
            return Math.round((width + 186) * 10) / 10.0;
        }

        public double barWidth() {
            return Math.round(width * 10) / 10.0;
        }
    }

    static final int INPUTS_SHOWN = 20;
    static final int BAR_HEIGHT = 28;
    static final double BAR_AREA = 380;

    public static MarketFigures of(
            MarketRecord.DatasetRecord dataset,
            BigDecimal othersMaxShare,
            MarketMessages msg,
            Redaction.Policy policy) {
        Analysis a = Analysis.of(dataset.firmShares(), othersMaxShare, null, null);
        boolean hide = policy.hides(dataset.confidential());
        String source = dataset.label() + (dataset.scope() == null ? "" : " (" + dataset.scope() + ")");
        List<FirmShare> firms = a.market().largestFirst();
        List<Figure> figures = new ArrayList<>();
        figures.add(figure(
                hide ? ShareBands.hhiZone(a.hhi()) : null,
                "hhi",
                msg.figure_hhi(),
                Figures.format(a.hhi()),
                msg.figure_hhi_formula(),
                join(firms, s -> Figures.format(s.share()) + "²", " + "),
                source,
                msg.figure_hhi_reference()));
        String upperInputs = othersMaxShare == null
                ? msg.figure_upper_inputs_one_firm(Figures.format(a.othersShare()))
                : msg.figure_upper_inputs_capped(Figures.format(a.othersShare()), Figures.format(othersMaxShare));
        figures.add(figure(
                hide ? ShareBands.hhiZone(a.hhiUpper()) : null,
                "hhi-upper",
                msg.figure_hhi_upper(),
                Figures.format(a.hhiUpper()),
                othersMaxShare == null ? msg.figure_hhi_upper_formula_one_firm() : msg.figure_hhi_upper_formula(),
                upperInputs,
                source,
                msg.figure_hhi_upper_reference()));
        figures.add(figure(
                hide ? policy.bands().band(a.othersShare()) : null,
                "others",
                msg.figure_others(),
                Figures.format(a.othersShare()) + "%",
                msg.figure_others_formula(),
                "100 − (" + join(firms, s -> Figures.format(s.share()), " + ") + ")",
                source,
                msg.figure_others_reference()));
        figures.add(figure(
                hide ? policy.bands().band(a.cr4()) : null,
                "cr4",
                msg.figure_cr4(),
                Figures.format(a.cr4()) + "%",
                msg.figure_cr4_formula(),
                join(
                        firms.subList(0, Math.min(4, firms.size())),
                        s -> s.firm() + " " + Figures.format(s.share()),
                        " + "),
                source,
                msg.figure_cr4_reference()));
        figures.add(figure(
                hide ? Redaction.MARK : null,
                "numbers-equivalent",
                msg.figure_ne(),
                Figures.format(a.numbersEquivalent()),
                msg.figure_ne_formula(),
                "10,000 / " + Figures.format(a.hhi()),
                source,
                msg.figure_ne_reference()));
        figures.add(figure(
                hide ? Redaction.MARK : null,
                "rounding-band",
                msg.figure_band(),
                Figures.format(a.roundingBand().low()) + " – "
                        + Figures.format(a.roundingBand().high()),
                msg.figure_band_formula(),
                join(firms, s -> Figures.format(s.share()) + " ± 0.5", ", "),
                source,
                msg.figure_band_reference()));

        List<ShareLine> shares = dataset.rows().stream()
                .map(r -> new ShareLine(
                        r.firm(), policy.share(r.share(), dataset.confidential(), Figures.format(r.share()) + "%")))
                .toList();
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        if (!hide) {
            double largest = (firms.isEmpty()
                            ? a.othersShare()
                            : a.othersShare().max(firms.get(0).share()))
                    .doubleValue();
            for (FirmShare firm : firms) {
                bars.add(new Bar(
                        firm.firm(),
                        firm.share(),
                        false,
                        y,
                        BAR_AREA * firm.share().doubleValue() / largest));
                y += BAR_HEIGHT;
            }
            if (a.othersShare().signum() > 0) {
                bars.add(new Bar(
                        msg.others_label(),
                        a.othersShare(),
                        true,
                        y,
                        BAR_AREA * a.othersShare().doubleValue() / largest));
                y += BAR_HEIGHT;
            }
        }
        String chartText = msg.chart_text(bars.stream()
                .map(b -> b.label() + " " + Figures.format(b.share()) + "%")
                .collect(Collectors.joining(", ")));
        return new MarketFigures(
                dataset.label(),
                source,
                hide,
                figures,
                shares,
                hide ? null : a.othersShare(),
                bars,
                Math.max(y, BAR_HEIGHT),
                chartText);
    }

    /** A figure; {@code redacted}, where not null, is what a non-confidential edition shows instead of its value. */
    private static Figure figure(
            String redacted,
            String id,
            String label,
            String value,
            String formula,
            String inputs,
            String source,
            String reference) {
        boolean hide = redacted != null;
        return new Figure(
                id, label, hide ? redacted : value, formula, hide ? Redaction.MARK : inputs, source, reference);
    }

    private static String join(List<FirmShare> firms, Function<FirmShare, String> term, String separator) {
        String shown = firms.stream().limit(INPUTS_SHOWN).map(term).collect(Collectors.joining(separator));
        return firms.size() > INPUTS_SHOWN ? shown + separator + "… +" + (firms.size() - INPUTS_SHOWN) : shown;
    }
}
