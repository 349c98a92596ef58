package eu.competitiondesk.referencedata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureSetsTest {

    static FigureSet set(ThresholdLaw law, LocalDate from) {
        Map<Figure, BigDecimal> amounts = new EnumMap<>(Figure.class);
        Figure.of(law).forEach(f -> amounts.put(f, BigDecimal.ONE));
        return new FigureSet(law, from, "source " + from, null, amounts);
    }

    @Test
    void aSetAppliesFromItsDateUntilTheNextOne() {
        FigureSets sets = new FigureSets(List.of(
                set(ThresholdLaw.EA2002_S23, LocalDate.of(2025, 1, 1)),
                set(ThresholdLaw.EA2002_S23, LocalDate.of(2027, 1, 1))));
        assertTrue(sets.inForce(ThresholdLaw.EA2002_S23, LocalDate.of(2024, 12, 31))
                .isEmpty());
        assertEquals(
                LocalDate.of(2025, 1, 1),
                sets.inForce(ThresholdLaw.EA2002_S23, LocalDate.of(2026, 12, 31))
                        .orElseThrow()
                        .effectiveFrom());
        assertEquals(
                LocalDate.of(2027, 1, 1),
                sets.inForce(ThresholdLaw.EA2002_S23, LocalDate.of(2040, 1, 1))
                        .orElseThrow()
                        .effectiveFrom());
    }

    /**
     * The HSR figures of 2025 (in force from 21 February 2025) and of 2026 (from 17 February 2026): the 2025 set
     * answers up to 16 February 2026, the 2026 set from the 17th; the latest set stays in force until a later one is
     * loaded, with no one-year limit; before the first set there is none.
     */
    @Test
    void eachUsSetIsInForceUntilTheDayBeforeTheNext() {
        FigureSet hsr2025 = set(ThresholdLaw.HSR, LocalDate.of(2025, 2, 21));
        FigureSet hsr2026 = set(ThresholdLaw.HSR, LocalDate.of(2026, 2, 17));
        FigureSets sets = new FigureSets(List.of(hsr2026, hsr2025));
        assertEquals(
                hsr2025,
                sets.inForce(ThresholdLaw.HSR, LocalDate.of(2026, 2, 16)).orElseThrow());
        assertEquals(
                hsr2026,
                sets.inForce(ThresholdLaw.HSR, LocalDate.of(2026, 2, 17)).orElseThrow());
        assertEquals(
                hsr2026,
                sets.inForce(ThresholdLaw.HSR, LocalDate.of(2026, 2, 18)).orElseThrow());
        assertEquals(
                hsr2026,
                sets.inForce(ThresholdLaw.HSR, LocalDate.of(2027, 3, 1)).orElseThrow());
        assertTrue(sets.inForce(ThresholdLaw.HSR, LocalDate.of(2025, 2, 20)).isEmpty());
        assertEquals(LocalDate.of(2026, 2, 16), sets.effectiveUntil(hsr2025));
        assertEquals(null, sets.effectiveUntil(hsr2026));
        assertEquals(List.of(hsr2025), sets.inForceOn(LocalDate.of(2025, 12, 31)));
    }

    /** A UK set from before 1 January 2025 holds no hybrid or safe-harbour figure: the law then had neither. */
    @Test
    void aSetFromBeforeALaterFigureMayLackIt() {
        FigureSet before2025 = new FigureSet(
                ThresholdLaw.EA2002_S23,
                LocalDate.of(2003, 6, 20),
                "EA 2002",
                null,
                Map.of(Figure.UK_TARGET_TURNOVER, BigDecimal.TEN, Figure.UK_SHARE_OF_SUPPLY, BigDecimal.ONE));
        assertTrue(before2025.has(Figure.UK_TARGET_TURNOVER));
        assertTrue(!before2025.has(Figure.UK_HYBRID_SHARE));
        assertEquals(null, before2025.amount(Figure.UK_SAFE_HARBOUR_TURNOVER));
    }

    @Test
    void aSetLackingAFigureOfItsJurisdictionIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new FigureSet(
                        ThresholdLaw.HSR,
                        LocalDate.of(2025, 2, 21),
                        "FTC",
                        null,
                        Map.of(Figure.US_SIZE_OF_TRANSACTION, BigDecimal.ONE)));
    }
}
