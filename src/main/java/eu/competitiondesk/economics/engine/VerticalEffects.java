package eu.competitiondesk.economics.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Vertical upward pricing pressure of a firm supplying an input to its own downstream unit and to the unit's rivals
 * (Moresi and Salop 2013), with one unit of input per unit of output (fixed proportions, no input substitution):
 * <ul>
 * <li>raising rivals' costs: vGUPPI_u(R) = D_RD M_D P_D / w_R, the upstream firm's incentive to raise rival R's input
 * price, as a share of it; vGUPPI_r(R) = rho_R vGUPPI_u(R) w_R / P_R, what R's price would bear with pass-through
 * rho_R;</li>
 * <li>customer foreclosure: vGUPPI_d = sum over R of D_DR (w_R - c_U) / P_D, the downstream unit's incentive to raise
 * its price for the input margin it then earns on rivals' sales; the elimination of double marginalisation
 * EDM = (w_D - c_U) / P_D offsets it;</li>
 * <li>total input foreclosure of R is profitable when the downstream margin on the sales recaptured exceeds the
 * upstream margin lost, D_RD M_D P_D &gt; w_R - c_U (strict: at equality nothing is gained); the critical diversion
 * is (w_R - c_U) / (M_D P_D).</li>
 * </ul>
 * With a partial ownership instead of a merger, each side counts the other's profit at its profit weight
 * (O'Brien and Salop 2000): the supplier the downstream margin at kappa_UD, the downstream unit the supplier's input
 * margin (and its saving from buying at cost) at kappa_DU; a merger is 1 and 1, a stake held silently by the supplier
 * its financial share and 0.
 * The comparison is exact (decimal products, no division); the ratios are decimal quotients to 34 digits. The ability,
 * incentive and effect framework of the Non-Horizontal Merger Guidelines is the frame: these figures speak to the
 * incentive.
 */
public final class VerticalEffects {

    public static final List<String> SOURCES = List.of(
            "Moresi and Salop, 'vGUPPI: Scoring Unilateral Pricing Incentives in Vertical Mergers', Antitrust Law"
                    + " Journal 79(1) (2013)",
            "Guidelines on the assessment of non-horizontal mergers (2008/C 265/07), paras 29-77 (input and customer"
                    + " foreclosure: ability, incentive, effect)");

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The upstream firm and its marginal cost of the input, c_U. */
    public record Upstream(String name, BigDecimal marginalCost) {}

    /** The merging downstream unit: price P_D, margin M_D in percent, the internal input price w_D where known. */
    public record Downstream(String name, BigDecimal price, BigDecimal marginPercent, BigDecimal inputPrice) {}

    /**
     * A downstream rival: price P_R, the input price w_R it pays the upstream firm, the diversion D_RD of its lost
     * sales to the merging downstream unit and D_DR from that unit to it, both in percent, and its pass-through of an
     * input price rise, in percent, where known.
     */
    public record Rival(
            String name,
            BigDecimal price,
            BigDecimal inputPrice,
            BigDecimal diversionToMergingPercent,
            BigDecimal diversionFromMergingPercent,
            BigDecimal passThroughPercent) {}

    /** One rival's figures, in percent; {@code vguppiRivalPercent} null without a pass-through. */
    public record RivalResult(
            String name,
            BigDecimal vguppiUpstreamPercent,
            BigDecimal vguppiRivalPercent,
            BigDecimal criticalDiversionPercent,
            boolean foreclosureProfitable) {}

    public record Result(
            List<RivalResult> rivals,
            BigDecimal vguppiDownstreamPercent,
            BigDecimal eliminationOfDoubleMarginalisationPercent,
            BigDecimal netVguppiDownstreamPercent,
            List<String> sources) {}

    /**
     * The profit weights between the supplier and the downstream unit, in percent: what the supplier counts of the
     * downstream unit's profit, and the downstream unit of the supplier's.
     */
    public record Weights(BigDecimal supplierOnDownstreamPercent, BigDecimal downstreamOnSupplierPercent) {
        /** Vertical integration: each counts the other's profit as its own. */
        public static final Weights MERGER = new Weights(HUNDRED, HUNDRED);
    }

    private VerticalEffects() {}

    /** A vertical merger: each side weighs the other's profit fully. */
    public static Result evaluate(Upstream upstream, Downstream downstream, List<Rival> rivals) {
        return evaluate(upstream, downstream, rivals, Weights.MERGER);
    }

    /** Inputs checked by the caller: prices and input prices above 0, percentages from 0 to 100, costs 0 or more. */
    public static Result evaluate(Upstream upstream, Downstream downstream, List<Rival> rivals, Weights weights) {
        BigDecimal cU = upstream.marginalCost();
        BigDecimal pD = downstream.price();
        BigDecimal mD = fraction(downstream.marginPercent());
        BigDecimal kappaUD = fraction(weights.supplierOnDownstreamPercent());
        BigDecimal kappaDU = fraction(weights.downstreamOnSupplierPercent());
        // The downstream margin as the supplier counts it.
        BigDecimal downstreamMargin = kappaUD.multiply(mD).multiply(pD);
        List<RivalResult> results = new ArrayList<>();
        BigDecimal downstreamPressure = BigDecimal.ZERO;
        for (Rival r : rivals) {
            BigDecimal dRD = fraction(r.diversionToMergingPercent());
            BigDecimal dDR = fraction(r.diversionFromMergingPercent());
            BigDecimal upstreamMargin = r.inputPrice().subtract(cU);
            BigDecimal recaptured = dRD.multiply(downstreamMargin);
            BigDecimal vguppiU = recaptured.divide(r.inputPrice(), MC);
            BigDecimal vguppiR = r.passThroughPercent() == null
                    ? null
                    : fraction(r.passThroughPercent())
                            .multiply(vguppiU)
                            .multiply(r.inputPrice())
                            .divide(r.price(), MC);
            results.add(new RivalResult(
                    r.name(),
                    percent(vguppiU),
                    vguppiR == null ? null : percent(vguppiR),
                    downstreamMargin.signum() == 0 ? null : percent(upstreamMargin.divide(downstreamMargin, MC)),
                    recaptured.compareTo(upstreamMargin) > 0));
            downstreamPressure = downstreamPressure.add(dDR.multiply(upstreamMargin));
        }
        BigDecimal vguppiD = kappaDU.multiply(downstreamPressure).divide(pD, MC);
        BigDecimal edm = downstream.inputPrice() == null
                ? BigDecimal.ZERO
                : kappaDU.multiply(downstream.inputPrice().subtract(cU)).divide(pD, MC);
        return new Result(
                List.copyOf(results), percent(vguppiD), percent(edm), percent(vguppiD.subtract(edm)), SOURCES);
    }

    private static BigDecimal fraction(BigDecimal percent) {
        return percent.divide(HUNDRED, MC);
    }

    /** Percent, without trailing zeros and in plain notation (25, not 2.5E+1). */
    private static BigDecimal percent(BigDecimal fraction) {
        BigDecimal percent = fraction.multiply(HUNDRED, MC).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }
}
