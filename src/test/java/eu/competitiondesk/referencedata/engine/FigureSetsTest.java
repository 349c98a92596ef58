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

    static FigureSet set(Jurisdiction jurisdiction, LocalDate from) {
        Map<Figure, BigDecimal> amounts = new EnumMap<>(Figure.class);
        Figure.of(jurisdiction).forEach(f -> amounts.put(f, BigDecimal.ONE));
        return new FigureSet(jurisdiction, from, "source " + from, null, amounts);
    }

    @Test
    void aSetAppliesFromItsDateUntilTheNextOne() {
        FigureSets sets = new FigureSets(List.of(
                set(Jurisdiction.UK, LocalDate.of(2025, 1, 1)), set(Jurisdiction.UK, LocalDate.of(2027, 1, 1))));
        assertTrue(sets.inForce(Jurisdiction.UK, LocalDate.of(2024, 12, 31)).isEmpty());
        assertEquals(
                LocalDate.of(2025, 1, 1),
                sets.inForce(Jurisdiction.UK, LocalDate.of(2026, 12, 31))
                        .orElseThrow()
                        .effectiveFrom());
        assertEquals(
                LocalDate.of(2027, 1, 1),
                sets.inForce(Jurisdiction.UK, LocalDate.of(2040, 1, 1))
                        .orElseThrow()
                        .effectiveFrom());
    }

    @Test
    void theLatestUsSetAnswersForOneYearOnly() {
        FigureSets sets = new FigureSets(List.of(set(Jurisdiction.US, LocalDate.of(2025, 2, 21))));
        assertTrue(sets.inForce(Jurisdiction.US, LocalDate.of(2026, 2, 20)).isPresent());
        assertTrue(sets.inForce(Jurisdiction.US, LocalDate.of(2026, 2, 21)).isEmpty());
        assertTrue(sets.inForce(Jurisdiction.US, LocalDate.of(2025, 2, 20)).isEmpty());
    }

    @Test
    void aSetLackingAFigureOfItsJurisdictionIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new FigureSet(
                        Jurisdiction.US,
                        LocalDate.of(2025, 2, 21),
                        "FTC",
                        null,
                        Map.of(Figure.US_SIZE_OF_TRANSACTION, BigDecimal.ONE)));
    }
}
