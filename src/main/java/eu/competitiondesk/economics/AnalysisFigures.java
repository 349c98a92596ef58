package eu.competitiondesk.economics;

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
 * What an analysis shows, for the page, the download and the report: its inputs, each figure with its formula, the
 * inputs filled in and its source, the conclusions in words, tables (the GUPPI sensitivity, a simulation's prices) and
 * distributions to plot (a sensitivity run). Each kind builds it in a class of its own ({@link CriticalLossFigures},
 * {@link PricingPressureFigures}, {@link VerticalFigures}, {@link SimulationFigures}) with the helpers here. Built
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
        private static String x(double fraction) {
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
    record Bands(ShareBands table) {
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

    /** A percentage change: as computed, or in a non-confidential edition its band (or its sign, off the bands). */
    static String change(double percent, boolean hide, Bands bands) {
        return hide ? signed(BigDecimal.valueOf(percent), bands) : percent(percent);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A figure of a non-confidential edition that may be below 0 or above 100: its sign, or its band. */
    static String signed(BigDecimal percent, Bands bands) {
        if (percent.signum() < 0) {
            return "< 0%";
        }
        return percent.compareTo(BigDecimal.valueOf(100)) > 0 ? "> 100%" : bands.band(percent.doubleValue());
    }

    static String price(BigDecimal price, boolean hide) {
        return hide ? range(price.doubleValue()) : number(price.doubleValue());
    }

    static Line input(String id, String label, String value, boolean confidential) {
        return new Line(id, label, value, null, null, null, confidential);
    }
}
