package eu.competitiondesk.concentration;

import eu.competitiondesk.concentration.engine.Figures;
import eu.competitiondesk.concentration.engine.Market;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A market's datasets in period order with HHI, CR4 and the shares of its largest firms, and a footnote wherever
 * the figures stop being comparable: the source or its scope changes, fewer or more firms are named, or the
 * dataset carries a caveat.
 */
public record TimeSeries(
        List<Point> points,
        List<String> firms,
        List<Footnote> footnotes,
        String hhiPolyline,
        List<Tick> ticks,
        List<String> sources,
        String source) {

    /** How many firms get a column of their own. */
    static final int FIRM_COLUMNS = 6;

    static final double CHART_WIDTH = 600;
    static final double CHART_HEIGHT = 200;

    public record Point(
            ShareDataset dataset,
            BigDecimal hhi,
            BigDecimal cr4,
            int namedFirms,
            List<String> shares,
            List<Integer> footnotes,
            double x,
            double y) {}

    public record Footnote(int number, String text) {}

    public record Tick(double y, String label) {
        /** Baseline of the label text, centred on the grid line. */
        public double labelY() {
            return y + 4;
        }
    }

    /** The series of one source, or of all sources when {@code source} is null. */
    public static TimeSeries of(RelevantMarket market, String source, MarketMessages msg) {
        List<String> sources =
                market.datasets.stream().map(d -> d.source).distinct().sorted().toList();
        String chosen = source != null && sources.contains(source) ? source : null;
        List<ShareDataset> datasets = market.datasets.stream()
                .filter(d -> !d.rows.isEmpty())
                .filter(d -> chosen == null || d.source.equals(chosen))
                .sorted(Comparator.comparing((ShareDataset d) -> d.period).thenComparing(d -> d.source))
                .toList();
        Map<String, String> firmNames = new LinkedHashMap<>();
        Map<String, Double> largest = new LinkedHashMap<>();
        for (ShareDataset d : datasets) {
            for (ShareRow r : d.rows) {
                String key = r.firm.trim().toLowerCase(Locale.ROOT);
                firmNames.putIfAbsent(key, r.firm.trim());
                largest.merge(key, r.share.doubleValue(), Math::max);
            }
        }
        List<String> columns = largest.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(FIRM_COLUMNS)
                .map(Map.Entry::getKey)
                .toList();

        List<Footnote> footnotes = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        double maxHhi = 1;
        List<BigDecimal> hhis = new ArrayList<>();
        for (ShareDataset d : datasets) {
            BigDecimal hhi = Market.of(d.firmShares()).hhi();
            hhis.add(hhi);
            maxHhi = Math.max(maxHhi, hhi.doubleValue());
        }
        double scaleTop = Math.ceil(maxHhi / 500) * 500;
        ShareDataset previous = null;
        StringBuilder polyline = new StringBuilder();
        for (int i = 0; i < datasets.size(); i++) {
            ShareDataset d = datasets.get(i);
            Market m = Market.of(d.firmShares());
            List<Integer> notes = new ArrayList<>();
            if (previous != null && !previous.source.equalsIgnoreCase(d.source)) {
                notes.add(add(footnotes, msg.series_source_changes(previous.source, d.source)));
            }
            if (previous != null && !Objects.equals(previous.scope, d.scope)) {
                notes.add(add(
                        footnotes, msg.series_scope_changes(String.valueOf(previous.scope), String.valueOf(d.scope))));
            }
            if (previous != null && previous.rows.size() != d.rows.size()) {
                notes.add(add(footnotes, msg.series_firms_change(previous.rows.size(), d.rows.size())));
            }
            if (d.note != null) {
                notes.add(add(footnotes, d.note));
            }
            List<String> shares = new ArrayList<>();
            for (String key : columns) {
                shares.add(d.rows.stream()
                        .filter(r -> r.firm.trim().toLowerCase(Locale.ROOT).equals(key))
                        .findFirst()
                        .map(r -> Figures.format(r.share))
                        .orElse("–"));
            }
            double x = datasets.size() == 1 ? CHART_WIDTH / 2 : 40 + i * (CHART_WIDTH - 80) / (datasets.size() - 1);
            double y = CHART_HEIGHT - 20 - (hhis.get(i).doubleValue() / scaleTop) * (CHART_HEIGHT - 40);
            polyline.append(i == 0 ? "" : " ").append(round(x)).append(',').append(round(y));
            points.add(new Point(
                    d, hhis.get(i), m.concentrationRatio(4), d.rows.size(), shares, notes, round(x), round(y)));
            previous = d;
        }
        List<Tick> ticks = new ArrayList<>();
        for (double value = 0; value <= scaleTop; value += 500) {
            ticks.add(new Tick(
                    round(CHART_HEIGHT - 20 - (value / scaleTop) * (CHART_HEIGHT - 40)), Figures.format(value)));
        }
        return new TimeSeries(
                points,
                columns.stream().map(firmNames::get).toList(),
                footnotes,
                polyline.toString(),
                ticks,
                sources,
                chosen);
    }

    private static int add(List<Footnote> footnotes, String text) {
        for (Footnote f : footnotes) {
            if (f.text().equals(text)) {
                return f.number();
            }
        }
        int number = footnotes.size() + 1;
        footnotes.add(new Footnote(number, text));
        return number;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
