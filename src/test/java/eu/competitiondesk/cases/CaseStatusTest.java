package eu.competitiondesk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void movesForwardOneStageAtATime() {
        assertEquals(List.of(CaseStatus.INVESTIGATION), CaseStatus.OPEN.allowedTargets());
        assertEquals(List.of(CaseStatus.ASSESSMENT), CaseStatus.INVESTIGATION.allowedTargets());
        assertEquals(List.of(CaseStatus.DECISION), CaseStatus.ASSESSMENT.allowedTargets());
        assertEquals(List.of(CaseStatus.CLOSED), CaseStatus.DECISION.allowedTargets());
        assertEquals(List.of(), CaseStatus.CLOSED.allowedTargets());
    }

    @Test
    void refusesSkipsBackwardMovesAndStandingStill() {
        assertFalse(CaseStatus.OPEN.canMoveTo(CaseStatus.ASSESSMENT));
        assertFalse(CaseStatus.DECISION.canMoveTo(CaseStatus.OPEN));
        assertFalse(CaseStatus.CLOSED.canMoveTo(CaseStatus.OPEN));
        assertFalse(CaseStatus.OPEN.canMoveTo(CaseStatus.OPEN));
        assertTrue(CaseStatus.OPEN.canMoveTo(CaseStatus.INVESTIGATION));
    }
}
