package eu.competitiondesk.concentration.engine;

import java.util.List;

/**
 * One guideline's verdict on a merger: on the named-firm figures ({@code verdict}, {@code reason}), on each bound
 * the data allow ({@code bounds}), the verdict at the upper bound with Others, the distinct verdicts seen across
 * the bounds from the least to the most adverse, and a sentence saying whether a bound flips the verdict.
 * {@code specialCircumstances} are those of EU HMG 2004 para 20 the data point to.
 */
public record ScreenResult(Guideline guideline, Verdict verdict, String reason, List<SpecialCircumstance> specialCircumstances,
        Verdict verdictAtUpperBound, List<Verdict> verdictRange, List<BoundVerdict> bounds, String boundNote) {

    /** The verdict on one bound, with the figures it rests on. */
    public record BoundVerdict(Bound bound, ScreenFigures figures, Verdict verdict, String reason) {
    }

    public boolean verdictDiffersAcrossBounds() {
        return verdictRange.size() > 1;
    }
}
