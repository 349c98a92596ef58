package eu.competitiondesk.concentration.engine;

import java.math.BigDecimal;

/** The figures a screen compares with its thresholds, all exact. */
public record ScreenFigures(
        BigDecimal postHhi, BigDecimal delta, BigDecimal combinedShare, BigDecimal largestPartyShare) {

    static ScreenFigures of(MergerOutcome merger) {
        return new ScreenFigures(merger.postHhi(), merger.delta(), merger.combinedShare(), merger.largestPartyShare());
    }
}
