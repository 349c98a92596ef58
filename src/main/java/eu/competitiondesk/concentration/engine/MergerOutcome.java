package eu.competitiondesk.concentration.engine;

import java.util.List;

/** The named firms merging, the HHI before and after, its change and the merged firm's share. */
public record MergerOutcome(List<FirmShare> parties, double preHhi, double postHhi, double delta,
        double combinedShare) {

    /** The largest pre-merger share of any party. */
    public double largestPartyShare() {
        return parties.stream().mapToDouble(FirmShare::share).max().orElse(0);
    }
}
