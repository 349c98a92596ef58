package eu.competitiondesk.concentration.engine;

import java.math.BigDecimal;
import java.util.List;

/** The named firms merging, the HHI before and after, its change and the merged firm's share, all exact. */
public record MergerOutcome(
        List<FirmShare> parties, BigDecimal preHhi, BigDecimal postHhi, BigDecimal delta, BigDecimal combinedShare) {

    /** The largest pre-merger share of any party. */
    public BigDecimal largestPartyShare() {
        return parties.stream().map(FirmShare::share).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** Whether a party sells nothing yet: a potential entrant (EU HMG 2004, para 20(a)). */
    public boolean involvesPotentialEntrant() {
        return parties.stream().anyMatch(p -> p.share().signum() == 0);
    }
}
