package eu.competitiondesk.economics.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bertrand price competition among products, each priced by the owners that control it, under a demand system
 * calibrated to observed prices, quantities or shares and margins. Ownership is a matrix of profit weights kappa
 * (row i: what the controllers of product i draw from each product per unit they draw from i; 1 on the diagonal; a
 * merger puts 1 between the merging products, a minority stake its O'Brien-Salop weight). The first-order condition
 * of product i is
 *
 * <pre>kappa_ii q_i + sum_j kappa_ij (p_j - c_j) dq_j/dp_i = 0,</pre>
 *
 * the form of {@code antitrust::sim}, whose owner matrices hold ownership shares; divided row by row by their diagonal
 * they are these weights. Marginal costs are those that make the observed prices an equilibrium under the ownership
 * before; the prices after solve the conditions under the ownership after by Newton's method to
 * {@link #FOC_TOLERANCE}. Each run is checked: both sets of conditions hold, costs are positive, own effects are
 * negative, shares are shares, consumer harm has the sign of the price change, and the cost cut that would undo the
 * merger is not negative; a run that fails a check says which.
 */
public final class BertrandSimulation {

    /** The largest first-order-condition residual a solution may leave, relative to the product's quantity. */
    public static final double FOC_TOLERANCE = 1e-8;

    static final int MAX_ITERATIONS = 100;

    /** A demand system: quantities at prices, and their effects {@code effects[j][i] = dq_j / dp_i}. */
    public interface Demand {
        double[] quantities(double[] prices);

        double[][] effects(double[] prices);

        /** The change in consumer surplus from {@code before} to {@code after}; null where undefined. */
        Double consumerSurplusChange(double[] before, double[] after);

        /** Whether the quantities are shares: each from 0 to 1, with the outside good's adding to 1. */
        default boolean sharesValid(double[] prices) {
            for (double q : quantities(prices)) {
                if (!(q >= 0)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Each share from 0 to 1, and together less than 1: the outside good has the rest. */
    static boolean sharesWithOutsideGood(double[] shares) {
        return withinZeroAndOne(shares) && Arrays.stream(shares).sum() < 1;
    }

    private static boolean withinZeroAndOne(double[] shares) {
        return Arrays.stream(shares).allMatch(x -> x >= 0 && x <= 1);
    }

    /** Linear demand q = a + B p, {@code slopes[j][i] = dq_j / dp_i}. */
    public record Linear(double[] intercepts, double[][] slopes) implements Demand {

        @Override
        public double[] quantities(double[] p) {
            int n = p.length;
            double[] q = new double[n];
            for (int j = 0; j < n; j++) {
                q[j] = intercepts[j];
                for (int i = 0; i < n; i++) {
                    q[j] += slopes[j][i] * p[i];
                }
            }
            return q;
        }

        @Override
        public double[][] effects(double[] p) {
            return slopes;
        }

        /**
         * Along the straight path from the prices before to those after, where linear demand makes the trapezoid
         * exact: -(q_before + q_after) / 2 . (p_after - p_before).
         */
        @Override
        public Double consumerSurplusChange(double[] before, double[] after) {
            double[] q0 = quantities(before);
            double[] q1 = quantities(after);
            double change = 0;
            for (int i = 0; i < before.length; i++) {
                change -= (q0[i] + q1[i]) / 2 * (after[i] - before[i]);
            }
            return change;
        }
    }

    /**
     * Logit demand with an outside good: s_i = exp(delta_i - alpha p_i) / (1 + sum_j exp(delta_j - alpha p_j)),
     * quantities {@code size} times the shares of all choices.
     */
    public record Logit(double alpha, double[] quality, double size) implements Demand {

        double[] shares(double[] p) {
            int n = p.length;
            double[] v = new double[n];
            double max = 0;
            for (int i = 0; i < n; i++) {
                v[i] = quality[i] - alpha * p[i];
                max = Math.max(max, v[i]);
            }
            double sum = Math.exp(-max);
            for (int i = 0; i < n; i++) {
                v[i] = Math.exp(v[i] - max);
                sum += v[i];
            }
            for (int i = 0; i < n; i++) {
                v[i] /= sum;
            }
            return v;
        }

        @Override
        public double[] quantities(double[] p) {
            double[] s = shares(p);
            for (int i = 0; i < s.length; i++) {
                s[i] *= size;
            }
            return s;
        }

        @Override
        public double[][] effects(double[] p) {
            double[] s = shares(p);
            int n = s.length;
            double[][] d = new double[n][n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    d[j][i] = size * alpha * s[j] * ((i == j ? -1 : 0) + s[i]);
                }
            }
            return d;
        }

        /** The log-sum: ln(1 + sum exp(delta_j - alpha p_j)) / alpha per consumer, times {@code size}. */
        @Override
        public Double consumerSurplusChange(double[] before, double[] after) {
            return size * (logSum(after) - logSum(before)) / alpha;
        }

        private double logSum(double[] p) {
            double max = 0;
            for (int i = 0; i < p.length; i++) {
                max = Math.max(max, quality[i] - alpha * p[i]);
            }
            double sum = Math.exp(-max);
            for (int i = 0; i < p.length; i++) {
                sum += Math.exp(quality[i] - alpha * p[i] - max);
            }
            return max + Math.log(sum);
        }

        @Override
        public boolean sharesValid(double[] p) {
            return sharesWithOutsideGood(shares(p));
        }
    }

    /**
     * Log-linear (constant elasticity) demand: q_j = exp(a_j) prod_i p_i^e_ji, {@code elasticities[j][i] = e_ji};
     * dq_j/dp_i = e_ji q_j / p_i. Consumer surplus is not defined here in closed form (null).
     */
    public record LogLinear(double[] intercepts, double[][] elasticities) implements Demand {

        @Override
        public double[] quantities(double[] p) {
            int n = p.length;
            double[] logs = new double[n];
            for (int i = 0; i < n; i++) {
                logs[i] = Math.log(p[i]);
            }
            double[] q = new double[n];
            for (int j = 0; j < n; j++) {
                double log = intercepts[j];
                for (int i = 0; i < n; i++) {
                    log += elasticities[j][i] * logs[i];
                }
                q[j] = Math.exp(log);
            }
            return q;
        }

        @Override
        public double[][] effects(double[] p) {
            double[] q = quantities(p);
            int n = p.length;
            double[][] d = new double[n][n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    d[j][i] = elasticities[j][i] * q[j] / p[i];
                }
            }
            return d;
        }

        @Override
        public Double consumerSurplusChange(double[] before, double[] after) {
            return null;
        }
    }

    /**
     * CES demand with an outside good of price 1: expenditure shares w_i = d_i p_i^(1 - g) / (1 + sum_j d_j
     * p_j^(1 - g)) of the consumers' budget {@code budget}, quantities w_i budget / p_i; elasticities e_ii = -g +
     * (g - 1) w_i and e_ij = (g - 1) w_j. The outside good's weight is 1, as the observed outside share fixes the rest
     * (the convention of antitrust 0.99.26, whose shares come back as observed).
     */
    public record Ces(double gamma, double[] weights, double budget) implements Demand {

        double[] expenditureShares(double[] p) {
            int n = p.length;
            double[] w = new double[n];
            double total = 1;
            for (int i = 0; i < n; i++) {
                w[i] = weights[i] * Math.pow(p[i], 1 - gamma);
                total += w[i];
            }
            for (int i = 0; i < n; i++) {
                w[i] /= total;
            }
            return w;
        }

        @Override
        public double[] quantities(double[] p) {
            double[] w = expenditureShares(p);
            double[] q = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                q[i] = w[i] * budget / p[i];
            }
            return q;
        }

        @Override
        public double[][] effects(double[] p) {
            double[] w = expenditureShares(p);
            double[] q = quantities(p);
            int n = p.length;
            double[][] d = new double[n][n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double elasticity = (i == j ? -gamma : 0) + (gamma - 1) * w[i];
                    d[j][i] = elasticity * q[j] / p[i];
                }
            }
            return d;
        }

        /**
         * The compensating variation: the budget the consumers would need after to be as well off as before,
         * budget (I' / I - 1), with the CES price index I = (1 + sum d_j p_j^(1 - g))^(1 / (1 - g)); the
         * consumer surplus change is its negative.
         */
        @Override
        public Double consumerSurplusChange(double[] before, double[] after) {
            return -budget * (index(after) / index(before) - 1);
        }

        private double index(double[] p) {
            double total = 1;
            for (int i = 0; i < p.length; i++) {
                total += weights[i] * Math.pow(p[i], 1 - gamma);
            }
            return Math.pow(total, 1 / (1 - gamma));
        }

        @Override
        public boolean sharesValid(double[] p) {
            return sharesWithOutsideGood(expenditureShares(p));
        }
    }

    /**
     * Almost ideal demand (AIDS, and PCAIDS calibrated from proportional diversion) over the inside goods: revenue
     * shares w_i = w0_i + sum_j B_ij ln(p_j / p0_j), market elasticity e of the inside goods together; elasticities
     * e_ij = -delta_ij + B_ij / w_i + w_j (e + 1), as {@code antitrust::aids} and {@code pcaids} take them. Spending on
     * the inside goods moves with the Stone index of the base shares, X = X0 exp((1 + e) sum_j w0_j ln(p_j / p0_j)),
     * and q_i = w_i X / p_i; where no prices are observed they are 1 and only changes mean anything. The consumer
     * surplus is not given in closed form (null).
     */
    public record Aids(double[][] b, double[] baseShares, double[] basePrices, double marketElasticity, double spending)
            implements Demand {

        double[] revenueShares(double[] p) {
            return sharesAt(logChanges(p));
        }

        /** ln(p_j / p0_j), taken once for all the sums that use it. */
        private double[] logChanges(double[] p) {
            double[] logs = new double[p.length];
            for (int j = 0; j < p.length; j++) {
                logs[j] = Math.log(p[j] / basePrices[j]);
            }
            return logs;
        }

        private double[] sharesAt(double[] logs) {
            int n = logs.length;
            double[] w = baseShares.clone();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    w[i] += b[i][j] * logs[j];
                }
            }
            return w;
        }

        private double spendingAt(double[] logs) {
            double index = 0;
            for (int j = 0; j < logs.length; j++) {
                index += baseShares[j] * logs[j];
            }
            return spending * Math.exp((1 + marketElasticity) * index);
        }

        private double[] quantities(double[] p, double[] logs, double[] w) {
            double x = spendingAt(logs);
            double[] q = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                q[i] = w[i] * x / p[i];
            }
            return q;
        }

        @Override
        public double[] quantities(double[] p) {
            double[] logs = logChanges(p);
            return quantities(p, logs, sharesAt(logs));
        }

        @Override
        public double[][] effects(double[] p) {
            double[] logs = logChanges(p);
            double[] w = sharesAt(logs);
            double[] q = quantities(p, logs, w);
            int n = p.length;
            double[][] d = new double[n][n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double elasticity = (i == j ? -1 : 0) + b[j][i] / w[j] + w[i] * (marketElasticity + 1);
                    d[j][i] = elasticity * q[j] / p[i];
                }
            }
            return d;
        }

        @Override
        public Double consumerSurplusChange(double[] before, double[] after) {
            return null;
        }

        @Override
        public boolean sharesValid(double[] p) {
            double[] w = revenueShares(p);
            return withinZeroAndOne(w) && Math.abs(Arrays.stream(w).sum() - 1) < 1e-9;
        }
    }

    /**
     * PCAIDS (Epstein and Rubinfeld 2002) from the inside revenue shares, the own elasticity e_kk of product k and the
     * market elasticity e: b_kk = w_k (e_kk + 1 - w_k (e + 1)), B_jj = b_kk w_j (1 - w_j) / (w_k (1 - w_k)),
     * B_ij = -B_jj w_i / (1 - w_j), each column adding to 0.
     */
    public static Aids calibratePcaids(
            double[] prices, double[] shares, int k, double ownElasticity, double marketElasticity, double spending) {
        int n = shares.length;
        double bkk = shares[k] * (ownElasticity + 1 - shares[k] * (marketElasticity + 1));
        double[][] b = new double[n][n];
        for (int j = 0; j < n; j++) {
            double bjj = bkk * shares[j] * (1 - shares[j]) / (shares[k] * (1 - shares[k]));
            for (int i = 0; i < n; i++) {
                b[i][j] = i == j ? bjj : -bjj * shares[i] / (1 - shares[j]);
            }
        }
        return new Aids(b, shares.clone(), prices.clone(), marketElasticity, spending);
    }

    /**
     * AIDS from one observed margin: a single-product firm's condition gives its own elasticity, e_kk = -1 / M_k, and
     * the rest is calibrated as PCAIDS (diversion proportional to shares).
     */
    public static Aids calibrateAids(
            double[] prices, double[] shares, int k, double margin, double marketElasticity, double spending) {
        return calibratePcaids(prices, shares, k, -1 / margin, marketElasticity, spending);
    }

    /**
     * Log-linear demand as {@code antitrust::loglinear} calibrates it: with D_ii = -1, e_ii = p_i / sum_j kappa_ij
     * m_j p_j D_ij, e_ji = -e_ii D_ij q_i / q_j, and the intercepts a_j = ln q_j - sum_i e_ji ln p_i. Every
     * product's margin is observed.
     */
    public static LogLinear calibrateLogLinear(
            double[] p, double[] q, double[] margins, double[][] diversion, double[][] k) {
        int n = p.length;
        double[][] e = new double[n][n];
        for (int i = 0; i < n; i++) {
            double denominator = 0;
            for (int j = 0; j < n; j++) {
                denominator += k[i][j] * margins[j] * p[j] * (i == j ? -1 : diversion[i][j]);
            }
            double own = p[i] / denominator;
            for (int j = 0; j < n; j++) {
                e[j][i] = i == j ? own : -own * diversion[i][j] * q[i] / q[j];
            }
        }
        double[] intercepts = new double[n];
        for (int j = 0; j < n; j++) {
            intercepts[j] = Math.log(q[j]);
            for (int i = 0; i < n; i++) {
                intercepts[j] -= e[j][i] * Math.log(p[i]);
            }
        }
        return new LogLinear(intercepts, e);
    }

    /**
     * CES demand from prices, expenditure shares of all choices (the outside good has the rest) and one product's
     * margin: g = (1 / M_c - w_c) / (1 - w_c) (a single-product firm's condition), d_i = (w_i / w_0) p_i^(g - 1).
     */
    public static Ces calibrateCes(double[] p, double[] shares, double outside, int c, double margin, double budget) {
        double gamma = (1 / margin - shares[c]) / (1 - shares[c]);
        double[] weights = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            weights[i] = shares[i] / outside * Math.pow(p[i], gamma - 1);
        }
        return new Ces(gamma, weights, budget);
    }

    /** A check of a run: its name, whether it holds, and the figure it rests on. */
    public record Check(String name, boolean holds, double value) {}

    public record ProductResult(
            int index,
            double marginalCost,
            double priceBefore,
            double priceAfter,
            double quantityBefore,
            double quantityAfter,
            Double cmcr) {}

    /**
     * A run: {@code valid} where every check holds; {@code products} (request order) and the market figures only
     * then. Price changes are Paasche indices, sum q' p' / sum q' p - 1, over all products and over those whose
     * ownership row changes; {@code consumerHarm} is minus the change in consumer surplus (null where undefined).
     */
    public record Result(
            boolean valid,
            List<Check> checks,
            List<ProductResult> products,
            double industryPriceChange,
            double partyPriceChange,
            Double consumerHarm,
            double producerBenefit,
            boolean converged,
            int iterations,
            double residual,
            Start end) {}

    private BertrandSimulation() {}

    /**
     * Linear demand as {@code antitrust::linear} calibrates it without symmetry: with D_ii = -1 and D_ij the
     * diversion from i to j, b_i = q_i / sum_j kappa_ij m_j p_j D_ij, dq_j/dp_i = -D_ij b_i, and the intercepts
     * a = q - B p. Every product's margin is observed.
     */
    public static Linear calibrateLinear(double[] p, double[] q, double[] margins, double[][] diversion, double[][] k) {
        int n = p.length;
        double[][] slopes = new double[n][n];
        for (int i = 0; i < n; i++) {
            double denominator = 0;
            for (int j = 0; j < n; j++) {
                denominator += k[i][j] * margins[j] * p[j] * (i == j ? -1 : diversion[i][j]);
            }
            double own = q[i] / denominator;
            for (int j = 0; j < n; j++) {
                slopes[j][i] = i == j ? own : -diversion[i][j] * own;
            }
        }
        double[] intercepts = new double[n];
        for (int j = 0; j < n; j++) {
            intercepts[j] = q[j];
            for (int i = 0; i < n; i++) {
                intercepts[j] -= slopes[j][i] * p[i];
            }
        }
        return new Linear(intercepts, slopes);
    }

    /** Diversion proportional to quantities, q_j / (sum q - q_i), where none is observed. */
    public static double[][] proportionalDiversion(double[] q) {
        double total = 0;
        for (double x : q) {
            total += x;
        }
        double[][] d = new double[q.length][q.length];
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < q.length; j++) {
                d[i][j] = i == j ? 0 : q[j] / (total - q[i]);
            }
        }
        return d;
    }

    /**
     * Logit demand from prices, shares of all choices (the outside good has the rest) and one product's margin:
     * alpha = 1 / (M_c p_c (1 - sum_j kappa_cj s_j)), delta_i = ln(s_i / s_0) + alpha p_i.
     */
    public static Logit calibrateLogit(
            double[] p, double[] shares, double outside, int c, double margin, double[][] k) {
        double weighted = 0;
        for (int j = 0; j < p.length; j++) {
            weighted += k[c][j] * shares[j];
        }
        double alpha = 1 / (margin * p[c] * (1 - weighted));
        double[] quality = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            quality[i] = Math.log(shares[i] / outside) + alpha * p[i];
        }
        return new Logit(alpha, quality, 1);
    }

    /** The marginal costs that make {@code p} an equilibrium under the profit weights {@code k}. */
    public static double[] costs(Demand demand, double[] p, double[][] k) {
        int n = p.length;
        double[] q = demand.quantities(p);
        double[][] d = demand.effects(p);
        double[][] omega = new double[n][n];
        double[] rhs = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                omega[i][j] = k[i][j] * d[j][i];
            }
            rhs[i] = -k[i][i] * q[i];
        }
        double[] markups = solve(omega, rhs);
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = p[i] - markups[i];
        }
        return c;
    }

    /** The first-order conditions at {@code p}, each divided by its product's quantity where that is not 0. */
    static double[] conditions(Demand demand, double[] p, double[] c, double[][] k) {
        int n = p.length;
        double[] q = demand.quantities(p);
        double[][] d = demand.effects(p);
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = k[i][i] * q[i];
            for (int j = 0; j < n; j++) {
                sum += k[i][j] * (p[j] - c[j]) * d[j][i];
            }
            f[i] = q[i] == 0 ? sum : sum / Math.abs(q[i]);
        }
        return f;
    }

    private static double largest(double[] f) {
        double max = 0;
        for (double x : f) {
            max = Math.max(max, Math.abs(x));
        }
        return Double.isNaN(max) ? Double.POSITIVE_INFINITY : max;
    }

    /**
     * Simulates: costs from the prices before under {@code before}, prices after under {@code after}, and the
     * checks. {@code party}: the products whose ownership row changes.
     */
    public static Result simulate(Demand demand, double[] p, double[][] before, double[][] after) {
        return simulate(demand, p, before, after, new double[p.length]);
    }

    /**
     * As {@link #simulate(Demand, double[], double[][], double[][])}, the marginal cost of product i moved by
     * {@code costChange[i]} (a fraction: -0.05 for a 5 % saving) after the merger.
     */
    public static Result simulate(Demand demand, double[] p, double[][] before, double[][] after, double[] costChange) {
        return simulate(demand, p, before, after, costChange, null);
    }

    /**
     * Where the search for the prices after starts: prices and an estimate of the inverse Jacobian of the conditions
     * there, as an earlier run of a nearby model ended ({@link Result#end()}). A sensitivity run starts each draw
     * where the run at the point estimates ended, a few Broyden steps from its own answer.
     */
    public record Start(double[] prices, double[][] inverse) {}

    /** As {@link #simulate(Demand, double[], double[][], double[][], double[])}, the search begun at {@code start}. */
    public static Result simulate(
            Demand demand, double[] p, double[][] before, double[][] after, double[] costChange, Start start) {
        int n = p.length;
        double[] c = costs(demand, p, before);
        double[] cAfter = new double[n];
        for (int i = 0; i < n; i++) {
            cAfter[i] = c[i] * (1 + costChange[i]);
        }
        List<Check> checks = new ArrayList<>();
        double focPre = largest(conditions(demand, p, c, before));
        checks.add(new Check("FOC_PRE", focPre < FOC_TOLERANCE, focPre));
        double lowestCost = Double.POSITIVE_INFINITY;
        for (double x : c) {
            lowestCost = Math.min(lowestCost, x);
        }
        checks.add(new Check("COSTS_POSITIVE", lowestCost > 0, lowestCost));

        double[] prices = start == null || start.prices().length != n
                ? p.clone()
                : start.prices().clone();
        int iteration = 0;
        double[] f = conditions(demand, prices, cAfter, after);
        double residual = largest(f);
        if (!(residual < Double.POSITIVE_INFINITY)) {
            prices = p.clone();
            f = conditions(demand, prices, cAfter, after);
            residual = largest(f);
        }
        // Broyden's method: the Jacobian of the conditions by differences once, its inverse then updated by a rank-one
        // correction each step, one evaluation of the conditions a step instead of 2n. It is taken afresh when a step
        // cannot lower the largest condition.
        double[][] inverse = null;
        if (start != null && start.inverse() != null && start.inverse().length == n) {
            inverse = new double[n][];
            for (int i = 0; i < n; i++) {
                inverse[i] = start.inverse()[i].clone();
            }
        }
        boolean fresh = false;
        while (residual >= FOC_TOLERANCE * 1e-3 && iteration < MAX_ITERATIONS) {
            if (inverse == null) {
                inverse = invert(jacobian(demand, prices, f, cAfter, after));
                fresh = true;
            }
            double[] step = times(inverse, f);
            // Halve the step while it does not lower the largest condition: a step from far away can overshoot.
            double scale = 1;
            double[] next;
            double[] fNext;
            double nextResidual;
            do {
                next = new double[n];
                for (int i = 0; i < n; i++) {
                    next[i] = prices[i] - scale * step[i];
                }
                fNext = conditions(demand, next, cAfter, after);
                nextResidual = largest(fNext);
                scale /= 2;
            } while (!(nextResidual < residual) && scale > 1e-10);
            iteration++;
            if (!(nextResidual < residual)) {
                if (fresh) {
                    break;
                }
                inverse = null;
                continue;
            }
            fresh = false;
            double[] moved = new double[n];
            double[] change = new double[n];
            for (int i = 0; i < n; i++) {
                moved[i] = next[i] - prices[i];
                change[i] = fNext[i] - f[i];
            }
            inverse = broyden(inverse, moved, change);
            prices = next;
            f = fNext;
            residual = nextResidual;
        }
        boolean converged = residual < FOC_TOLERANCE;
        checks.add(new Check("FOC_POST", converged, residual));

        double[] q0 = demand.quantities(p);
        double[] q1 = demand.quantities(prices);
        double[][] d0 = demand.effects(p);
        double[][] d1 = demand.effects(prices);
        double highestOwn = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            highestOwn = Math.max(highestOwn, Math.max(d0[i][i], d1[i][i]));
        }
        checks.add(new Check("DEMAND_DOWNWARD_SLOPING", highestOwn < 0, highestOwn));
        boolean shares = demand.sharesValid(p) && demand.sharesValid(prices);
        checks.add(new Check("SHARES_VALID", shares, shares ? 1 : 0));

        boolean[] party = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                party[i] |= before[i][j] != after[i][j];
            }
        }
        double industry = paasche(p, prices, q1, null);
        double partyChange = paasche(p, prices, q1, party);
        Double surplus = demand.consumerSurplusChange(p, prices);
        Double harm = surplus == null ? null : -surplus;
        boolean harmSign = harm == null || Math.abs(industry) < 1e-12 || Math.signum(harm) == Math.signum(industry);
        checks.add(new Check("CONSUMER_HARM_SIGN", harmSign, harm == null ? Double.NaN : harm));

        double[] undo = costs(demand, p, after);
        List<ProductResult> products = new ArrayList<>();
        double lowestCmcr = Double.POSITIVE_INFINITY;
        double producer = 0;
        for (int i = 0; i < n; i++) {
            Double cmcr = party[i] ? (c[i] - undo[i]) / c[i] : null;
            if (cmcr != null) {
                lowestCmcr = Math.min(lowestCmcr, cmcr);
            }
            producer += (prices[i] - cAfter[i]) * q1[i] - (p[i] - c[i]) * q0[i];
            products.add(new ProductResult(i, c[i], p[i], prices[i], q0[i], q1[i], cmcr));
        }
        // A cost cut that undoes the merger is not negative for substitutes (all cross effects positive).
        checks.add(new Check(
                "CMCR_NON_NEGATIVE",
                lowestCmcr == Double.POSITIVE_INFINITY || lowestCmcr >= -FOC_TOLERANCE,
                lowestCmcr == Double.POSITIVE_INFINITY ? 0 : lowestCmcr));
        boolean valid = checks.stream().allMatch(Check::holds);
        return new Result(
                valid,
                List.copyOf(checks),
                valid ? List.copyOf(products) : null,
                industry,
                partyChange,
                harm,
                producer,
                converged,
                iteration,
                residual,
                inverse == null ? null : new Start(prices, inverse));
    }

    /** The Jacobian of the conditions at {@code p} by forward differences, {@code f} the conditions there. */
    private static double[][] jacobian(Demand demand, double[] p, double[] f, double[] c, double[][] k) {
        int n = p.length;
        double[][] jacobian = new double[n][n];
        for (int i = 0; i < n; i++) {
            double h = 1e-7 * Math.max(1, Math.abs(p[i]));
            double[] up = p.clone();
            up[i] += h;
            double[] fUp = conditions(demand, up, c, k);
            for (int r = 0; r < n; r++) {
                jacobian[r][i] = (fUp[r] - f[r]) / h;
            }
        }
        return jacobian;
    }

    /**
     * The inverse Jacobian after a step {@code s} that changed the conditions by {@code y} (Broyden's good update,
     * by Sherman and Morrison): H + (s - H y) s' H / (s' H y); the old inverse is kept where s' H y is nil.
     */
    private static double[][] broyden(double[][] h, double[] s, double[] y) {
        int n = s.length;
        double[] hy = times(h, y);
        double[] sh = new double[n];
        double denominator = 0;
        for (int i = 0; i < n; i++) {
            denominator += s[i] * hy[i];
            for (int j = 0; j < n; j++) {
                sh[j] += s[i] * h[i][j];
            }
        }
        if (!(Math.abs(denominator) > 1e-300)) {
            return h;
        }
        for (int i = 0; i < n; i++) {
            double factor = (s[i] - hy[i]) / denominator;
            for (int j = 0; j < n; j++) {
                h[i][j] += factor * sh[j];
            }
        }
        return h;
    }

    private static double[] times(double[][] m, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += m[i][j] * v[j];
            }
            out[i] = sum;
        }
        return out;
    }

    /** The inverse by Gauss-Jordan elimination with partial pivoting. */
    private static double[][] invert(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        double[][] inverse = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
            inverse[i][i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] row = a[col];
            a[col] = a[pivot];
            a[pivot] = row;
            row = inverse[col];
            inverse[col] = inverse[pivot];
            inverse[pivot] = row;
            double diagonal = a[col][col];
            for (int k = 0; k < n; k++) {
                a[col][k] /= diagonal;
                inverse[col][k] /= diagonal;
            }
            for (int r = 0; r < n; r++) {
                double factor = a[r][col];
                if (r != col && factor != 0) {
                    for (int k = 0; k < n; k++) {
                        a[r][k] -= factor * a[col][k];
                        inverse[r][k] -= factor * inverse[col][k];
                    }
                }
            }
        }
        return inverse;
    }

    /** Sum q' p' / sum q' p - 1 over the products {@code which} marks (all where null). */
    private static double paasche(double[] before, double[] after, double[] quantities, boolean[] which) {
        double newValue = 0;
        double oldValue = 0;
        for (int i = 0; i < before.length; i++) {
            if (which == null || which[i]) {
                newValue += quantities[i] * after[i];
                oldValue += quantities[i] * before[i];
            }
        }
        return oldValue == 0 ? 0 : newValue / oldValue - 1;
    }

    /** Gaussian elimination with partial pivoting; the matrices here are small and dense. */
    static double[] solve(double[][] matrix, double[] rhs) {
        int n = rhs.length;
        double[][] a = new double[n][];
        double[] b = rhs.clone();
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] row = a[col];
            a[col] = a[pivot];
            a[pivot] = row;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                if (factor != 0) {
                    for (int k = col; k < n; k++) {
                        a[r][k] -= factor * a[col][k];
                    }
                    b[r] -= factor * b[col];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = b[r];
            for (int k = r + 1; k < n; k++) {
                sum -= a[r][k] * x[k];
            }
            x[r] = sum / a[r][r];
        }
        return x;
    }
}
