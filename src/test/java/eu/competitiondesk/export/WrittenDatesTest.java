package eu.competitiondesk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WrittenDatesTest {

    @Test
    void datesAreWrittenOutAndPeriodsStay() {
        assertEquals("6 December 2026", WrittenDates.of(LocalDate.of(2026, 12, 6)));
        assertEquals(
                "Notified on 22 July 2019; shares of 2025-Q2 and 2022-2023; deadline 1 March 2026.",
                WrittenDates.inText("Notified on 2019-07-22; shares of 2025-Q2 and 2022-2023; deadline 2026-03-01."));
        assertEquals("Not a date: 2026-13-45", WrittenDates.inText("Not a date: 2026-13-45"));
        assertEquals(null, WrittenDates.inText(null));
    }
}
