package eu.competitiondesk.economics.engine;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The uncertain inputs of a simulation drawn from the ranges an economist gives, and the distribution of what comes
 * out. Each input is drawn independently and uniformly; one seed gives the same draws on every machine, so a run can
 * be repeated and a report's figures checked.
 */
public final class Sensitivity {

    private Sensitivity() {}

    /** A range to draw from, both ends included; a range of one value always gives that value. */
    public record Range(double low, double high) {
        public Range {
            if (!(low <= high)) {
                throw new IllegalArgumentException("low above high");
            }
        }

        double draw(SplittableRandom random) {
            // Drawn even for a single value, so that fixing one input leaves the other inputs' draws as they were.
            double u = random.nextDouble();
            return low == high ? low : low + (high - low) * u;
        }
    }

    /** {@code count} draws, each a value for every range in the order given. */
    public static double[][] draws(List<Range> ranges, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] draws = new double[count][ranges.size()];
        for (int d = 0; d < count; d++) {
            for (int r = 0; r < ranges.size(); r++) {
                draws[d][r] = ranges.get(r).draw(random);
            }
        }
        return draws;
    }

    /** The median and the 5th and 95th percentiles of a set of outcomes, with their least and greatest. */
    public record Distribution(int count, double p5, double p50, double p95, double min, double max) {}

    /** The distribution of {@code values}; empty values have none. */
    public static Distribution distribution(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Distribution(
                sorted.length,
                quantile(sorted, 0.05),
                quantile(sorted, 0.5),
                quantile(sorted, 0.95),
                sorted[0],
                sorted[sorted.length - 1]);
    }

    /**
     * The {@code p} quantile of sorted values, interpolated linearly between order statistics at h = (n - 1) p, the
     * definition R's {@code quantile} uses by default (type 7), so that figures can be checked there.
     */
    public static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        if (below + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }
}
