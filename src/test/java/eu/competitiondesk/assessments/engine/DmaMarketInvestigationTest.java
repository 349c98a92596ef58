package eu.competitiondesk.assessments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.referencedata.engine.Periods;
import eu.competitiondesk.referencedata.engine.WorkingDays;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Art. 17 targets as Regulation 1182/71 counts months, and the route Art. 3(8) opens. */
class DmaMarketInvestigationTest {

    @Test
    void targetsAreSixAndTwelveMonthsMovedOffWeekendsAndHolidays() {
        // Opened Friday 20 June 2025: six months end on Saturday 20 December 2025, moved to Monday 22 December
        // (Art. 3(4)); twelve months on Saturday 20 June 2026, moved to Monday 22 June. Both years' holidays loaded.
        WorkingDays calendar = new WorkingDays(Set.of(LocalDate.of(2025, 12, 25)), Set.of(2025, 2026));
        DmaMarketInvestigation.Targets targets =
                DmaMarketInvestigation.targets(LocalDate.of(2025, 6, 20), new Periods(calendar));
        assertEquals(
                LocalDate.of(2025, 12, 22), targets.preliminaryFindingsTarget().date());
        assertEquals(
                StatutoryDate.Kind.TARGET, targets.preliminaryFindingsTarget().kind());
        assertEquals("Art. 17(2)", targets.preliminaryFindingsTarget().source());
        assertEquals(LocalDate.of(2026, 6, 22), targets.conclusionTarget().date());
        assertTrue(targets.holidaysKnown());
        // Opened 24 June 2024 on a calendar with 2025 alone: the twelve months end in 2025, the six in 2024, whose
        // holidays are not known.
        WorkingDays only2025 = new WorkingDays(Set.of(), Set.of(2025));
        assertFalse(DmaMarketInvestigation.targets(LocalDate.of(2024, 6, 24), new Periods(only2025))
                .holidaysKnown());
    }

    @Test
    void theQualitativeRouteFollowsTheUserThresholds() {
        DmaDesignation.ServiceResult fewUsers = new DmaDesignation.ServiceResult("Cloud", false, null, true, false);
        DmaDesignation.ServiceResult unknown = new DmaDesignation.ServiceResult("Cloud", null, null, true, null);
        DmaDesignation.ServiceResult met = new DmaDesignation.ServiceResult("Search", true, true, true, true);
        assertTrue(DmaMarketInvestigation.qualitativeRoute(false, List.of(fewUsers))
                .indicated());
        assertFalse(DmaMarketInvestigation.qualitativeRoute(true, List.of(met, fewUsers))
                .indicated());
        assertNull(
                DmaMarketInvestigation.qualitativeRoute(null, List.of(unknown)).indicated());
    }
}
