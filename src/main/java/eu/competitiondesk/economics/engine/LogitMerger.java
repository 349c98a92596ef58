package eu.competitiondesk.economics.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Logit merger simulation: Bertrand competition between single-product firms with an outside good. Demand is
 * s_i = exp(xi_i - alpha p_i) / (1 + sum_j exp(xi_j - alpha p_j)), shares of all choices, the outside good's utility
 * normalised to 0. Calibration: one observed margin gives alpha = 1 / (M_c p_c (1 - s_c)); each quality xi_i =
 * ln(s_i / s_0) + alpha p_i reproduces the shares; each marginal cost comes from its firm's first-order condition
 * p_i - c_i = 1 / (alpha (1 - s_i)). After the merger the merged firm sets its products' prices to maximise their
 * joint profit. In the logit every product of one firm then carries the same absolute markup,
 * p_i - c_i = 1 / (alpha (1 - S_F)) with S_F the firm's combined share; the solver finds these markups by Newton's
 * method on the first-order conditions written as alpha m_F (1 - S_F) - 1 = 0, one per firm, to {@link #TOLERANCE}.
 * Consumer surplus per consumer is ln(1 + sum_j exp(xi_j - alpha p_j)) / alpha (the log-sum formula); its change is
 * in price units per potential consumer (the outside good included).
 */
public final class LogitMerger {

    /** The largest first-order-condition residual accepted as converged. */
    public static final double TOLERANCE = 1e-10;

    static final int MAX_ITERATIONS = 200;

    /** A product: its price and its share of all choices (a fraction; the outside good holds the rest). */
    public record Product(String name, double price, double share) {}

    public record ProductResult(
            String name,
            double marginalCost,
            double priceBefore,
            double priceAfter,
            double shareBefore,
            double shareAfter) {
        public double priceChange() {
            return priceAfter / priceBefore - 1;
        }
    }

    /**
     * {@code converged}: the first-order conditions hold to {@link #TOLERANCE}; otherwise the figures after are the
     * solver's last iterate and must not be used. {@code residual} is the largest condition left.
     */
    public record Result(
            double alpha,
            List<ProductResult> products,
            double outsideShareBefore,
            double outsideShareAfter,
            double consumerSurplusChange,
            boolean converged,
            int iterations,
            double residual) {}

    /** The calibration cannot give a positive marginal cost for a product: the inputs contradict the model. */
    public static final class InconsistentCalibration extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String product;

        InconsistentCalibration(String product) {
            super("the calibrated marginal cost of " + product + " is not positive");
            this.product = product;
        }

        public String product() {
            return product;
        }
    }

    private LogitMerger() {}

    /**
     * @param products     prices and shares (fractions of all choices), shares and {@code outsideShare} summing to 1
     * @param calibration  index of the product whose margin is observed
     * @param margin       that margin, (p - c) / p, a fraction strictly between 0 and 1
     * @param merging      indices of the products that come under common ownership
     */
    public static Result simulate(
            List<Product> products, double outsideShare, int calibration, double margin, Set<Integer> merging) {
        int n = products.size();
        Product c = products.get(calibration);
        double alpha = 1 / (margin * c.price() * (1 - c.share()));
        double[] xi = new double[n];
        double[] cost = new double[n];
        for (int i = 0; i < n; i++) {
            Product p = products.get(i);
            xi[i] = Math.log(p.share() / outsideShare) + alpha * p.price();
            cost[i] = p.price() - 1 / (alpha * (1 - p.share()));
            if (!(cost[i] > 0)) {
                throw new InconsistentCalibration(p.name());
            }
        }
        // Firms after the merger: the merging products form one, every other product its own.
        int[] firmOf = new int[n];
        int firms = 0;
        int merged = -1;
        for (int i = 0; i < n; i++) {
            if (merging.contains(i)) {
                if (merged < 0) {
                    merged = firms++;
                }
                firmOf[i] = merged;
            } else {
                firmOf[i] = firms++;
            }
        }
        double[] markup = new double[firms];
        for (int i = 0; i < n; i++) {
            markup[firmOf[i]] = Math.max(markup[firmOf[i]], products.get(i).price() - cost[i]);
        }
        double[] prices = new double[n];
        double[] shares = new double[n];
        double[] firmShare = new double[firms];
        double residual = Double.POSITIVE_INFINITY;
        int iteration = 0;
        while (iteration < MAX_ITERATIONS) {
            shares(xi, cost, markup, firmOf, alpha, prices, shares);
            Arrays.fill(firmShare, 0);
            for (int i = 0; i < n; i++) {
                firmShare[firmOf[i]] += shares[i];
            }
            double[] f = new double[firms];
            residual = 0;
            for (int g = 0; g < firms; g++) {
                f[g] = alpha * markup[g] * (1 - firmShare[g]) - 1;
                residual = Math.max(residual, Math.abs(f[g]));
            }
            if (residual <= TOLERANCE || iteration == MAX_ITERATIONS - 1) {
                break;
            }
            // dS_f/dm_g = -alpha (S_f [f = g] - S_f S_g); J = alpha (1 - S_f)[f = g] - alpha m_f dS_f/dm_g
            double[][] jacobian = new double[firms][firms];
            for (int r = 0; r < firms; r++) {
                for (int g = 0; g < firms; g++) {
                    double dShare = -alpha * ((r == g ? firmShare[r] : 0) - firmShare[r] * firmShare[g]);
                    jacobian[r][g] = (r == g ? alpha * (1 - firmShare[r]) : 0) - alpha * markup[r] * dShare;
                }
            }
            double[] step = solve(jacobian, f);
            // Halve the step until the markups stay positive: a markup at or below 0 has no meaning here.
            double scale = 1;
            boolean positive;
            do {
                positive = true;
                for (int g = 0; g < firms && positive; g++) {
                    positive = markup[g] - scale * step[g] > 0;
                }
                if (!positive) {
                    scale /= 2;
                }
            } while (!positive && scale > 1e-12);
            for (int g = 0; g < firms; g++) {
                markup[g] -= scale * step[g];
            }
            iteration++;
        }
        double outsideAfter = shares(xi, cost, markup, firmOf, alpha, prices, shares);
        List<ProductResult> results = new ArrayList<>();
        double sumBefore = 0;
        double sumAfter = 0;
        for (int i = 0; i < n; i++) {
            Product p = products.get(i);
            results.add(new ProductResult(p.name(), cost[i], p.price(), prices[i], p.share(), shares[i]));
            sumBefore += Math.exp(xi[i] - alpha * p.price());
            sumAfter += Math.exp(xi[i] - alpha * prices[i]);
        }
        double surplusChange = (Math.log1p(sumAfter) - Math.log1p(sumBefore)) / alpha;
        return new Result(
                alpha,
                List.copyOf(results),
                outsideShare,
                outsideAfter,
                surplusChange,
                residual <= TOLERANCE,
                iteration,
                residual);
    }

    /** Prices c + m and the shares they give; returns the outside good's share. */
    private static double shares(
            double[] xi, double[] cost, double[] markup, int[] firmOf, double alpha, double[] prices, double[] shares) {
        int n = xi.length;
        // Subtract the largest utility before exponentiating, so that large qualities do not overflow.
        double top = 0;
        double[] utility = new double[n];
        for (int i = 0; i < n; i++) {
            prices[i] = cost[i] + markup[firmOf[i]];
            utility[i] = xi[i] - alpha * prices[i];
            top = Math.max(top, utility[i]);
        }
        double denominator = Math.exp(-top);
        for (int i = 0; i < n; i++) {
            shares[i] = Math.exp(utility[i] - top);
            denominator += shares[i];
        }
        for (int i = 0; i < n; i++) {
            shares[i] /= denominator;
        }
        return Math.exp(-top) / denominator;
    }

    /** Gaussian elimination with partial pivoting; the Jacobian here is small (one row per firm). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double[] y = b.clone();
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] row = m[col];
            m[col] = m[pivot];
            m[pivot] = row;
            double t = y[col];
            y[col] = y[pivot];
            y[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double factor = m[r][col] / m[col][col];
                for (int k = col; k < n; k++) {
                    m[r][k] -= factor * m[col][k];
                }
                y[r] -= factor * y[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = y[r];
            for (int k = r + 1; k < n; k++) {
                sum -= m[r][k] * x[k];
            }
            x[r] = sum / m[r][r];
        }
        return x;
    }
}
