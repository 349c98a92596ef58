package eu.competitiondesk.referencedata.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The figure sets loaded, and which one is in force on a day. A set is in force from its effective date until the
 * next set of its jurisdiction takes effect. The HSR figures are revised every year, so the latest US set answers
 * for one year from its effective date only: a later day needs the next year's figures, never last year's
 * (docs/methodology.md, "Merger control").
 */
public record FigureSets(List<FigureSet> sets) {

    /** How long the latest US set answers without a successor. */
    static final int US_REVISION_YEARS = 1;

    public FigureSets {
        sets = List.copyOf(sets);
    }

    public Optional<FigureSet> inForce(Jurisdiction jurisdiction, LocalDate day) {
        List<FigureSet> ofJurisdiction = sets.stream()
                .filter(s -> s.jurisdiction() == jurisdiction)
                .sorted(Comparator.comparing(FigureSet::effectiveFrom))
                .toList();
        for (int i = ofJurisdiction.size() - 1; i >= 0; i--) {
            FigureSet set = ofJurisdiction.get(i);
            if (!set.effectiveFrom().isAfter(day)) {
                boolean latest = i == ofJurisdiction.size() - 1;
                if (latest
                        && jurisdiction == Jurisdiction.US
                        && !day.isBefore(set.effectiveFrom().plusYears(US_REVISION_YEARS))) {
                    return Optional.empty();
                }
                return Optional.of(set);
            }
        }
        return Optional.empty();
    }
}
