package eu.competitiondesk.referencedata.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The figure sets loaded, and which one is in force on a day: a set is in force from its effective date until the
 * day before the next set of its jurisdiction takes effect, however long that is (the HSR figures are revised every
 * year, but the law is the last notice published until the next one takes effect: docs/methodology.md, "Merger
 * control"). A day before a jurisdiction's first set has none.
 */
public record FigureSets(List<FigureSet> sets) {

    public FigureSets {
        sets = List.copyOf(sets);
    }

    public Optional<FigureSet> inForce(Jurisdiction jurisdiction, LocalDate day) {
        return ofJurisdiction(jurisdiction).stream()
                .filter(set -> !set.effectiveFrom().isAfter(day))
                .reduce((earlier, later) -> later);
    }

    /** The last day a set is in force: the day before the next set of its jurisdiction; null while it is the latest. */
    public LocalDate effectiveUntil(FigureSet set) {
        return ofJurisdiction(set.jurisdiction()).stream()
                .map(FigureSet::effectiveFrom)
                .filter(from -> from.isAfter(set.effectiveFrom()))
                .findFirst()
                .map(from -> from.minusDays(1))
                .orElse(null);
    }

    /** Every jurisdiction's set in force on the day, where it has one. */
    public List<FigureSet> inForceOn(LocalDate day) {
        return java.util.Arrays.stream(Jurisdiction.values())
                .map(j -> inForce(j, day))
                .flatMap(Optional::stream)
                .toList();
    }

    private List<FigureSet> ofJurisdiction(Jurisdiction jurisdiction) {
        return sets.stream()
                .filter(s -> s.jurisdiction() == jurisdiction)
                .sorted(Comparator.comparing(FigureSet::effectiveFrom))
                .toList();
    }
}
