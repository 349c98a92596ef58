package eu.competitiondesk.referencedata.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The figure sets loaded, and which one is in force on a day: a set is in force from its effective date until the
 * day before the next set of its law takes effect, however long that is (the HSR figures are revised every
 * year, but the law is the last notice published until the next one takes effect: docs/methodology.md, "Merger
 * control"). A day before a law's first set has none.
 */
public record FigureSets(List<FigureSet> sets) {

    public FigureSets {
        sets = List.copyOf(sets);
    }

    public Optional<FigureSet> inForce(ThresholdLaw law, LocalDate day) {
        return ofLaw(law).stream()
                .filter(set -> !set.effectiveFrom().isAfter(day))
                .reduce((earlier, later) -> later);
    }

    /** The last day a set is in force: the day before the next set of its law; null while it is the latest. */
    public LocalDate effectiveUntil(FigureSet set) {
        return ofLaw(set.law()).stream()
                .map(FigureSet::effectiveFrom)
                .filter(from -> from.isAfter(set.effectiveFrom()))
                .findFirst()
                .map(from -> from.minusDays(1))
                .orElse(null);
    }

    /** Every law's set in force on the day, where it has one. */
    public List<FigureSet> inForceOn(LocalDate day) {
        return java.util.Arrays.stream(ThresholdLaw.values())
                .map(j -> inForce(j, day))
                .flatMap(Optional::stream)
                .toList();
    }

    private List<FigureSet> ofLaw(ThresholdLaw law) {
        return sets.stream()
                .filter(s -> s.law() == law)
                .sorted(Comparator.comparing(FigureSet::effectiveFrom))
                .toList();
    }
}
