package eu.competitiondesk.economics.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The general Bertrand simulation against solutions reached independently: the logit against {@link LogitMerger}'s
 * own solver, linear demand against its closed form, and a minority stake against the first-order conditions solved
 * in the test by fixed-point iteration.
 */
class BertrandSimulationTest {

    private static final double[] LOGIT_PRICES = {10, 8, 12};
    private static final double[] LOGIT_SHARES = {0.3, 0.2, 0.1};

    private static double[][] identity(int n) {
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            k[i][i] = 1;
        }
        return k;
    }

    private static double[][] merger(int n, int a, int b, double ab, double ba) {
        double[][] k = identity(n);
        k[a][b] = ab;
        k[b][a] = ba;
        return k;
    }

    @Test
    void theLogitAgreesWithTheDedicatedLogitSolver() {
        BertrandSimulation.Logit demand =
                BertrandSimulation.calibrateLogit(LOGIT_PRICES, LOGIT_SHARES, 0.4, 0, 0.5, identity(3));
        BertrandSimulation.Result run =
                BertrandSimulation.simulate(demand, LOGIT_PRICES, identity(3), merger(3, 0, 1, 1, 1));
        LogitMerger.Result reference = LogitMerger.simulate(
                List.of(
                        new LogitMerger.Product("A", 10, 0.3),
                        new LogitMerger.Product("B", 8, 0.2),
                        new LogitMerger.Product("C", 12, 0.1)),
                0.4,
                0,
                0.5,
                Set.of(0, 1));
        assertTrue(run.valid(), run.checks().toString());
        assertEquals(reference.alpha(), demand.alpha(), 1e-12);
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    reference.products().get(i).marginalCost(),
                    run.products().get(i).marginalCost(),
                    1e-9);
            assertEquals(
                    reference.products().get(i).priceAfter(),
                    run.products().get(i).priceAfter(),
                    1e-9);
            assertEquals(
                    reference.products().get(i).shareAfter(),
                    run.products().get(i).quantityAfter(),
                    1e-9);
        }
        // Consumer surplus per potential consumer, as the log-sum gives it in both.
        assertEquals(-reference.consumerSurplusChange(), run.consumerHarm(), 1e-9);
        assertTrue(run.industryPriceChange() > 0);
        assertNull(run.products().get(2).cmcr(), "C's ownership does not change");
        assertTrue(run.products().get(0).cmcr() > 0);
    }

    /**
     * Two symmetric products, q_i = 100 - 2 p_i + p_j, cost 10: Bertrand gives p = (100 + 2 x 10) / (2 x 2 - 1) = 40,
     * q = 60, margin 75 %, diversion 1 / 2; joint pricing p = (100 + (2 - 1) x 10) / (2 (2 - 1)) = 55, q = 45. The
     * cost that makes 40 the joint optimum: 60 - (2 - 1)(40 - c') = 0, c' = -20, a cut of 300 %. Consumer surplus
     * falls by (60 + 45) / 2 x 15 on each product, 1,575 in all; profits rise from 2 x 30 x 60 = 3,600 to
     * 2 x 45 x 45 = 4,050.
     */
    @Test
    void linearDemandAgreesWithItsClosedForm() {
        double[] p = {40, 40};
        BertrandSimulation.Linear demand = BertrandSimulation.calibrateLinear(
                p, new double[] {60, 60}, new double[] {0.75, 0.75}, new double[][] {{0, 0.5}, {0.5, 0}}, identity(2));
        assertEquals(-2, demand.slopes()[0][0], 1e-12);
        assertEquals(1, demand.slopes()[1][0], 1e-12);
        assertEquals(100, demand.intercepts()[0], 1e-12);
        BertrandSimulation.Result run = BertrandSimulation.simulate(demand, p, identity(2), merger(2, 0, 1, 1, 1));
        assertTrue(run.valid(), run.checks().toString());
        assertEquals(10, run.products().get(0).marginalCost(), 1e-9);
        assertEquals(55, run.products().get(0).priceAfter(), 1e-9);
        assertEquals(45, run.products().get(1).quantityAfter(), 1e-9);
        assertEquals(0.375, run.industryPriceChange(), 1e-12);
        assertEquals(3.0, run.products().get(0).cmcr(), 1e-9);
        assertEquals(1575, run.consumerHarm(), 1e-9);
        assertEquals(450, run.producerBenefit(), 1e-9);
        // Proportional diversion: what 60 of 150 loses goes to the others by their quantities, 60 / 90 to the second.
        assertEquals(60.0 / 90, BertrandSimulation.proportionalDiversion(new double[] {60, 60, 30})[0][1], 1e-15);
    }

    /**
     * A silent 27 % stake of A in B: kappa_AB = 0.27, kappa_BA = 0. In the logit the conditions read
     * 1 - alpha (1 - s_i) m_i + alpha sum_j kappa_ij s_j m_j = 0; solved here by iterating
     * m_i = (1 + alpha sum_j kappa_ij s_j m_j) / (alpha (1 - s_i)) at the shares the prices give, until nothing moves.
     */
    @Test
    void aMinorityStakeAgreesWithTheConditionsSolvedApart() {
        BertrandSimulation.Logit demand =
                BertrandSimulation.calibrateLogit(LOGIT_PRICES, LOGIT_SHARES, 0.4, 0, 0.5, identity(3));
        double[][] stake = merger(3, 0, 1, 0.27, 0);
        BertrandSimulation.Result run = BertrandSimulation.simulate(demand, LOGIT_PRICES, identity(3), stake);
        assertTrue(run.valid(), run.checks().toString());
        double[] c = run.products().stream()
                .mapToDouble(BertrandSimulation.ProductResult::marginalCost)
                .toArray();
        double[] prices = LOGIT_PRICES.clone();
        for (int round = 0; round < 10_000; round++) {
            double[] s = demand.shares(prices);
            double[] next = new double[3];
            for (int i = 0; i < 3; i++) {
                double cross = 0;
                for (int j = 0; j < 3; j++) {
                    if (j != i) {
                        cross += stake[i][j] * s[j] * (prices[j] - c[j]);
                    }
                }
                next[i] = c[i] + (1 + demand.alpha() * cross) / (demand.alpha() * (1 - s[i]));
            }
            prices = next;
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(prices[i], run.products().get(i).priceAfter(), 1e-9);
        }
        // The stake moves A's price, less than a merger would; B's owners draw nothing from A and price as before
        // but for the rivals' response.
        BertrandSimulation.Result full =
                BertrandSimulation.simulate(demand, LOGIT_PRICES, identity(3), merger(3, 0, 1, 1, 1));
        assertTrue(run.products().get(0).priceAfter() > LOGIT_PRICES[0]);
        assertTrue(run.products().get(0).priceAfter() < full.products().get(0).priceAfter());
    }

    @Test
    void aRunThatFailsACheckSaysWhichAndShowsNoFigures() {
        // Diversions summing above 1 with these margins give an upward-sloping own effect: the model is not usable.
        BertrandSimulation.Linear demand = BertrandSimulation.calibrateLinear(
                new double[] {40, 40},
                new double[] {60, 60},
                new double[] {0.75, 0.75},
                new double[][] {{0, 1.5}, {1.5, 0}},
                identity(2));
        BertrandSimulation.Result run =
                BertrandSimulation.simulate(demand, new double[] {40, 40}, identity(2), merger(2, 0, 1, 1, 1));
        assertFalse(run.valid());
        assertNull(run.products());
        assertTrue(run.checks().stream().anyMatch(c -> !c.holds()), run.checks().toString());
    }

    /**
     * Two symmetric products of constant elasticity: price 40, quantity 60, margin 50 %, diversion 30 %. Then e_ii =
     * 40 / (-0.5 x 40) = -2 and e_ji = 2 x 0.3 = 0.6, cost 20. Jointly each price solves p + (p - c)(e_ii + e_ji) = 0,
     * p = 1.4 c / 0.4 = 70; the quantity 60 x 1.75^(-1.4).
     */
    @Test
    void logLinearDemandAgreesWithItsClosedForm() {
        double[] p = {40, 40};
        BertrandSimulation.LogLinear demand = BertrandSimulation.calibrateLogLinear(
                p, new double[] {60, 60}, new double[] {0.5, 0.5}, new double[][] {{0, 0.3}, {0.3, 0}}, identity(2));
        assertEquals(-2, demand.elasticities()[0][0], 1e-12);
        assertEquals(0.6, demand.elasticities()[1][0], 1e-12);
        BertrandSimulation.Result run = BertrandSimulation.simulate(demand, p, identity(2), merger(2, 0, 1, 1, 1));
        assertTrue(run.valid(), run.checks().toString());
        assertEquals(20, run.products().get(0).marginalCost(), 1e-9);
        assertEquals(70, run.products().get(1).priceAfter(), 1e-9);
        assertEquals(60 * Math.pow(1.75, -1.4), run.products().get(0).quantityAfter(), 1e-9);
        assertNull(run.consumerHarm(), "no closed form for the log-linear surplus");
    }

    /**
     * CES with an outside good: prices 10, 8 and 12, expenditure shares 30, 20 and 10 % (outside 40 %), a margin of
     * 50 % on the first: g = (1 / 0.5 - 0.3) / 0.7 = 17 / 7. The calibrated model gives the observed shares back (the
     * convention of antitrust 0.99.26; 0.99.31 would give 18.75, 12.5 and 6.25 %). After a merger of the first two,
     * the Lerner indices solve m_i = (1 + (g - 1) sum_(j != i) kappa_ij m_j w_j) / (g - (g - 1) w_i), iterated here
     * at the shares the prices give.
     */
    @Test
    void cesDemandGivesTheObservedSharesBackAndAgreesWithItsConditionsSolvedApart() {
        BertrandSimulation.Ces demand = BertrandSimulation.calibrateCes(LOGIT_PRICES, LOGIT_SHARES, 0.4, 0, 0.5, 1);
        assertEquals(17.0 / 7, demand.gamma(), 1e-12);
        double[] w = demand.expenditureShares(LOGIT_PRICES);
        for (int i = 0; i < 3; i++) {
            assertEquals(LOGIT_SHARES[i], w[i], 1e-12);
        }
        double[][] after = merger(3, 0, 1, 1, 1);
        BertrandSimulation.Result run = BertrandSimulation.simulate(demand, LOGIT_PRICES, identity(3), after);
        assertTrue(run.valid(), run.checks().toString());
        assertEquals(5, run.products().get(0).marginalCost(), 1e-9);
        double g = demand.gamma();
        double[] c = run.products().stream()
                .mapToDouble(BertrandSimulation.ProductResult::marginalCost)
                .toArray();
        double[] prices = LOGIT_PRICES.clone();
        for (int round = 0; round < 10_000; round++) {
            double[] shares = demand.expenditureShares(prices);
            double[] next = new double[3];
            for (int i = 0; i < 3; i++) {
                double cross = 0;
                for (int j = 0; j < 3; j++) {
                    if (j != i) {
                        cross += after[i][j] * (1 - c[j] / prices[j]) * shares[j];
                    }
                }
                double lerner = (1 + (g - 1) * cross) / (g - (g - 1) * shares[i]);
                next[i] = c[i] / (1 - lerner);
            }
            prices = next;
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(prices[i], run.products().get(i).priceAfter(), 1e-9);
        }
        assertTrue(run.consumerHarm() > 0, "prices rise, consumers lose");
    }

    /**
     * PCAIDS with inside shares 50, 30 and 20 %, an own elasticity of -3 for the first and a market elasticity of -1:
     * b_11 = 0.5 (-3 + 1) = -1, B_22 = -1 x 0.21 / 0.25 = -0.84, B_33 = -0.64, B_21 = 0.3 / 0.5 = 0.6, B_31 = 0.4;
     * margins -1 / e_ii: 1/3, 1/3.8 and 1/4.2. After a merger of the first two, the conditions in shares,
     * w_i + sum_j kappa_ij m_j w_j e_ji = 0 with w = w0 + B x, m_j = 1 - (1 - m0_j) exp(-x_j) and x the log price
     * changes, are solved here apart by Newton's method on x.
     */
    @Test
    void pcaidsAgreesWithItsConditionsSolvedApartInLogPriceChanges() {
        double[] w0 = {0.5, 0.3, 0.2};
        double[] ones = {1, 1, 1};
        BertrandSimulation.Aids demand = BertrandSimulation.calibratePcaids(ones, w0, 0, -3, -1, 1);
        assertEquals(-1, demand.b()[0][0], 1e-12);
        assertEquals(-0.84, demand.b()[1][1], 1e-12);
        assertEquals(0.6, demand.b()[1][0], 1e-12);
        assertEquals(0, demand.b()[0][0] + demand.b()[1][0] + demand.b()[2][0], 1e-12);
        double[][] after = merger(3, 0, 1, 1, 1);
        BertrandSimulation.Result run = BertrandSimulation.simulate(demand, ones, identity(3), after);
        assertTrue(run.valid(), run.checks().toString());
        assertEquals(1 - 1.0 / 3, run.products().get(0).marginalCost(), 1e-12);
        assertEquals(1 - 1 / 3.8, run.products().get(1).marginalCost(), 1e-12);
        double[] m0 = {1.0 / 3, 1 / 3.8, 1 / 4.2};
        double[] x = new double[3];
        for (int round = 0; round < 50; round++) {
            double[] f = shareConditions(demand, w0, m0, after, x);
            double[][] jacobian = new double[3][3];
            for (int j = 0; j < 3; j++) {
                double[] moved = x.clone();
                moved[j] += 1e-7;
                double[] g = shareConditions(demand, w0, m0, after, moved);
                for (int r = 0; r < 3; r++) {
                    jacobian[r][j] = (g[r] - f[r]) / 1e-7;
                }
            }
            double[] step = BertrandSimulation.solve(jacobian, f);
            for (int j = 0; j < 3; j++) {
                x[j] -= step[j];
            }
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(Math.exp(x[i]), run.products().get(i).priceAfter(), 1e-9);
        }
        assertTrue(
                run.products().get(0).priceAfter() > 1 && run.products().get(2).priceAfter() > 1);
    }

    private static double[] shareConditions(
            BertrandSimulation.Aids demand, double[] w0, double[] m0, double[][] k, double[] x) {
        double[] w = new double[3];
        double[] m = new double[3];
        for (int i = 0; i < 3; i++) {
            w[i] = w0[i];
            for (int j = 0; j < 3; j++) {
                w[i] += demand.b()[i][j] * x[j];
            }
            m[i] = 1 - (1 - m0[i]) * Math.exp(-x[i]);
        }
        double[] f = new double[3];
        for (int i = 0; i < 3; i++) {
            f[i] = w[i];
            for (int j = 0; j < 3; j++) {
                double elasticity =
                        (i == j ? -1 : 0) + demand.b()[j][i] / w[j] + w[i] * (demand.marketElasticity() + 1);
                f[i] += k[i][j] * m[j] * w[j] * elasticity;
            }
        }
        return f;
    }
}
