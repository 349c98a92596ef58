package eu.competitiondesk.economics.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Upward pricing pressure of a merger or partnership between two single-product firms, A and B, from prices,
 * margins and diversion ratios (fractions). Each figure is computed for both directions:
 * <ul>
 * <li>diversion D_AB, the share of A's lost sales that B captures, typed or, when not known, proportional to shares:
 * s_B / (1 - s_A);</li>
 * <li>UPP_A = D_AB (P_B - C_B) - E C_A, in price units, E the efficiency credit as a fraction of marginal cost
 * (Farrell and Shapiro 2010);</li>
 * <li>GUPPI_A = D_AB M_B P_B / P_A, the value of diverted sales (US Horizontal Merger Guidelines 2010, s.6.1);</li>
 * <li>the compensating marginal cost reduction CMCR_A = (M_A D_AB D_BA + M_B D_AB P_B / P_A) / ((1 - M_A)
 * (1 - D_AB D_BA)) (Werden 1996);</li>
 * <li>the illustrative price rise of symmetric firms with A's margin and diversion: linear demand M D / (2 (1 - D)),
 * isoelastic demand M D / (1 - M - D), which has no finite value where M + D is 1 or more (Shapiro 1996).</li>
 * </ul>
 * A partial ownership weighs the partner's profit by the O'Brien-Salop weight kappa_AB of what A's controllers draw
 * from B per unit they draw from A (1 in a full merger): UPP_A = kappa_AB D_AB (P_B - C_B) - E C_A, GUPPI_A =
 * kappa_AB D_AB M_B P_B / P_A, CMCR_A = (kappa_AB D_AB M_B P_B / P_A + kappa_AB kappa_BA M_A D_AB D_BA) / ((1 - M_A)
 * (1 - kappa_AB kappa_BA D_AB D_BA)), and the illustrative rises take kappa D as the diversion that counts.
 */
public final class UnilateralEffects {

    /** How far the sensitivity table moves the partner's margin, in percentage points. */
    public static final List<Integer> MARGIN_STEPS = List.of(-10, -5, 0, 5, 10);

    /** Below this, 1 - M - D is read as zero: the isoelastic rise has no finite value. */
    static final double NO_FINITE_RISE = 1e-12;

    /** One product: price, margin (P - C) / P and share, as fractions. */
    public record Product(String name, double price, double margin, double share) {
        public double marginalCost() {
            return price * (1 - margin);
        }
    }

    /** A diversion ratio given in each direction, or null for both to take them from shares. */
    public record Diversion(double aToB, double bToA) {}

    /** One direction's figures, the first product's view of the second. */
    public record Direction(
            String from,
            String to,
            double diversion,
            double upp,
            double guppi,
            double cmcr,
            double linearPriceRise,
            Double isoelasticPriceRise,
            List<SensitivityRow> guppiSensitivity) {}

    /** GUPPI with the partner's margin moved by {@code marginStep} points (clamped to 0 to 100%). */
    public record SensitivityRow(int marginStep, double partnerMargin, double guppi) {}

    public record Result(boolean diversionFromShares, double efficiency, Direction a, Direction b) {}

    /** The profit weights of each firm's controllers in the other: 1 both ways for a merger. */
    public record Weights(double aInB, double bInA) {
        public static final Weights MERGER = new Weights(1, 1);
    }

    private UnilateralEffects() {}

    public static Result evaluate(Product a, Product b, Diversion given, double efficiency) {
        return evaluate(a, b, given, efficiency, Weights.MERGER);
    }

    public static Result evaluate(Product a, Product b, Diversion given, double efficiency, Weights weights) {
        double dAB = given == null ? a.share() == 1 ? Double.NaN : b.share() / (1 - a.share()) : given.aToB();
        double dBA = given == null ? b.share() == 1 ? Double.NaN : a.share() / (1 - b.share()) : given.bToA();
        if (!(dAB >= 0 && dAB <= 1 && dBA >= 0 && dBA <= 1) || dAB * dBA >= 1) {
            throw new IllegalArgumentException("diversion ratios must lie from 0 to 1 and not both be 1");
        }
        return new Result(
                given == null,
                efficiency,
                direction(a, b, dAB, dBA, efficiency, weights.aInB(), weights.bInA()),
                direction(b, a, dBA, dAB, efficiency, weights.bInA(), weights.aInB()));
    }

    private static Direction direction(
            Product self, Product other, double d, double back, double efficiency, double kappa, double kappaBack) {
        double upp = kappa * d * (other.price() - other.marginalCost()) - efficiency * self.marginalCost();
        double guppi = kappa * guppi(d, other.margin(), other.price(), self.price());
        double cmcr = (kappa * other.margin() * d * other.price() / self.price()
                        + kappa * kappaBack * self.margin() * d * back)
                / ((1 - self.margin()) * (1 - kappa * kappaBack * d * back));
        double weighted = kappa * d;
        double linear = self.margin() * weighted / (2 * (1 - weighted));
        double isoelasticDenominator = 1 - self.margin() - weighted;
        // Margins and diversions come as decimals: within binary rounding of 1, M + D is 1 and the rise unbounded.
        Double isoelastic =
                isoelasticDenominator > NO_FINITE_RISE ? self.margin() * weighted / isoelasticDenominator : null;
        List<SensitivityRow> rows = new ArrayList<>();
        for (int step : MARGIN_STEPS) {
            double margin = Math.min(1, Math.max(0, other.margin() + step / 100.0));
            rows.add(new SensitivityRow(step, margin, kappa * guppi(d, margin, other.price(), self.price())));
        }
        return new Direction(self.name(), other.name(), d, upp, guppi, cmcr, linear, isoelastic, List.copyOf(rows));
    }

    static double guppi(double diversion, double partnerMargin, double partnerPrice, double ownPrice) {
        return diversion * partnerMargin * partnerPrice / ownPrice;
    }
}
