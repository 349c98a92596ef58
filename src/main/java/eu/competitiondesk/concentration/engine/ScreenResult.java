package eu.competitiondesk.concentration.engine;

import java.util.List;
import java.util.TreeSet;

/**
 * One guideline's verdict on a merger on each bound the data allow ({@code bounds}: named firms first, then the
 * upper bound with Others, then both ends of the rounding band). {@code specialCircumstances} are those of EU HMG
 * 2004 para 20 the data point to. The verdict on the named firms, the one at the upper bound, the range seen and the
 * sentence on which bound flips it are all read from the bounds.
 */
public record ScreenResult(
        Guideline guideline, List<SpecialCircumstance> specialCircumstances, List<BoundVerdict> bounds) {

    /** The verdict on one bound, with the figures it rests on. */
    public record BoundVerdict(Bound bound, ScreenFigures figures, Verdict verdict, String reason) {}

    public ScreenResult {
        specialCircumstances = List.copyOf(specialCircumstances);
        bounds = List.copyOf(bounds);
        if (bounds.isEmpty() || bounds.get(0).bound() != Bound.NAMED_FIRMS) {
            throw new IllegalArgumentException("the named firms' verdict comes first");
        }
    }

    /** The verdict on the named firms. */
    public Verdict verdict() {
        return bounds.get(0).verdict();
    }

    public String reason() {
        return bounds.get(0).reason();
    }

    public Verdict verdictAtUpperBound() {
        return bounds.stream()
                .filter(b -> b.bound() == Bound.UPPER_WITH_OTHERS)
                .findFirst()
                .map(BoundVerdict::verdict)
                .orElse(verdict());
    }

    /** The distinct verdicts seen across the bounds, from the least to the most adverse. */
    public List<Verdict> verdictRange() {
        return List.copyOf(
                new TreeSet<>(bounds.stream().map(BoundVerdict::verdict).toList()));
    }

    public boolean verdictDiffersAcrossBounds() {
        return verdictRange().size() > 1;
    }

    /** Says whether the verdict holds on every bound and, where not, which bound flips it. */
    public String boundNote() {
        List<String> flips = bounds.stream()
                .skip(1)
                .filter(b -> b.verdict() != verdict())
                .map(b -> Screens.describe(b.bound()) + " (post-merger HHI "
                        + Figures.format(b.figures().postHhi()) + ", delta "
                        + Figures.format(b.figures().delta()) + ")")
                .toList();
        if (flips.isEmpty()) {
            return "The same verdict on every bound: named firms, upper bound with Others and both ends of the"
                    + " rounding band.";
        }
        return "The verdict on the named firms changes on " + String.join("; ", flips) + ".";
    }
}
