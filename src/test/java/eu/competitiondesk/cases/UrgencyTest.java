package eu.competitiondesk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrgencyTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 28);

    @Test
    void yesterdayIsOverdueTodayIsDueSoon() {
        assertEquals(Urgency.OVERDUE, Urgency.of(TODAY.minusDays(1), TODAY));
        assertEquals(Urgency.DUE_SOON, Urgency.of(TODAY, TODAY));
    }

    @Test
    void dueSoonLastsFourteenDays() {
        assertEquals(Urgency.DUE_SOON, Urgency.of(TODAY.plusDays(14), TODAY));
        assertEquals(Urgency.LATER, Urgency.of(TODAY.plusDays(15), TODAY));
    }
}
